#include "OfflineCache.h"

#include "ApiPaths.h"
#include "Clock.h"
#include "CredentialStore.h"

#include <DeviceListQuery.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrlQuery>
#include <UsageQuery.h>

namespace lp {

namespace {
Q_LOGGING_CATEGORY(lcCache, "lp.offlinecache")

// A known text sealed into each file: opening it tells whether the file belongs to the key.
const QByteArray kCheckText = QByteArrayLiteral("LicensePortal offline cache v1");
const QByteArray kCheckAad = QByteArrayLiteral("check");

// Two keys from the one in the keychain: one seals, one names the slots.
QByteArray derive(const QByteArray& key, const char* purpose)
{
    return QMessageAuthenticationCode::hash(QByteArray(purpose), key, QCryptographicHash::Sha256);
}

bool isDeviceHash(const QString& text)
{
    if (text.size() != 64) {
        return false;
    }
    for (const QChar c : text) {
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f'))) {
            return false;
        }
    }
    return true;
}

bool exec(QSqlQuery& query, const QString& statement)
{
    if (!query.exec(statement)) {
        qCWarning(lcCache) << "statement failed:" << query.lastError().text();
        return false;
    }
    return true;
}
} // namespace

OfflineCache::OfflineCache(const Clock* clock, QString directory, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_directory(std::move(directory))
    , m_connection(QStringLiteral("lp-offline-cache-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
{
    if (m_directory.isEmpty()) {
        m_directory
            = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/offline");
    }
}

OfflineCache::~OfflineCache()
{
    close();
}

QString OfflineCache::fileFor(const QUrl& server, const QString& email) const
{
    // The keychain's own scoping of the account (scheme, host, port, lowercased email), hashed: the name
    // tells nobody whose file it is.
    const QByteArray account = CredentialStore::keyFor(server, email).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(account, QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + QStringLiteral("/account-") + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

bool OfflineCache::open(const QUrl& server, const QString& email, const QByteArray& key)
{
    close();
    if (key.size() != SealedBox::kKeyBytes) {
        return false;
    }
    if (openFile(server, email, key)) {
        return true;
    }
    // A damaged file (a crash while writing, a disk error) holds nothing worth keeping: start a new one.
    remove(server, email);
    return openFile(server, email, key);
}

bool OfflineCache::openFile(const QUrl& server, const QString& email, const QByteArray& key)
{
    if (!QDir().mkpath(m_directory)) {
        qCWarning(lcCache) << "cannot create" << m_directory;
        return false;
    }
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = fileFor(server, email);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            qCWarning(lcCache) << "cannot open the offline cache:" << db.lastError().text();
        }
    }
    if (!QSqlDatabase::database(m_connection, false).isOpen()) {
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_box = SealedBox(derive(key, "LicensePortal offline cache: seal"));
    m_slotKey = derive(key, "LicensePortal offline cache: slot");
    if (!prepareSchema()) {
        close();
        return false;
    }
    m_open = true;
    ++m_epoch;
    emit openChanged(true);
    return true;
}

bool OfflineCache::prepareSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // Deleted rows are overwritten with zeros, not left in free pages.
    if (!exec(query, QStringLiteral("PRAGMA secure_delete = ON"))
        || !exec(
            query,
            QStringLiteral("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)"))
        || !exec(query,
                 QStringLiteral("CREATE TABLE IF NOT EXISTS answers (slot BLOB PRIMARY KEY, "
                                "fetched_at INTEGER NOT NULL, body BLOB NOT NULL)"))) {
        return false;
    }
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE name = 'check'"));
    if (query.exec() && query.next()) {
        if (m_box.open(query.value(0).toByteArray(), kCheckAad) == kCheckText) {
            return true;
        }
        // Sealed under another key (a key lost from the keychain, a file restored from elsewhere): what it
        // holds can never be read again.
        qCInfo(lcCache) << "the offline cache was sealed under another key; starting afresh";
    }
    query.finish();
    const QByteArray check = m_box.seal(kCheckText, kCheckAad);
    if (check.isEmpty() || !exec(query, QStringLiteral("DELETE FROM answers"))
        || !exec(query, QStringLiteral("DELETE FROM meta"))) {
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES ('check', ?)"));
    query.addBindValue(check);
    if (!query.exec()) {
        qCWarning(lcCache) << "cannot write the offline cache:" << query.lastError().text();
        return false;
    }
    return true;
}

void OfflineCache::close()
{
    if (!QSqlDatabase::contains(m_connection)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_box = SealedBox(QByteArray());
    m_slotKey.clear();
    if (m_open) {
        m_open = false;
        ++m_epoch;
        emit openChanged(false);
    }
}

void OfflineCache::remove(const QUrl& server, const QString& email)
{
    const QString path = fileFor(server, email);
    if (m_open && QSqlDatabase::database(m_connection, false).databaseName() == path) {
        close();
    }
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

QStringList OfflineCache::keysFor(const QString& pathAndQuery)
{
    const qsizetype queryStart = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = pathAndQuery.left(queryStart);
    const QString queryText = queryStart < 0 ? QString() : pathAndQuery.mid(queryStart + 1);
    const QUrlQuery query(queryText);
    const QStringList exact {pathAndQuery};

    if (path == QLatin1String(api::kMe) || path == QLatin1String(api::kSigningKeys)
        || path == QLatin1String(api::kLicenses)) {
        return queryText.isEmpty() ? exact : QStringList();
    }
    if (path == QLatin1String(api::kOrders)) {
        return query.hasQueryItem(QStringLiteral("cursor")) ? QStringList() : exact;
    }
    const QString ordersPrefix = QLatin1String(api::kOrders) + QLatin1Char('/');
    if (path.startsWith(ordersPrefix)) {
        const QString rest = path.mid(ordersPrefix.size());
        return !rest.isEmpty() && !rest.contains(QLatin1Char('/')) && queryText.isEmpty() ? exact
                                                                                          : QStringList();
    }
    const QString licensesPrefix = QLatin1String(api::kLicenses) + QLatin1Char('/');
    if (!path.startsWith(licensesPrefix)) {
        return {};
    }
    const QString rest = path.mid(licensesPrefix.size());
    const qsizetype idEnd = rest.indexOf(QLatin1Char('/'));
    if (rest.isEmpty() || idEnd == 0) {
        return {};
    }
    const QString suffix = idEnd < 0 ? QString() : rest.mid(idEnd);
    if (suffix.isEmpty()) {
        // A single license. Any query (reveal=license_key above all) asks for more than the list shows: the
        // clear key is never kept.
        return queryText.isEmpty() ? exact : QStringList();
    }
    if (suffix == QLatin1String(api::kRefreshPreviewSuffix) || suffix == QLatin1String(api::kQuotaSuffix)
        || suffix == QLatin1String(api::kScanSettingsSuffix)) {
        return queryText.isEmpty() ? exact : QStringList();
    }
    proto::FieldErrors errors;
    if (suffix == QLatin1String(api::kDevicesSuffix)) {
        // The first page only, and no search but the one for this computer's whole hash: a search typed key
        // by key would leave a row per prefix.
        const auto devices = proto::DeviceListQuery::fromQuery(query, &errors);
        if (!devices || !devices->cursor.isEmpty()
            || (!devices->search.isEmpty() && !isDeviceHash(devices->search))) {
            return {};
        }
        return exact;
    }
    if (suffix == QLatin1String(api::kUsageSuffix)) {
        const auto usage = proto::UsageQuery::fromQuery(query, &errors);
        if (!usage) {
            return {};
        }
        const QString granularity = proto::toWire(usage->granularity);
        // The panes ask for ranges that end today (the same span) or start with the quota period (the same
        // first day): a report of an earlier day still answers them offline.
        return {
            pathAndQuery,
            QStringLiteral("usage-span %1 %2 %3").arg(path, granularity).arg(usage->from.daysTo(usage->to)),
            QStringLiteral("usage-from %1 %2 %3").arg(path, granularity, usage->from.toString(Qt::ISODate))};
    }
    return {};
}

QByteArray OfflineCache::slotOf(const QString& key) const
{
    return QMessageAuthenticationCode::hash(key.toUtf8(), m_slotKey, QCryptographicHash::Sha256);
}

QByteArray OfflineCache::associatedData(const QByteArray& slot, qint64 fetchedAtMs)
{
    // The slot and the time: a body moved to another row, or given another time, does not open.
    return slot + ':' + QByteArray::number(fetchedAtMs);
}

void OfflineCache::store(const QString& pathAndQuery, const QByteArray& body)
{
    const QStringList keys = keysFor(pathAndQuery);
    if (!m_open || keys.isEmpty()) {
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const qint64 fetchedAt = m_clock->now().toMSecsSinceEpoch();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO answers (slot, fetched_at, body) VALUES (?, ?, ?)"));
    for (const QString& key : keys) {
        const QByteArray slot = slotOf(key);
        const QByteArray sealed = m_box.seal(body, associatedData(slot, fetchedAt));
        if (sealed.isEmpty()) {
            continue; // never the body in clear
        }
        query.addBindValue(slot);
        query.addBindValue(fetchedAt);
        query.addBindValue(sealed);
        if (!query.exec()) {
            qCWarning(lcCache) << "cannot keep an answer:" << query.lastError().text();
        }
    }
    db.commit();
}

std::optional<OfflineCache::Entry> OfflineCache::lookup(const QString& pathAndQuery)
{
    if (!m_open) {
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (const QString& key : keysFor(pathAndQuery)) {
        const QByteArray slot = slotOf(key);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT fetched_at, body FROM answers WHERE slot = ?"));
        query.addBindValue(slot);
        if (!query.exec() || !query.next()) {
            continue;
        }
        const qint64 fetchedAt = query.value(0).toLongLong();
        const auto body = m_box.open(query.value(1).toByteArray(), associatedData(slot, fetchedAt));
        query.finish();
        if (!body) {
            qCWarning(lcCache) << "dropped an offline cache row that does not open (altered or moved)";
            QSqlQuery drop(db);
            drop.prepare(QStringLiteral("DELETE FROM answers WHERE slot = ?"));
            drop.addBindValue(slot);
            drop.exec();
            continue;
        }
        return Entry {*body, QDateTime::fromMSecsSinceEpoch(fetchedAt, Qt::UTC)};
    }
    return std::nullopt;
}

QDateTime OfflineCache::lastStored() const
{
    if (!m_open) {
        return {};
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT MAX(fetched_at) FROM answers")) || !query.next()
        || query.value(0).isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

} // namespace lp
