#pragma once

#include <QByteArray>
#include <optional>

namespace lp {

// AES-256-GCM (OpenSSL) for what the client keeps on disk: the client's counterpart of the server's
// SecretBox, on bytes. A sealed value is nonce (12 bytes) | ciphertext | tag (16 bytes); the associated data
// binds it to its place (its row), so that sealed values cannot be swapped or altered unnoticed.
class SealedBox
{
public:
    static constexpr int kKeyBytes = 32;

    // A box without a key of kKeyBytes bytes is invalid: it seals nothing and opens nothing.
    explicit SealedBox(QByteArray key);
    ~SealedBox();
    SealedBox(const SealedBox&) = default;
    SealedBox& operator=(const SealedBox&) = default;

    bool isValid() const { return m_key.size() == kKeyBytes; }
    // Empty when the box is invalid or OpenSSL fails: never the clear bytes.
    QByteArray seal(const QByteArray& clear, const QByteArray& associatedData) const;
    // nullopt when `sealed` was not sealed with this key and associated data, or was altered.
    std::optional<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData) const;

    // kKeyBytes from OpenSSL's random generator; empty if it fails.
    static QByteArray randomKey();

private:
    QByteArray m_key;
};

} // namespace lp
