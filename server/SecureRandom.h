#pragma once

#include <QByteArray>
#include <QString>

namespace lp::server {

// Every random value the server hands out comes from OpenSSL's CSPRNG, never from QRandomGenerator's
// seeded engines, because ids, codes and keys must not be guessable.
class SecureRandom
{
public:
    static QByteArray bytes(int count);
    // prefix + 16 base32 characters (80 bits), e.g. "lic_k3j5x7q2m4n6p8r2".
    static QString id(const char* prefix);
    // "100" + 6 digits + "-" + 6 digits, e.g. "100482913-307745": the public, permanent license identity.
    static QString handshakeCode();
    // "t0" + 94 base64 characters: the runtime license key string.
    static QString licenseKey();
    // A uniformly distributed integer in [0, bound).
    static quint32 below(quint32 bound);
};

} // namespace lp::server
