#include "Storage.h"

#include "Database.h"
#include "DatabaseError.h"
#include "DeviceRules.h"
#include "LogCategories.h"
#include "SecretBox.h"

#include <JsonReader.h>
#include <License.h>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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
    " l.quota_period, l.created_at, l.devices_in_use");

const QString kDeviceColumns = QStringLiteral(
    "id, license_id, device_hash, name, platform, sdk_version, first_seen, last_seen, released_at");

Storage::Device readDevice(const QSqlQuery& query)
{
    return Storage::Device {
        query.value(0).toString(),   query.value(1).toString(),   query.value(2).toString(),
        query.value(3).toString(),   query.value(4).toString(),   query.value(5).toString(),
        query.value(6).toLongLong(), query.value(7).toLongLong(), optionalInteger(query.value(8))};
}

// Search and the name sort compare case-folded copies of names and platforms, stored beside them, so that
// both engines compare the same bytes (PostgreSQL's columns use the "C" collation) and use the indexes.
QString foldForSearch(const QString& text)
{
    return text.toCaseFolded();
}

// Every text that starts with `prefix` compares >= prefix and < prefix + U+10FFFF (the largest code point,
// so also the largest UTF-8 sequence) byte by byte.
QString prefixUpperBound(const QString& prefix)
{
    constexpr char32_t kLast = 0x10FFFF;
    return prefix + QString::fromUcs4(&kLast, 1);
}

bool isHexPrefix(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{1,64}$"));
    return hex.match(text).hasMatch();
}

const char* sortColumn(lp::proto::DeviceSort sort)
{
    switch (sort) {
    case lp::proto::DeviceSort::LastSeen:
        return "last_seen";
    case lp::proto::DeviceSort::FirstRegistered:
        return "first_seen";
    case lp::proto::DeviceSort::Name:
        return "name_folded";
    }
    return "last_seen";
}

