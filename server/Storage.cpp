#include "Storage.h"

#include "Database.h"
#include "SecretBox.h"

#include <License.h>
#include <QSqlQuery>
#include <QVariant>
#include <stdexcept>

namespace lp::server {

namespace {
QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalInteger(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

const QString kUserColumns = QStringLiteral("u.id, u.account_id, a.name, u.email, u.name, u.password_hash");

UserRecord readUser(const QSqlQuery& query)
{
    return UserRecord {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
}

const QString kLicenseColumns = QStringLiteral(
    "l.id, l.account_id, l.product, l.handshake_code, l.license_key_hint, l.type, l.suspended, l.term_start,"
    " l.term_end, l.device_allowance, l.device_refresh_months, l.last_device_refresh, l.scan_quota,"
    " l.quota_period, l.created_at,"
    " (SELECT COUNT(*) FROM devices d WHERE d.license_id = l.id AND d.released_at IS NULL)");

LicenseRecord readLicense(const QSqlQuery& query)
{
    LicenseRecord license;
    license.id = query.value(0).toString();
    license.accountId = query.value(1).toString();
    license.product = query.value(2).toString();
    license.handshakeCode = query.value(3).toString();
    license.licenseKeyHint = query.value(4).toString();
    license.type = query.value(5).toString();
    license.suspended = query.value(6).toLongLong() != 0;
    license.termStart = query.value(7).toLongLong();
    license.termEnd = query.value(8).toLongLong();
    license.deviceAllowance = optionalInteger(query.value(9));
    if (const auto months = optionalInteger(query.value(10))) {
        license.deviceRefreshMonths = static_cast<int>(*months);
    }
    license.lastDeviceRefresh = optionalInteger(query.value(11));
    license.scanQuota = optionalInteger(query.value(12));
    license.quotaPeriod = query.value(13).toString();
    license.createdAt = query.value(14).toLongLong();
    license.devicesInUse = query.value(15).toLongLong();
    return license;
}
} // namespace

Storage::Storage(Database& database, const SecretBox& secrets)
    : m_database(database)
    , m_secrets(secrets)
{ }

void Storage::insertAccount(const QString& id, const QString& name, qint64 now)
{
    m_database.exec(QStringLiteral("INSERT INTO accounts (id, name, created_at) VALUES (?, ?, ?)"),
                    {id, name, now});
}

void Storage::insertUser(const UserRecord& user, qint64 now)
{
    m_database.exec(
        QStringLiteral("INSERT INTO users (id, account_id, email, name, password_hash, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {user.id, user.accountId, user.email.toLower(), user.name, user.passwordHash, now});
}

std::optional<UserRecord> Storage::userByEmail(const QString& email)
{
    auto query = m_database.exec(QStringLiteral("SELECT ") + kUserColumns
                                     + QStringLiteral(" FROM users u JOIN accounts a ON a.id = u.account_id"
                                                      " WHERE u.email = ?"),
                                 {email.toLower()});
    if (!query.next()) {
        return std::nullopt;
    }
    return readUser(query);
}

QList<AccountSummary> Storage::accountSummaries()
{
    // The owner is the account's first user.
    auto query = m_database.exec(QStringLiteral(
        "SELECT a.id, a.name,"
        " (SELECT u.email FROM users u WHERE u.account_id = a.id ORDER BY u.created_at, u.id LIMIT 1),"
        " (SELECT COUNT(*) FROM licenses l WHERE l.account_id = a.id)"
        " FROM accounts a ORDER BY a.created_at, a.id"));
    QList<AccountSummary> accounts;
    while (query.next()) {
        accounts.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toLongLong()});
    }
    return accounts;
}

void Storage::insertSession(const QString& id, const QString& userId, qint64 now)
{
    m_database.exec(QStringLiteral("INSERT INTO sessions (id, user_id, created_at) VALUES (?, ?, ?)"),
                    {id, userId, now});
}

void Storage::revokeSession(const QString& id, qint64 now)
{
    m_database.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                    {now, id});
}

void Storage::insertAccessToken(const QString& hash, const QString& sessionId, qint64 expiresAt)
{
    m_database.exec(
        QStringLiteral("INSERT INTO access_tokens (hash, session_id, expires_at) VALUES (?, ?, ?)"),
        {hash, sessionId, expiresAt});
}

void Storage::insertRefreshToken(const QString& hash, const QString& sessionId, qint64 expiresAt)
{
    m_database.exec(
        QStringLiteral("INSERT INTO refresh_tokens (hash, session_id, expires_at) VALUES (?, ?, ?)"),
        {hash, sessionId, expiresAt});
}

std::optional<UserRecord> Storage::userByAccessToken(const QString& hash, qint64 now)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT ") + kUserColumns
            + QStringLiteral(" FROM access_tokens t"
                             " JOIN sessions s ON s.id = t.session_id"
                             " JOIN users u ON u.id = s.user_id"
                             " JOIN accounts a ON a.id = u.account_id"
                             " WHERE t.hash = ? AND t.expires_at > ? AND s.revoked_at IS NULL"),
        {hash, now});
    if (!query.next()) {
        return std::nullopt;
    }
    return readUser(query);
}

