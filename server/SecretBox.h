#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace lp::server {

// Encrypts secrets the server must be able to give back (runtime license keys) before they reach the
// database, with AES-256-GCM under a key kept outside it: a copy of the database, a backup or a replica
// alone reveals no key. The associated data binds each sealed value to its row, so that sealed values
// cannot be swapped between licenses unnoticed.
class SecretBox
{
public:
    static constexpr int kKeyBytes = 32;

    // key must have kKeyBytes bytes.
    explicit SecretBox(QByteArray key);

    // Reads the key file (base64 of 32 bytes); creates it with mode 0600 and a fresh random key when it
    // does not exist (then sets *created). On failure returns nullopt and sets *error to a sentence for
    // the operator.
    static std::optional<SecretBox> fromKeyFile(const QString& path, QString* error, bool* created = nullptr);
    // The key file used when --secret-key-file is not given: beside a SQLite database ("<db>.key"), or in
    // the application data directory for PostgreSQL (every server process must then be given the same).
    static QString defaultKeyFile(const QString& databaseSpec);

    // "gcm1:" + base64(nonce | ciphertext | tag).
    QString seal(const QString& plaintext, const QString& associatedData) const;
    // nullopt when the value was not sealed with this key and associated data, or was altered.
    std::optional<QString> open(const QString& sealed, const QString& associatedData) const;

private:
    QByteArray m_key;
};

} // namespace lp::server
