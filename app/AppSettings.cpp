#include "AppSettings.h"

namespace lp {

namespace {
const QString kLastServer = QStringLiteral("session/lastServer");
const QString kLastEmail = QStringLiteral("session/lastEmail");
const QString kRememberMe = QStringLiteral("session/rememberMe");
const QString kTrustedGroup = QStringLiteral("trustedCertificates");
const QString kFiredAlertsGroup = QStringLiteral("alerts/fired/");
const QString kOfflineLatestSeen = QStringLiteral("offline/latestTimeSeen");
const QString kSigningKeysGroup = QStringLiteral("offline/signingKeys/");

QString alertsEnabledKey(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::Quota:
        return QStringLiteral("alerts/quota");
    case Alert::Kind::Allowance:
        return QStringLiteral("alerts/allowance");
    case Alert::Kind::Expiry:
        return QStringLiteral("alerts/expiry");
    }
    return {};
}

// A scope holds "/" and ":" (a server URL), which QSettings would read as groups.
QString firedAlertsKey(const QString& scope)
{
    return kFiredAlertsGroup + QString::fromLatin1(QUrl::toPercentEncoding(scope));
}
} // namespace

AppSettings::AppSettings()
    : m_settings(QStringLiteral("LicensePortal"), QStringLiteral("LicensePortal"))
{ }

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{ }

QUrl AppSettings::defaultServerUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:8080"));
}

QUrl AppSettings::lastServer() const
{
    const QUrl url(m_settings.value(kLastServer).toString());
    return url.isValid() && !url.isEmpty() ? url : defaultServerUrl();
}

void AppSettings::setLastServer(const QUrl& url)
{
    m_settings.setValue(kLastServer, url.toString());
}

QString AppSettings::lastEmail() const
{
    return m_settings.value(kLastEmail).toString();
}

void AppSettings::setLastEmail(const QString& email)
{
    m_settings.setValue(kLastEmail, email);
}

bool AppSettings::rememberMe() const
{
    return m_settings.value(kRememberMe, false).toBool();
}

void AppSettings::setRememberMe(bool remember)
{
    m_settings.setValue(kRememberMe, remember);
}

QList<QByteArray> AppSettings::trustedCertificates(const QString& host) const
{
    // Digests are stored as hex: readable in the file, and free of QSettings' byte-array encoding.
    QList<QByteArray> digests;
    const QStringList stored
        = m_settings.value(kTrustedGroup + QLatin1Char('/') + host.toLower()).toStringList();
    for (const QString& hex : stored) {
        digests.append(QByteArray::fromHex(hex.toLatin1()));
    }
    return digests;
}

void AppSettings::addTrustedCertificate(const QString& host, const QByteArray& sha256Digest)
{
    const QString key = kTrustedGroup + QLatin1Char('/') + host.toLower();
    QStringList stored = m_settings.value(key).toStringList();
    const QString hex = QString::fromLatin1(sha256Digest.toHex());
    if (!stored.contains(hex)) {
        stored.append(hex);
        m_settings.setValue(key, stored);
    }
}

bool AppSettings::alertsEnabled(Alert::Kind kind) const
{
    return m_settings.value(alertsEnabledKey(kind), true).toBool();
}

void AppSettings::setAlertsEnabled(Alert::Kind kind, bool enabled)
{
    m_settings.setValue(alertsEnabledKey(kind), enabled);
}

QStringList AppSettings::firedAlerts(const QString& scope) const
{
    return m_settings.value(firedAlertsKey(scope)).toStringList();
}

void AppSettings::setFiredAlerts(const QString& scope, const QStringList& keys)
{
    m_settings.setValue(firedAlertsKey(scope), keys);
}

QDateTime AppSettings::offlineLatestTimeSeen() const
{
    return QDateTime::fromSecsSinceEpoch(m_settings.value(kOfflineLatestSeen, 0).toLongLong(), Qt::UTC);
}

void AppSettings::setOfflineLatestTimeSeen(const QDateTime& time)
{
    m_settings.setValue(kOfflineLatestSeen, time.toSecsSinceEpoch());
}

QByteArray AppSettings::signingKeys(const QUrl& server) const
{
    return m_settings
        .value(kSigningKeysGroup + QString::fromLatin1(QUrl::toPercentEncoding(server.toString())))
        .toByteArray();
}

void AppSettings::setSigningKeys(const QUrl& server, const QByteArray& json)
{
    m_settings.setValue(kSigningKeysGroup + QString::fromLatin1(QUrl::toPercentEncoding(server.toString())),
                        json);
}

} // namespace lp