std::optional<Storage::RefreshToken> Storage::refreshToken(const QString& hash)
{
    auto query
        = m_database.exec(QStringLiteral("SELECT t.session_id, t.expires_at, t.used_at, s.revoked_at"
                                         " FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id"
                                         " WHERE t.hash = ?"),
                          {hash});
    if (!query.next()) {
        return std::nullopt;
    }
    RefreshToken token;
    token.sessionId = query.value(0).toString();
    token.expiresAt = query.value(1).toLongLong();
    token.usedAt = optionalInteger(query.value(2));
    token.sessionRevoked = !query.value(3).isNull();
    return token;
}

bool Storage::markRefreshTokenUsed(const QString& hash, qint64 now)
{
    return m_database.execAffected(
               QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE hash = ? AND used_at IS NULL"),
               {now, hash})
        == 1;
}

qint64 Storage::purgeExpiredSessions(qint64 now)
{
    qint64 removed
        = m_database.execAffected(QStringLiteral("DELETE FROM access_tokens WHERE expires_at <= ?"), {now});
    removed
        += m_database.execAffected(QStringLiteral("DELETE FROM refresh_tokens WHERE expires_at <= ?"), {now});
    // A session without a refresh token can never be used again (its access tokens die with it).
    removed += m_database.execAffected(
        QStringLiteral("DELETE FROM sessions WHERE NOT EXISTS"
                       " (SELECT 1 FROM refresh_tokens r WHERE r.session_id = sessions.id)"),
        {});
    return removed;
}

void Storage::insertLicense(const LicenseRecord& license)
{
    const QVariant refreshMonths = license.deviceRefreshMonths ? QVariant(*license.deviceRefreshMonths)
                                                               : QVariant(QMetaType(QMetaType::Int));
    m_database.exec(
        QStringLiteral(
            "INSERT INTO licenses (id, account_id, product, handshake_code, license_key, license_key_hint, "
            "type,"
            " suspended, term_start, term_end, device_allowance, device_refresh_months, last_device_refresh,"
            " scan_quota, quota_period, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {license.id, license.accountId, license.product, license.handshakeCode,
         m_secrets.seal(license.licenseKey, license.id), lp::proto::maskLicenseKey(license.licenseKey),
         license.type, license.suspended ? 1 : 0, license.termStart, license.termEnd,
         nullable(license.deviceAllowance), refreshMonths, nullable(license.lastDeviceRefresh),
         nullable(license.scanQuota),
         license.quotaPeriod.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(license.quotaPeriod),
         license.createdAt});
}

QList<LicenseRecord> Storage::licensesOfAccount(const QString& accountId)
{
    auto query = m_database.exec(QStringLiteral("SELECT ") + kLicenseColumns
                                     + QStringLiteral(" FROM licenses l WHERE l.account_id = ?"
                                                      " ORDER BY l.created_at, l.id"),
                                 {accountId});
    QList<LicenseRecord> licenses;
    while (query.next()) {
        licenses.append(readLicense(query));
    }
    return licenses;
}

std::optional<LicenseRecord> Storage::licenseOfAccount(const QString& accountId, const QString& licenseId)
{
    auto query = m_database.exec(QStringLiteral("SELECT ") + kLicenseColumns
                                     + QStringLiteral(" FROM licenses l WHERE l.account_id = ? AND l.id = ?"),
                                 {accountId, licenseId});
    if (!query.next()) {
        return std::nullopt;
    }
    return readLicense(query);
}

QString Storage::licenseKey(const LicenseRecord& license)
{
    auto query
        = m_database.exec(QStringLiteral("SELECT license_key FROM licenses WHERE id = ?"), {license.id});
    const auto key = query.next() ? m_secrets.open(query.value(0).toString(), license.id) : std::nullopt;
    if (!key) {
        // The start-up key check makes this a row altered or moved by hand, not a wrong key file.
        throw std::runtime_error("the license key of " + license.id.toStdString() + " cannot be decrypted");
    }
    return *key;
}

