#pragma once

#include <OfflineLicense.h>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lp {

// What verifying an offline license file found, field by field, so that a user can be told in words
// which part failed: the file's form, its signature and key, its validity window, the device.
struct OfflineVerification
{
    enum class Signature {
        Malformed, // not an offline license file, or its payload is not a payload
        UnknownKey, // signed by a key this verifier does not have
        Invalid, // the signature does not match the payload (tampered, or another key's)
        Valid,
    };
    enum class Window { NotYetValid, Valid, Expired };

    Signature signature = Signature::Malformed;
    QString keyId;
    QString problem; // for Malformed: what is wrong with the file
    std::optional<proto::OfflineLicensePayload> payload; // when the payload could be read
    Window window = Window::Valid;
    std::optional<bool> deviceMatches; // when a device hash to compare was given
    // The clock is behind the latest time a verification has seen: a rolled-back clock could make an
    // expired file look valid.
    bool clockRolledBack = false;

    // Valid signature, inside its window, on this device (if one was given), on a clock that did not go back.
    bool accepted() const
    {
        return signature == Signature::Valid && window == Window::Valid && deviceMatches.value_or(true)
            && !clockRolledBack;
    }
};

// Verifies offline license files against the server's public keys (GET /v1/signing-keys). The signature
// is checked over the payload's exact bytes; nothing is re-serialised. Needs no network: the keys are
// handed in (from the server, a cache, or a file shipped with the device).
class OfflineLicenseVerifier
{
public:
    // A device whose clock runs a little behind the server's must not refuse a file issued a moment ago:
    // not_before is honoured with this much leeway (expiry is not).
    static constexpr qint64 kClockSkewSeconds = 300;

    void setKeys(const QList<proto::SigningKey>& keys) { m_keys = keys; }
    const QList<proto::SigningKey>& keys() const { return m_keys; }

    // `now` is the verifying machine's clock; `latestSeen` the latest time an earlier verification saw
    // (the caller keeps it: QSettings, a file next to the license); `deviceHash` empty to skip that check.
    OfflineVerification verify(const QByteArray& fileBytes, const QDateTime& now,
                               const QString& deviceHash = {},
                               const std::optional<QDateTime>& latestSeen = std::nullopt) const;

    // True when `signature` is a valid Ed25519 signature of `message` by the PEM public key.
    static bool verifySignature(const QByteArray& publicKeyPem, const QByteArray& message,
                                const QByteArray& signature);

private:
    QList<proto::SigningKey> m_keys;
};

} // namespace lp
