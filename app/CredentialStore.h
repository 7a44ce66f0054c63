#pragma once

#include <QObject>
#include <QUrl>
#include <functional>

namespace lp {

// Keeps refresh tokens in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager)
// through QtKeychain, keyed by server and account. Never falls back to a file: when no keychain is
// available the caller is told (Status::Unavailable) and keeps the session in memory only.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };
    struct Result
    {
        Status status = Status::Failed;
        QString secret; // for reads
        QString errorText; // the keychain's own words, for the user
    };
    using Callback = std::function<void(const Result&)>;

    explicit CredentialStore(QString service = QStringLiteral("LicensePortal"), QObject* parent = nullptr);

    // "https://portal.example.com:443 demo@example.com": scheme, host and port of the server, lowercased
    // email.
    static QString keyFor(const QUrl& server, const QString& email);

    // Each call answers once, on the event loop, through `done` (invoked only while `context` lives).
    void readRefreshToken(const QUrl& server, const QString& email, QObject* context, Callback done);
    void writeRefreshToken(const QUrl& server, const QString& email, const QString& token, QObject* context,
                           Callback done);
    void deleteRefreshToken(const QUrl& server, const QString& email, QObject* context, Callback done);

    // The key of the account's offline cache (base64), beside its refresh token.
    void readCacheKey(const QUrl& server, const QString& email, QObject* context, Callback done);
    void writeCacheKey(const QUrl& server, const QString& email, const QString& key, QObject* context,
                       Callback done);
    void deleteCacheKey(const QUrl& server, const QString& email, QObject* context, Callback done);

private:
    QString m_service;
};

} // namespace lp