std::optional<QString> Storage::secretKeyCheck()
{
    auto query = m_database.exec(
        QStringLiteral("SELECT sealed FROM secret_key_check WHERE name = 'license_key'"), {});
    return query.next() ? std::optional<QString>(query.value(0).toString()) : std::nullopt;
}

void Storage::insertSecretKeyCheck(const QString& sealed)
{
    m_database.exec(QStringLiteral("INSERT INTO secret_key_check (name, sealed) VALUES ('license_key', ?)"),
                    {sealed});
}

bool Storage::handshakeCodeExists(const QString& code)
{
    auto query = m_database.exec(QStringLiteral("SELECT 1 FROM licenses WHERE handshake_code = ?"), {code});
    return query.next();
}

qint64 Storage::scansUsed(const QString& licenseId, qint64 fromDay, qint64 toDay)
{
    // CAST: PostgreSQL's SUM(bigint) is NUMERIC, which the Qt driver would hand over as a string.
    auto query = m_database.exec(
        QStringLiteral("SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM scan_usage_daily"
                       " WHERE license_id = ? AND day >= ? AND day < ?"),
        {licenseId, fromDay, toDay});
    return query.next() ? query.value(0).toLongLong() : 0;
}

void Storage::insertDevice(const Device& device)
{
    m_database.exec(
        QStringLiteral("INSERT INTO devices (id, license_id, device_hash, name, platform, sdk_version,"
                       " first_seen, last_seen, released_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {device.id, device.licenseId, device.deviceHash, device.name, device.platform, device.sdkVersion,
         device.firstSeen, device.lastSeen, nullable(device.releasedAt)});
}

std::optional<LicenseRecord> Storage::licenseByHandshakeCode(const QString& code)
{
    auto query = m_database.exec(QStringLiteral("SELECT ") + kLicenseColumns
                                     + QStringLiteral(" FROM licenses l WHERE l.handshake_code = ?"),
                                 {code});
    return query.next() ? std::optional<LicenseRecord>(readLicense(query)) : std::nullopt;
}

std::optional<Storage::Device> Storage::deviceOf(const QString& licenseId, const QString& deviceHash)
{
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT id, license_id, device_hash, name, platform, sdk_version, first_seen, last_seen,"
            " released_at FROM devices WHERE license_id = ? AND device_hash = ?"),
        {licenseId, deviceHash});
    if (!query.next()) {
        return std::nullopt;
    }
    return Device {query.value(0).toString(),   query.value(1).toString(),   query.value(2).toString(),
                   query.value(3).toString(),   query.value(4).toString(),   query.value(5).toString(),
                   query.value(6).toLongLong(), query.value(7).toLongLong(), optionalInteger(query.value(8))};
}

void Storage::checkInDevice(const Device& device)
{
    m_database.exec(
        QStringLiteral("UPDATE devices SET name = ?, platform = ?, sdk_version = ?, last_seen = ?,"
                       " released_at = NULL WHERE id = ?"),
        {device.name, device.platform, device.sdkVersion, device.lastSeen, device.id});
}

qint64 Storage::devicesInUse(const QString& licenseId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT COUNT(*) FROM devices WHERE license_id = ? AND released_at IS NULL"),
        {licenseId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

void Storage::lockLicense(const QString& licenseId)
{
    m_database.exec(QStringLiteral("UPDATE licenses SET suspended = suspended WHERE id = ?"), {licenseId});
}

void Storage::addScanUsage(const QString& licenseId, qint64 day, const QString& format, qint64 count)
{
    // Portable upsert: both engines accept ON CONFLICT … DO UPDATE (SQLite since 3.24).
    m_database.exec(
        QStringLiteral("INSERT INTO scan_usage_daily (license_id, day, format, count) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (license_id, day, format)"
                       " DO UPDATE SET count = scan_usage_daily.count + excluded.count"),
        {licenseId, day, format, count});
}

void Storage::insertLoginFailure(const QString& key, qint64 at)
{
    m_database.exec(QStringLiteral("INSERT INTO login_failures (key, at) VALUES (?, ?)"), {key, at});
}

QList<qint64> Storage::loginFailuresSince(const QString& key, qint64 since)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT at FROM login_failures WHERE key = ? AND at > ? ORDER BY at"), {key, since});
    QList<qint64> times;
    while (query.next()) {
        times.append(query.value(0).toLongLong());
    }
    return times;
}

void Storage::deleteLoginFailures(const QString& key)
{
    m_database.exec(QStringLiteral("DELETE FROM login_failures WHERE key = ?"), {key});
}

void Storage::deleteLoginFailuresBefore(qint64 before)
{
    m_database.exec(QStringLiteral("DELETE FROM login_failures WHERE at <= ?"), {before});
}

} // namespace lp::server
