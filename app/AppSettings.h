#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QUrl>

namespace lp {

// Non-secret preferences (QSettings): the last server and account, "remember me", trusted certificate
// digests. Secrets never go here.
class AppSettings
{
public:
    // Default: the platform's QSettings for the application; tests pass an INI file path.
    AppSettings();
    explicit AppSettings(const QString& iniPath);

    static QUrl defaultServerUrl(); // http://127.0.0.1:8080, the local demo server

    QUrl lastServer() const;
    void setLastServer(const QUrl& url);
    QString lastEmail() const;
    void setLastEmail(const QString& email);
    bool rememberMe() const;
    void setRememberMe(bool remember);
    QList<QByteArray> trustedCertificates(const QString& host) const;
    void addTrustedCertificate(const QString& host, const QByteArray& sha256Digest);

private:
    mutable QSettings m_settings;
};

} // namespace lp
