#pragma once

#include <OfflineLicense.h>
#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace lp::server {

class Clock;

// The server's Ed25519 keys for offline license files, one PEM file each in a directory only the
// server's user may enter (0700, files 0600). The newest key signs; older keys stay so that files they
// signed still verify, and GET /v1/signing-keys lists them all. A key's id is derived from its public key,
// so it names the same key on every server process. The directory is read again before each use: a key
// added by `admin rotate-signing-key` is picked up without a restart.
class SigningKeys
{
public:
    explicit SigningKeys(QString directory);
    ~SigningKeys();
    SigningKeys(SigningKeys&&) noexcept;
    SigningKeys& operator=(SigningKeys&&) noexcept;

    const QString& directory() const { return m_directory; }

    // Reads the keys, making the directory and a first key when there is none. False with *error set
    // when the directory or a key file cannot be read or written, or has permissions others could use.
    bool load(const Clock& clock, QString* error);
    // Makes a new key that signs from now on; the old ones keep verifying. Its id, or nullopt.
    std::optional<QString> rotate(const Clock& clock, QString* error);

    // Newest first.
    QList<lp::proto::SigningKey> publicKeys() const;
    QString currentKeyId() const;
    // Signs with the newest key: a 64-byte Ed25519 signature, empty if signing failed.
    QByteArray sign(const QByteArray& message) const;

    // Beside the secret key file: "<name>.signing-keys" for "<name>.key".
    static QString defaultDirectory(const QString& secretKeyFile);
    // The id of a raw Ed25519 public key: "ed25519-" and the first 16 hex digits of its SHA-256.
    static QString keyIdOf(const QByteArray& rawPublicKey);

private:
    struct Key;
    bool generate(const Clock& clock, QString* error);

    QString m_directory;
    std::vector<std::shared_ptr<Key>> m_keys; // newest first
};

} // namespace lp::server
