#pragma once

#include "Alert.h"

#include <QByteArray>
#include <QDateTime>
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
    // Desktop notifications per kind of alert (default on); badges show regardless.
    bool alertsEnabled(Alert::Kind kind) const;
    void setAlertsEnabled(Alert::Kind kind, bool enabled);
    // The alerts already raised for one server and account (see AlertMonitor), as opaque keys.
    QStringList firedAlerts(const QString& scope) const;
    void setFiredAlerts(const QString& scope, const QStringList& keys);
    // The latest time an offline license verification has seen (to notice a clock set back), and the
    // server's signing keys as last fetched (GET /v1/signing-keys JSON), so files verify offline too.
    QDateTime offlineLatestTimeSeen() const;
    void setOfflineLatestTimeSeen(const QDateTime& time);
    QByteArray signingKeys(const QUrl& server) const;
    void setSigningKeys(const QUrl& server, const QByteArray& json);

private:
    mutable QSettings m_settings;
};

} // namespace lp
