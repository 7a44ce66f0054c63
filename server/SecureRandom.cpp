#include "SecureRandom.h"

#include <openssl/rand.h>
#include <stdexcept>

namespace lp::server {

QByteArray SecureRandom::bytes(int count)
{
    QByteArray buffer(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(buffer.data()), count) != 1) {
        throw std::runtime_error("OpenSSL RAND_bytes failed");
    }
    return buffer;
}

quint32 SecureRandom::below(quint32 bound)
{
    if (bound <= 1) {
        return 0;
    }
    // Rejection sampling: a plain modulo would favour small values.
    const quint32 limit = UINT32_MAX - (UINT32_MAX % bound);
    for (;;) {
        const QByteArray raw = bytes(4);
        quint32 value = 0;
        for (char c : raw) {
            value = (value << 8) | static_cast<quint8>(c);
        }
        if (value < limit) {
            return value % bound;
        }
    }
}

QString SecureRandom::id(const char* prefix)
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    const QByteArray raw = bytes(16);
    QString text = QString::fromLatin1(prefix);
    for (char c : raw) {
        text += QLatin1Char(kAlphabet[static_cast<quint8>(c) % 32]); // 256 is a multiple of 32: unbiased
    }
    return text;
}

QString SecureRandom::handshakeCode()
{
    return QStringLiteral("100%1-%2")
        .arg(below(1000000), 6, 10, QLatin1Char('0'))
        .arg(below(1000000), 6, 10, QLatin1Char('0'));
}

QString SecureRandom::licenseKey()
{
    return QStringLiteral("t0") + QString::fromLatin1(bytes(72).toBase64()).left(94);
}

} // namespace lp::server