// The WHERE clause shared by a device page and its count: license, search and status.
// With `steerToSortIndex` (SQLite only), a unary + on the filtered columns keeps the planner off their
// indexes, so that it walks the sort's index instead (see Storage::devices).
QString deviceFilter(const Storage::DeviceQuery& query, QVariantList* bindings, bool steerToSortIndex = false)
{
    using lp::proto::DeviceStatus;
    QString where = QStringLiteral("license_id = ?");
    bindings->append(query.licenseId);
    if (!query.search.isEmpty()) {
        const QString folded = foldForSearch(query.search);
        QStringList alternatives {QStringLiteral("({s}name_folded >= ? AND {s}name_folded < ?)"),
                                  QStringLiteral("({s}platform_folded >= ? AND {s}platform_folded < ?)")};
        *bindings << folded << prefixUpperBound(folded) << folded << prefixUpperBound(folded);
        if (isHexPrefix(query.search)) {
            // Hashes are lowercase hex of one length: the range from the prefix padded with 0 to the prefix
            // padded with f holds exactly the hashes that start with it, in any collation.
            const QString prefix = query.search.toLower();
            alternatives << QStringLiteral("({s}device_hash >= ? AND {s}device_hash <= ?)");
            *bindings << prefix.leftJustified(64, QLatin1Char('0'))
                      << prefix.leftJustified(64, QLatin1Char('f'));
        }
        where += QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (query.status) {
        const qint64 activeSince = query.now - DeviceRules::kActiveSeconds;
        const qint64 leaseSince = query.now - DeviceRules::kLeaseSeconds;
        switch (*query.status) {
        case DeviceStatus::Active:
            where += QStringLiteral(" AND released_at IS NULL AND {t}last_seen > ?");
            *bindings << activeSince;
            break;
        case DeviceStatus::Offline:
            where += QStringLiteral(" AND released_at IS NULL AND {t}last_seen <= ? AND {t}last_seen > ?");
            *bindings << activeSince << leaseSince;
            break;
        case DeviceStatus::LeaseExpired:
            where += QStringLiteral(" AND released_at IS NULL AND {t}last_seen <= ?");
            *bindings << leaseSince;
            break;
        case DeviceStatus::Released:
            where += QStringLiteral(" AND released_at IS NOT NULL");
            break;
        }
    }
    const bool sortsByLastSeen = query.sort == lp::proto::DeviceSort::LastSeen;
    where.replace(QLatin1String("{s}"), QLatin1String(steerToSortIndex ? "+" : ""));
    where.replace(QLatin1String("{t}"), QLatin1String(steerToSortIndex && !sortsByLastSeen ? "+" : ""));
    return where;
}

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

void Storage::insertAccount(const QString& id, const QString& name, qint64 now, const QString& currency)
{
    m_database.exec(
        QStringLiteral("INSERT INTO accounts (id, name, created_at, currency) VALUES (?, ?, ?, ?)"),
        {id, name, now, currency});
}

QString Storage::accountCurrency(const QString& accountId)
{
    auto& query = m_database.exec(QStringLiteral("SELECT currency FROM accounts WHERE id = ?"), {accountId});
    return query.next() ? query.value(0).toString() : QString();
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
    auto& query = m_database.exec(QStringLiteral("SELECT ") + kUserColumns
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
    auto& query = m_database.exec(QStringLiteral(
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
    auto& query = m_database.exec(
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
    auto& query
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
    auto& query = m_database.exec(QStringLiteral("SELECT ") + kLicenseColumns
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
    auto& query
        = m_database.exec(QStringLiteral("SELECT ") + kLicenseColumns
                              + QStringLiteral(" FROM licenses l WHERE l.account_id = ? AND l.id = ?"),
                          {accountId, licenseId});
    if (!query.next()) {
        return std::nullopt;
    }
    return readLicense(query);
}

QString Storage::licenseKey(const LicenseRecord& license)
{
    auto& query
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
    auto& query = m_database.exec(
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
    auto& query = m_database.exec(QStringLiteral("SELECT 1 FROM licenses WHERE handshake_code = ?"), {code});
    return query.next();
}

qint64 Storage::scansUsed(const QString& licenseId, qint64 fromDay, qint64 toDay)
{
    // CAST: PostgreSQL's SUM(bigint) is NUMERIC, which the Qt driver would hand over as a string.
    auto& query = m_database.exec(
        QStringLiteral("SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM scan_usage_daily"
                       " WHERE license_id = ? AND day >= ? AND day < ?"),
        {licenseId, fromDay, toDay});
    return query.next() ? query.value(0).toLongLong() : 0;
}

void Storage::insertDevices(const QList<Device>& devices)
{
    if (devices.isEmpty()) {
        return;
    }
    QSqlQuery& insert = m_database.prepare(
        QStringLiteral("INSERT INTO devices (id, license_id, device_hash, name, name_folded, platform,"
                       " platform_folded, sdk_version, first_seen, last_seen, released_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QHash<QString, qint64> seats;
    for (const Device& device : devices) {
        m_database.run(insert,
                       {device.id, device.licenseId, device.deviceHash, device.name,
                        foldForSearch(device.name), device.platform, foldForSearch(device.platform),
                        device.sdkVersion, device.firstSeen, device.lastSeen, nullable(device.releasedAt)});
        if (!device.releasedAt) {
            ++seats[device.licenseId];
        }
    }
    for (auto it = seats.cbegin(); it != seats.cend(); ++it) {
        m_database.exec(
            QStringLiteral("UPDATE licenses SET devices_in_use = devices_in_use + ? WHERE id = ?"),
            {it.value(), it.key()});
    }
}

std::optional<LicenseRecord> Storage::licenseByHandshakeCode(const QString& code)
{
    auto& query = m_database.exec(QStringLiteral("SELECT ") + kLicenseColumns
                                      + QStringLiteral(" FROM licenses l WHERE l.handshake_code = ?"),
                                  {code});
    return query.next() ? std::optional<LicenseRecord>(readLicense(query)) : std::nullopt;
}

std::optional<Storage::Device> Storage::deviceOf(const QString& licenseId, const QString& deviceHash)
{
    auto& query
        = m_database.exec(QStringLiteral("SELECT ") + kDeviceColumns
                              + QStringLiteral(" FROM devices WHERE license_id = ? AND device_hash = ?"),
                          {licenseId, deviceHash});
    return query.next() ? std::optional<Device>(readDevice(query)) : std::nullopt;
}

void Storage::registerDeviceAgain(const Device& device, bool takesSeatAgain)
{
    m_database.exec(QStringLiteral("UPDATE devices SET name = ?, name_folded = ?, platform = ?,"
                                   " platform_folded = ?, sdk_version = ?, last_seen = ?, released_at = NULL"
                                   " WHERE id = ?"),
                    {device.name, foldForSearch(device.name), device.platform, foldForSearch(device.platform),
                     device.sdkVersion, device.lastSeen, device.id});
    if (takesSeatAgain) {
        m_database.exec(
            QStringLiteral("UPDATE licenses SET devices_in_use = devices_in_use + 1 WHERE id = ?"),
            {device.licenseId});
    }
}

std::optional<QString> Storage::touchDevice(const QString& licenseId, const QString& deviceHash, qint64 now)
{
    auto& query = m_database.exec(QStringLiteral("UPDATE devices SET last_seen = ? WHERE license_id = ?"
                                                 " AND device_hash = ? AND released_at IS NULL RETURNING id"),
                                  {now, licenseId, deviceHash});
    return query.next() ? std::optional<QString>(query.value(0).toString()) : std::nullopt;
}

bool Storage::recordHeartbeat(const QString& licenseId, const QString& heartbeatId, qint64 now)
{
    return m_database.execAffected(QStringLiteral("INSERT INTO heartbeat_receipts (license_id, heartbeat_id,"
                                                  " received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                                   {licenseId, heartbeatId, now})
        == 1;
}

void Storage::addDeviceUsage(const QString& deviceId, qint64 day, qint64 count)
{
    m_database.exec(QStringLiteral("INSERT INTO device_usage_daily (device_id, day, count) VALUES (?, ?, ?)"
                                   " ON CONFLICT (device_id, day)"
                                   " DO UPDATE SET count = device_usage_daily.count + excluded.count"),
                    {deviceId, day, count});
}

qint64 Storage::purgeHeartbeatReceipts(qint64 before)
{
    return m_database.execAffected(QStringLiteral("DELETE FROM heartbeat_receipts WHERE received_at < ?"),
                                   {before});
}

qint64 Storage::devicesInUse(const QString& licenseId)
{
    auto& query
        = m_database.exec(QStringLiteral("SELECT devices_in_use FROM licenses WHERE id = ?"), {licenseId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

void Storage::lockLicense(const QString& licenseId)
{
    m_database.exec(QStringLiteral("UPDATE licenses SET suspended = suspended WHERE id = ?"), {licenseId});
}

Storage::DevicePage Storage::devices(const DeviceQuery& query)
{
    DevicePage page;
    QVariantList bindings;
    QString where = deviceFilter(query, &bindings);
    // A search or status filter may match few rows or most of them. Walking the sort's index until a page is
    // full is fast when matches are common and slow when they are rare (a million rows read for one match);
    // fetching the matches through the search indexes and sorting them is the reverse. A bounded count
    // through the filter's own indexes tells which case this is, and is the exact total when small. The
    // bound, 10,000, is where both cost about the same at a million devices: sorting M matches against
    // walking 100 * N / M rows for a page of 100 meet at M = sqrt(100 * N).
    qint64 matches = 0;
    const bool filtered = !query.search.isEmpty() || query.status;
    if (filtered) {
        auto& probe = m_database.exec(
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM devices WHERE %1 LIMIT %2) m")
                .arg(where)
                .arg(lp::proto::DevicePage::kMaxExactTotal + 1),
            bindings);
        matches = probe.next() ? probe.value(0).toLongLong() : 0;
        if (matches <= lp::proto::DevicePage::kMaxExactTotal) {
            page.total = matches;
        }
    } else {
        auto& count = m_database.exec(
            QStringLiteral("SELECT COUNT(*) FROM devices WHERE license_id = ? AND released_at IS NOT NULL"),
            {query.licenseId});
        // Read before devicesInUse() runs another statement: on SQLite that ends this one's result.
        const qint64 released = count.next() ? count.value(0).toLongLong() : 0;
        page.total = devicesInUse(query.licenseId) + released;
    }
    // SQLite's planner cannot tell the two cases apart, so it is steered with unary + on the columns whose
    // index it must not use. PostgreSQL estimates from its statistics by itself.
    const bool fewMatches = filtered && page.total.has_value();
    if (filtered && !m_database.isPostgres()) {
        bindings.clear();
        where = deviceFilter(query, &bindings, !fewMatches);
    }
    const QString column = QLatin1String(sortColumn(query.sort));
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (query.afterKey) {
        // A row value comparison, so that both engines walk the (license_id, key, id) index from the cursor.
        where += QStringLiteral(" AND (%1, id) %2 (?, ?)")
                     .arg(column, QLatin1String(query.descending ? "<" : ">"));
        bindings << *query.afterKey << query.afterId;
    }
    const QString orderTerm = fewMatches && !m_database.isPostgres() ? QLatin1Char('+') + column : column;
    bindings << query.limit;
    auto& result
        = m_database.exec(QStringLiteral("SELECT %1 FROM devices WHERE %2 ORDER BY %3 %4, id %4 LIMIT ?")
                              .arg(kDeviceColumns, where, orderTerm, direction),
                          bindings);
    while (result.next()) {
        page.devices.append(readDevice(result));
    }
    return page;
}

QVariant Storage::sortKey(const Device& device, lp::proto::DeviceSort sort)
{
    switch (sort) {
    case lp::proto::DeviceSort::LastSeen:
        return device.lastSeen;
    case lp::proto::DeviceSort::FirstRegistered:
        return device.firstSeen;
    case lp::proto::DeviceSort::Name:
        return foldForSearch(device.name);
    }
    return {};
}

QList<LicenseRecord> Storage::perDeviceLicenses()
{
    auto& query = m_database.exec(QStringLiteral("SELECT ") + kLicenseColumns
                                      + QStringLiteral(" FROM licenses l WHERE l.type = ? ORDER BY l.id"),
                                  {lp::proto::toWire(lp::proto::LicenseType::PerDevice)});
    QList<LicenseRecord> licenses;
    while (query.next()) {
        licenses.append(readLicense(query));
    }
    return licenses;
}

std::optional<LicenseRecord> Storage::licenseById(const QString& licenseId)
{
    auto& query = m_database.exec(QStringLiteral("SELECT ") + kLicenseColumns
                                      + QStringLiteral(" FROM licenses l WHERE l.id = ?"),
                                  {licenseId});
    return query.next() ? std::optional<LicenseRecord>(readLicense(query)) : std::nullopt;
}

qint64 Storage::runDeviceRefresh(const QString& licenseId, qint64 since, qint64 at)
{
    const qint64 released = m_database.execAffected(
        QStringLiteral("UPDATE devices SET released_at = ?"
                       " WHERE license_id = ? AND released_at IS NULL AND last_seen < ?"
                       " AND (offline_until IS NULL OR offline_until <= ?)"),
        {at, licenseId, since, at});
    m_database.exec(QStringLiteral("UPDATE licenses SET last_device_refresh = ?,"
                                   " devices_in_use = devices_in_use - ? WHERE id = ?"),
                    {at, released, licenseId});
    return released;
}

QList<Storage::Device> Storage::devicesNotSeenSince(const QString& licenseId, qint64 since, qint64 at,
                                                    int limit)
{
    auto& query = m_database.exec(
        QStringLiteral("SELECT %1 FROM devices WHERE license_id = ? AND released_at IS NULL AND last_seen < ?"
                       " AND (offline_until IS NULL OR offline_until <= ?)"
                       " ORDER BY last_seen, id LIMIT ?")
            .arg(kDeviceColumns),
        {licenseId, since, at, limit});
    QList<Device> devices;
    while (query.next()) {
        devices.append(readDevice(query));
    }
    return devices;
}

qint64 Storage::countDevicesNotSeenSince(const QString& licenseId, qint64 since, qint64 at)
{
    auto& query
        = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM devices"
                                         " WHERE license_id = ? AND released_at IS NULL AND last_seen < ?"
                                         " AND (offline_until IS NULL OR offline_until <= ?)"),
                          {licenseId, since, at});
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool Storage::reopenForRecordedPayment(const QString& orderId, qint64 now)
{
    return m_database.execAffected(
               QStringLiteral("UPDATE orders SET status = 'awaiting_payment', failure_code = NULL,"
                              " failure_message = NULL, expires_at = NULL, updated_at = ? WHERE id = ?"
                              " AND payment_method IN ('wire_transfer', 'check')"
                              " AND (status = 'awaiting_payment'"
                              " OR (status = 'expired' AND failure_code = 'payment_overdue'))"),
               {now, orderId})
        == 1;
}

void Storage::setDeviceOfflineUntil(const QString& deviceId, qint64 until)
{
    // Only ever later: a shorter file issued again must not free the seat a longer one still needs.
    m_database.exec(QStringLiteral("UPDATE devices SET offline_until = CASE WHEN offline_until IS NULL"
                                   " OR offline_until < ? THEN ? ELSE offline_until END WHERE id = ?"),
                    {until, until, deviceId});
}

void Storage::analyze()
{
    m_database.exec(QStringLiteral("ANALYZE"));
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

QList<Storage::UsageRow> Storage::scanUsage(const QString& licenseId, qint64 fromDay, qint64 toDay)
{
    auto& query
        = m_database.exec(QStringLiteral("SELECT day, format, count FROM scan_usage_daily"
                                         " WHERE license_id = ? AND day >= ? AND day < ? ORDER BY day"),
                          {licenseId, fromDay, toDay});
    QList<UsageRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()});
    }
    return rows;
}

namespace {
QList<std::pair<qint64, qint64>> perDay(QSqlQuery& query)
{
    QList<std::pair<qint64, qint64>> days;
    while (query.next()) {
        days.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    }
    return days;
}
} // namespace

QList<std::pair<qint64, qint64>> Storage::devicesFirstSeenPerDay(const QString& licenseId)
{
    // Integer division on BIGINT in both engines: the UTC midnight of each time.
    return perDay(
        m_database.exec(QStringLiteral("SELECT first_seen / 86400 * 86400 AS d, COUNT(*) FROM devices"
                                       " WHERE license_id = ? GROUP BY d ORDER BY d"),
                        {licenseId}));
}

QList<std::pair<qint64, qint64>> Storage::devicesReleasedPerDay(const QString& licenseId)
{
    return perDay(
        m_database.exec(QStringLiteral("SELECT released_at / 86400 * 86400 AS d, COUNT(*) FROM devices"
                                       " WHERE license_id = ? AND released_at IS NOT NULL"
                                       " GROUP BY d ORDER BY d"),
                        {licenseId}));
}

lp::proto::ScanSettings Storage::scanSettings(const QString& licenseId)
{
    auto& query = m_database.exec(QStringLiteral("SELECT settings FROM scan_settings WHERE license_id = ?"),
                                  {licenseId});
    if (!query.next()) {
        return lp::proto::ScanSettings::defaults();
    }
    // Stored only after validation, so this parses unless the row was edited by hand.
    lp::proto::FieldErrors errors;
    const auto object = lp::proto::parseJsonObject(query.value(0).toByteArray(), &errors);
    auto settings = object ? lp::proto::ScanSettings::fromJson(*object, &errors) : std::nullopt;
    if (!settings) {
        // Not a reason to fail every heartbeat of the batch: the license falls back to decoding everything.
        qCWarning(lcServer).noquote() << "the stored scan settings of license" << licenseId
                                      << "are invalid; using the defaults until they are saved again";
        return lp::proto::ScanSettings::defaults();
    }
    return *settings;
}

void Storage::saveScanSettings(const QString& licenseId, const lp::proto::ScanSettings& settings, qint64 now)
{
    const QString settingsJson
        = QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    m_database.exec(
        QStringLiteral("INSERT INTO scan_settings (license_id, settings, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (license_id)"
                       " DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at"),
        {licenseId, settingsJson, now});
}

namespace {
using lp::proto::FieldErrors;

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The JSON columns are written only by the server from validated values; a row that does not parse was
// edited by hand, which is worth a loud failure rather than a quietly wrong invoice.
QJsonObject objectColumn(const QVariant& value, const char* what)
{
    FieldErrors errors;
    const auto object = lp::proto::parseJsonObject(value.toString().toUtf8(), &errors);
    if (!object) {
        throw std::runtime_error(std::string("a stored ") + what + " is not valid JSON");
    }
    return *object;
}

QList<lp::proto::QuoteLine> linesColumn(const QVariant& value)
{
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    QList<lp::proto::QuoteLine> lines;
    for (qsizetype i = 0; i < array.size(); ++i) {
        FieldErrors errors;
        const auto line = lp::proto::QuoteLine::fromJson(array.at(i).toObject(), &errors);
        if (!line) {
            throw std::runtime_error("a stored quote line is not valid");
        }
        lines.append(*line);
    }
    return lines;
}

lp::proto::LicenseTerms termsColumn(const QVariant& value)
{
    FieldErrors errors;
    const auto terms = lp::proto::LicenseTerms::fromJson(objectColumn(value, "license terms"), &errors);
    if (!terms) {
        throw std::runtime_error("stored license terms are not valid");
    }
    return *terms;
}

const QString kQuoteColumns
    = QStringLiteral("id, account_id, license_id, lines, total, currency, current_terms,"
                     " result_terms, created_at, expires_at");

QuoteRecord readQuote(const QSqlQuery& query)
{
    QuoteRecord quote;
    quote.id = query.value(0).toString();
    quote.accountId = query.value(1).toString();
    quote.licenseId = query.value(2).toString();
    quote.lines = linesColumn(query.value(3));
    quote.total = query.value(4).toLongLong();
    quote.currency = query.value(5).toString();
    quote.current = termsColumn(query.value(6));
    quote.result = termsColumn(query.value(7));
    quote.createdAt = query.value(8).toLongLong();
    quote.expiresAt = query.value(9).toLongLong();
    return quote;
}

const QString kOrderSelect = QStringLiteral(
    "SELECT o.id, o.account_id, o.license_id, o.quote_id, l.product, l.handshake_code, o.idempotency_key,"
    " o.request_hash, o.status, o.payment_method, o.payment_state, o.card_token, o.provider_reference, "
    "o.lines,"
    " o.total, o.currency, o.created_at, o.updated_at, o.expires_at, o.invoice, o.receipt, o.failure_code,"
    " o.failure_message, o.result_terms, o.payment_note FROM orders o JOIN licenses l ON l.id = "
    "o.license_id");

OrderRecord readOrder(const QSqlQuery& query)
{
    OrderRecord order;
    order.id = query.value(0).toString();
    order.accountId = query.value(1).toString();
    order.licenseId = query.value(2).toString();
    order.quoteId = query.value(3).toString();
    order.product = query.value(4).toString();
    order.handshakeCode = query.value(5).toString();
    order.idempotencyKey = query.value(6).toString();
    order.requestHash = query.value(7).toString();
    order.status = lp::proto::orderStatusFromWire(query.value(8).toString())
                       .value_or(lp::proto::OrderStatus::AwaitingPayment);
    order.method = lp::proto::paymentMethodFromWire(query.value(9).toString())
                       .value_or(lp::proto::PaymentMethod::Card);
    order.paymentState = query.value(10).toString();
    order.cardToken = query.value(11).toString();
    order.providerReference = query.value(12).toString();
    order.lines = linesColumn(query.value(13));
    order.total = query.value(14).toLongLong();
    order.currency = query.value(15).toString();
    order.createdAt = query.value(16).toLongLong();
    order.updatedAt = query.value(17).toLongLong();
    order.expiresAt = optionalInteger(query.value(18));
    FieldErrors errors;
    if (!query.value(19).isNull()) {
        order.invoice
            = lp::proto::ProFormaInvoice::fromJson(objectColumn(query.value(19), "invoice"), &errors);
    }
    if (!query.value(20).isNull()) {
        order.receipt = lp::proto::Receipt::fromJson(objectColumn(query.value(20), "receipt"), &errors);
    }
    if (!query.value(21).isNull()) {
        order.failure = lp::proto::PaymentFailure {query.value(21).toString(), query.value(22).toString()};
    }
    if (!query.value(23).isNull()) {
        order.result = termsColumn(query.value(23));
    }
    order.paymentNote = query.value(24).toString();
    if (!errors.isEmpty()) {
        throw std::runtime_error("a stored invoice or receipt is not valid");
    }
    return order;
}

std::optional<OrderRecord> firstOrder(QSqlQuery& query)
{
    return query.next() ? std::optional<OrderRecord>(readOrder(query)) : std::nullopt;
}
} // namespace

void Storage::insertQuote(const QuoteRecord& quote)
{
    m_database.exec(QStringLiteral("INSERT INTO quotes (") + kQuoteColumns
                        + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {quote.id, quote.accountId, quote.licenseId, compact(lp::proto::linesToJson(quote.lines)),
                     quote.total, quote.currency, compact(quote.current.toJson()),
                     compact(quote.result.toJson()), quote.createdAt, quote.expiresAt});
}

std::optional<QuoteRecord> Storage::quoteOfAccount(const QString& accountId, const QString& quoteId)
{
    auto& query = m_database.exec(QStringLiteral("SELECT ") + kQuoteColumns
                                      + QStringLiteral(" FROM quotes WHERE account_id = ? AND id = ?"),
                                  {accountId, quoteId});
    return query.next() ? std::optional<QuoteRecord>(readQuote(query)) : std::nullopt;
}

qint64 Storage::purgeUnorderedQuotes(qint64 before)
{
    return m_database.execAffected(
        QStringLiteral("DELETE FROM quotes WHERE expires_at < ?"
                       " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.quote_id = quotes.id)"),
        {before});
}

bool Storage::insertOrder(const OrderRecord& order)
{
    return m_database.execAffected(
               QStringLiteral(
                   "INSERT INTO orders (id, account_id, license_id, quote_id, idempotency_key, request_hash,"
                   " status, payment_method, payment_state, card_token, provider_reference, lines, total,"
                   " currency, created_at, updated_at, expires_at, invoice, payment_reference, created_ms)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT (account_id, idempotency_key) DO NOTHING"),
               {order.id, order.accountId, order.licenseId, order.quoteId, order.idempotencyKey,
                order.requestHash, lp::proto::toWire(order.status), lp::proto::toWire(order.method),
                nullableText(order.paymentState), nullableText(order.cardToken),
                nullableText(order.providerReference), compact(lp::proto::linesToJson(order.lines)),
                order.total, order.currency, order.createdAt, order.updatedAt, nullable(order.expiresAt),
                order.invoice ? QVariant(compact(order.invoice->toJson()))
                              : QVariant(QMetaType(QMetaType::QString)),
                order.invoice ? QVariant(order.invoice->paymentReference)
                              : QVariant(QMetaType(QMetaType::QString)),
                // Orders list newest first; within one second of created_at (the API's precision) the wall
                // clock's milliseconds keep them in the order they were made.
                QDateTime::currentMSecsSinceEpoch()})
        == 1;
}

std::optional<OrderRecord> Storage::orderById(const QString& orderId)
{
    return firstOrder(m_database.exec(kOrderSelect + QStringLiteral(" WHERE o.id = ?"), {orderId}));
}

std::optional<OrderRecord> Storage::orderOfAccount(const QString& accountId, const QString& orderId)
{
    return firstOrder(m_database.exec(kOrderSelect + QStringLiteral(" WHERE o.account_id = ? AND o.id = ?"),
                                      {accountId, orderId}));
}

std::optional<OrderRecord> Storage::orderByIdempotencyKey(const QString& accountId, const QString& key)
{
    return firstOrder(
        m_database.exec(kOrderSelect + QStringLiteral(" WHERE o.account_id = ? AND o.idempotency_key = ?"),
                        {accountId, key}));
}

std::optional<OrderRecord> Storage::orderByPaymentReference(const QString& reference)
{
    return firstOrder(
        m_database.exec(kOrderSelect + QStringLiteral(" WHERE o.payment_reference = ?"), {reference}));
}

QList<OrderRecord> Storage::ordersOfAccount(const QString& accountId, int limit)
{
    auto& query = m_database.exec(
        kOrderSelect
            + QStringLiteral(
                " WHERE o.account_id = ? ORDER BY o.created_at DESC, o.created_ms DESC, o.id DESC LIMIT ?"),
        {accountId, limit});
    QList<OrderRecord> orders;
    while (query.next()) {
        orders.append(readOrder(query));
    }
    return orders;
}

std::optional<QString> Storage::liveOrderOfQuote(const QString& quoteId)
{
    auto& query
        = m_database.exec(QStringLiteral("SELECT id FROM orders WHERE quote_id = ?"
                                         " AND status IN ('awaiting_payment', 'paid', 'fulfilled') LIMIT 1"),
                          {quoteId});
    return query.next() ? std::optional<QString>(query.value(0).toString()) : std::nullopt;
}

std::optional<QString> Storage::awaitingOrderOfLicense(const QString& licenseId)
{
    auto& query = m_database.exec(
        QStringLiteral("SELECT id FROM orders WHERE license_id = ? AND status = 'awaiting_payment' LIMIT 1"),
        {licenseId});
    return query.next() ? std::optional<QString>(query.value(0).toString()) : std::nullopt;
}

bool Storage::paymentReferenceExists(const QString& reference)
{
    auto& query
        = m_database.exec(QStringLiteral("SELECT 1 FROM orders WHERE payment_reference = ?"), {reference});
    return query.next();
}

QList<OrderRecord> Storage::dueOrders(qint64 now, const QString& accountId)
{
    QString sql = kOrderSelect + QStringLiteral(" WHERE o.status = 'awaiting_payment' AND o.expires_at <= ?");
    QVariantList bindings {now};
    if (!accountId.isEmpty()) {
        sql += QStringLiteral(" AND o.account_id = ?");
        bindings << accountId;
    }
    auto& query = m_database.exec(sql, bindings);
    QList<OrderRecord> orders;
    while (query.next()) {
        orders.append(readOrder(query));
    }
    return orders;
}

QStringList Storage::unfinishedOrders()
{
    auto& query = m_database.exec(
        QStringLiteral("SELECT id FROM orders WHERE payment_state IS NOT NULL ORDER BY created_at"));
    QStringList ids;
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    return ids;
}

void Storage::setOrderProviderReference(const QString& orderId, const QString& reference, qint64 now)
{
    m_database.exec(
        QStringLiteral("UPDATE orders SET provider_reference = ?, payment_state = NULL, updated_at = ?"
                       " WHERE id = ?"),
        {reference, now, orderId});
}

bool Storage::fulfilOrder(const QString& orderId, const lp::proto::Receipt& receipt,
                          const lp::proto::LicenseTerms& result, const QString& note, qint64 now)
{
    return m_database.execAffected(
               QStringLiteral("UPDATE orders SET status = 'fulfilled', payment_state = NULL, receipt = ?,"
                              " result_terms = ?, payment_note = ?, updated_at = ?"
                              " WHERE id = ? AND status = 'awaiting_payment'"
                              " AND (expires_at IS NULL OR expires_at > ?)"),
               {compact(receipt.toJson()), compact(result.toJson()), nullableText(note), now, orderId, now})
        == 1;
}

bool Storage::closeOrder(const QString& orderId, lp::proto::OrderStatus status,
                         const lp::proto::PaymentFailure& failure, qint64 now)
{
    return m_database.execAffected(
               QStringLiteral(
                   "UPDATE orders SET status = ?, payment_state = NULL, failure_code = ?,"
                   " failure_message = ?, updated_at = ? WHERE id = ? AND status = 'awaiting_payment'"),
               {lp::proto::toWire(status), failure.code, failure.message, now, orderId})
        == 1;
}

qint64 Storage::nextDocumentNumber(const QString& series)
{
    auto& query = m_database.exec(
        QStringLiteral("INSERT INTO document_counters (series, last_value) VALUES (?, 1)"
                       " ON CONFLICT (series) DO UPDATE SET last_value = document_counters.last_value + 1"
                       " RETURNING last_value"),
        {series});
    if (!query.next()) {
        throw DatabaseError(QStringLiteral("no number was allocated in the series %1").arg(series));
    }
    return query.value(0).toLongLong();
}

void Storage::updateLicenseTerms(const QString& licenseId, const lp::proto::LicenseTerms& terms)
{
    const QVariant refreshMonths = terms.deviceRefreshMonths ? QVariant(*terms.deviceRefreshMonths)
                                                             : QVariant(QMetaType(QMetaType::Int));
    m_database.exec(QStringLiteral("UPDATE licenses SET term_start = ?, term_end = ?, device_allowance = ?,"
                                   " device_refresh_months = ?, scan_quota = ? WHERE id = ?"),
                    {terms.termStart.toSecsSinceEpoch(), terms.termEnd.toSecsSinceEpoch(),
                     nullable(terms.deviceAllowance), refreshMonths, nullable(terms.scanQuota), licenseId});
}

void Storage::insertLoginFailure(const QString& key, qint64 at)
{
    m_database.exec(QStringLiteral("INSERT INTO login_failures (key, at) VALUES (?, ?)"), {key, at});
}

QList<qint64> Storage::loginFailuresSince(const QString& key, qint64 since)
{
    auto& query = m_database.exec(
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
