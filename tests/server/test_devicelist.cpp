#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <DeviceLease.h>
#include <DevicePage.h>
#include <DeviceRefreshPreview.h>
#include <DeviceRegistration.h>
#include <License.h>
#include <Problem.h>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <optional>

namespace {
const QString kPassword = QStringLiteral("correct-horse-battery");
const QString kOwner = QStringLiteral("owner@a.example");
const QString kOtherOwner = QStringLiteral("owner@b.example");
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kLease = 7 * kDay;
constexpr int kDevices = 300;
constexpr int kPage = 50;
constexpr int kBulkDevices = 10001;

QString hashOf(const QString& hardwareId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(hardwareId.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString percent(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// A total as QCOMPARE can print it: -1 for null ("more than 10,000").
qint64 shown(const std::optional<qint64>& total)
{
    return total ? *total : -1;
}

QString cursorOf(const QJsonArray& parts)
{
    return QString::fromLatin1(QJsonDocument(parts)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// What the test knows of a device: what it registered, and the times it set through SQL or read from the
// leases the server answered.
struct KnownDevice
{
    QString id;
    QString hash;
    QString name;
    QString platform;
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;
    std::optional<qint64> releasedAt;
};

// The status rules written out again from the design: active within a day of the last check-in, offline
// while the 7-day lease runs, then lease expired; released by a device refresh.
QString expectedStatus(const KnownDevice& device, qint64 now)
{
    if (device.releasedAt) {
        return QStringLiteral("released");
    }
    if (device.lastSeen > now - kDay) {
        return QStringLiteral("active");
    }
    return device.lastSeen > now - kLease ? QStringLiteral("offline") : QStringLiteral("lease_expired");
}

// Search as a user understands it: the start of the name or the platform, in any case, or the start of the
// device hash when the text is hexadecimal.
bool matchesSearch(const KnownDevice& device, const QString& text)
{
    const QString q = text.trimmed();
    const QString folded = q.toCaseFolded();
    if (device.name.toCaseFolded().startsWith(folded) || device.platform.toCaseFolded().startsWith(folded)) {
        return true;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{1,64}$"));
    return hex.match(q).hasMatch() && device.hash.startsWith(q.toLower());
}

struct Order
{
    QString sort; // last_seen, first_registered or name
    bool descending = true;
};

// A row's place in a sort: the key the user sorted by, then the id, so that equal keys keep one order.
struct SortKey
{
    qint64 time = 0;
    QString text;
    QString id;
};

SortKey keyOf(const Order& order, qint64 firstSeen, qint64 lastSeen, const QString& name, const QString& id)
{
    if (order.sort == QLatin1String("name")) {
        return {0, name.toCaseFolded(), id};
    }
    return {order.sort == QLatin1String("first_registered") ? firstSeen : lastSeen, QString(), id};
}

SortKey keyOf(const Order& order, const KnownDevice& device)
{
    return keyOf(order, device.firstSeen, device.lastSeen, device.name, device.id);
}

SortKey keyOf(const Order& order, const lp::proto::Device& device)
{
    return keyOf(order, device.firstRegisteredAt.toSecsSinceEpoch(), device.lastSeenAt.toSecsSinceEpoch(),
                 device.name, device.id);
}

// Whether `a` is listed before `b`.
bool listedBefore(const SortKey& a, const SortKey& b, const Order& order)
{
    int c = 0;
    if (order.sort == QLatin1String("name")) {
        c = a.text.compare(b.text);
    } else {
        c = a.time < b.time ? -1 : (a.time > b.time ? 1 : 0);
    }
    if (c == 0) {
        c = a.id.compare(b.id);
    }
    return order.descending ? c > 0 : c < 0;
}

using Filter = std::function<bool(const KnownDevice&)>;

QList<KnownDevice> expectedList(const QList<KnownDevice>& devices, const Filter& filter, const Order& order)
{
    QList<KnownDevice> list;
    for (const KnownDevice& device : devices) {
        if (filter(device)) {
            list.append(device);
        }
    }
    std::sort(list.begin(), list.end(), [&order](const KnownDevice& a, const KnownDevice& b) {
        return listedBefore(keyOf(order, a), keyOf(order, b), order);
    });
    return list;
}

QStringList idsOf(const QList<KnownDevice>& devices)
{
    QStringList ids;
    for (const KnownDevice& device : devices) {
        ids.append(device.id);
    }
    return ids;
}

QStringList idsOf(const QList<lp::proto::Device>& devices)
{
    QStringList ids;
    for (const lp::proto::Device& device : devices) {
        ids.append(device.id);
    }
    return ids;
}

// Every page of one listing, followed through next_cursor.
struct Walk
{
    QList<lp::proto::Device> items;
    QList<std::optional<qint64>> totals;
    int pages = 0;
};
} // namespace

// The portal's device list of a license against a real license-server: cursor paging through every device
// in each sort and order, also while devices check in and register between pages; search; status filters;
// totals; the device refresh preview and what the refresh then releases; account isolation and bad queries.
class TestDeviceList : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesVisitEveryDeviceOnceInOrder_data();
    void pagesVisitEveryDeviceOnceInOrder();
    void pageSizes();
    void search_data();
    void search();
    void pagingStaysConsistentWhileDevicesCheckIn_data();
    void pagingStaysConsistentWhileDevicesCheckIn();
    void statusFilters();
    void refreshPreviewNamesWhatTheRefreshReleases();
    void totalsPastTenThousandMatchesAreNull();
    void anotherAccountsLicenseIsNotFound();
    void signInIsRequired();
    void badQueries_data();
    void badQueries();
    void cursorsAreBoundToTheirSortAndOrder();

private:
    static QString devicesPath(const QString& licenseId)
    {
        return QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + licenseId
            + QLatin1String(lp::api::kDevicesSuffix);
    }
    static QString previewPath(const QString& licenseId)
    {
        return QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + licenseId
            + QLatin1String(lp::api::kRefreshPreviewSuffix);
    }
    HttpReply get(const QString& path, const QByteArray& bearer)
    {
        HttpHeaders headers;
        if (!bearer.isEmpty()) {
            headers.append({"Authorization", bearer});
        }
        return sendHttp(m_network, m_server.baseUrl(), "GET", path, {}, {}, headers);
    }
    HttpReply post(const char* path, const QJsonObject& body)
    {
        return sendHttp(m_network, m_server.baseUrl(), "POST", QLatin1String(path),
                        QJsonDocument(body).toJson());
    }
    QString createLicense(const QString& email, const QStringList& options, QString* id)
    {
        return m_server.createLicense(email, options, id);
    }
    QByteArray signIn(const QString& email)
    {
        return signInBearer(m_network, m_server.baseUrl(), email, kPassword);
    }
    // Registers a new device through the real route: the device as the server recorded it, without its id.
    std::optional<KnownDevice> postRegistration(const QString& name, const QString& platform,
                                                const QString& hash);
    // The same, and adds it to m_devices; returns its id.
    QString registerDevice(const QString& name, const QString& platform, const QString& hash);
    // A heartbeat through the real route; updates m_devices.
    void checkIn(const QString& id);
    struct Sighting
    {
        QString id;
        qint64 firstSeen = 0;
        qint64 lastSeen = 0;
    };
    // Moves the first and last sightings of devices, in one statement.
    void setSeen(const QList<Sighting>& sightings);
    QHash<QString, QString> idsByHash(const QString& licenseId) const;
    void fetchPage(const QString& licenseId, const QString& query, const QString& cursor, int limit,
                   lp::proto::DevicePage* page);
    void walk(const QString& licenseId, const QString& query, int limit, Walk* result);
    // Compares a listed device with what the test knows of it.
    void checkItem(const lp::proto::Device& item, const KnownDevice& known, qint64 now);
    // Every status filter lists exactly the devices of that status, in the default order.
    void checkStatusFilters(const QString& text = {});
    QList<KnownDevice> known() const { return m_devices.values(); }

    QNetworkAccessManager m_network;
    TestServer m_server;
    QString m_code;
    QString m_licenseId;
    QString m_otherLicenseId;
    QByteArray m_bearer;
    QByteArray m_otherBearer;
    QHash<QString, KnownDevice> m_devices; // by id, the devices of m_licenseId
    int m_registered = 0;
};

std::optional<KnownDevice> TestDeviceList::postRegistration(const QString& name, const QString& platform,
                                                            const QString& hash)
{
    const lp::proto::DeviceRegistration registration {m_code, hash, platform, QStringLiteral("10.4.2"), name};
    const HttpReply reply = post(lp::api::kDeviceRegister, registration.toJson());
    lp::proto::FieldErrors errors;
    const auto lease = lp::proto::DeviceLease::fromJson(reply.json(), &errors);
    if (reply.status != 201 || !lease) {
        qWarning() << "registration failed:" << reply.status << reply.body;
        return std::nullopt;
    }
    ++m_registered;
    // The lease runs 7 days from the check-in the server recorded as the device's first and last sighting.
    const qint64 seen = lease->leaseExpiresAt.toSecsSinceEpoch() - kLease;
    return KnownDevice {QString(), hash, name, platform, seen, seen, std::nullopt};
}

QString TestDeviceList::registerDevice(const QString& name, const QString& platform, const QString& hash)
{
    auto device = postRegistration(name, platform, hash);
    if (!device) {
        return {};
    }
    device->id = m_server
                     .sql(QStringLiteral("SELECT id FROM devices WHERE license_id = ? AND device_hash = ?"),
                          {m_licenseId, hash})
                     .toString();
    m_devices.insert(device->id, *device);
    return device->id;
}

void TestDeviceList::checkIn(const QString& id)
{
    KnownDevice& device = m_devices[id];
    const HttpReply reply
        = post(lp::api::kDeviceHeartbeat,
               {{QStringLiteral("handshake_code"), m_code}, {QStringLiteral("device_hash"), device.hash}});
    QCOMPARE(reply.status, 200);
    lp::proto::FieldErrors errors;
    const auto lease = lp::proto::DeviceLease::fromJson(reply.json(), &errors);
    QVERIFY(lease);
    device.lastSeen = lease->leaseExpiresAt.toSecsSinceEpoch() - kLease;
}

void TestDeviceList::setSeen(const QList<Sighting>& sightings)
{
    // UPDATE … FROM a VALUES list: both engines name its columns column1, column2, …
    QStringList rows;
    for (const Sighting& s : sightings) {
        rows.append(QStringLiteral("('%1', %2, %3)").arg(s.id).arg(s.firstSeen).arg(s.lastSeen));
        m_devices[s.id].firstSeen = s.firstSeen;
        m_devices[s.id].lastSeen = s.lastSeen;
    }
    m_server.sql(
        QStringLiteral("UPDATE devices SET first_seen = v.column2, last_seen = v.column3 FROM (VALUES ")
            + rows.join(QLatin1String(", "))
            + QStringLiteral(") AS v WHERE devices.id = v.column1 AND devices.license_id = ?"),
        {m_licenseId});
    // One sample shows that the statement ran; the listings check the rest.
    if (!sightings.isEmpty()) {
        QCOMPARE(
            m_server.sql(QStringLiteral("SELECT last_seen FROM devices WHERE id = ?"), {sightings.last().id})
                .toLongLong(),
            sightings.last().lastSeen);
    }
}

QHash<QString, QString> TestDeviceList::idsByHash(const QString& licenseId) const
{
    const QString aggregate = m_server.isPostgres()
        ? QStringLiteral("string_agg(device_hash || ':' || id, ',')")
        : QStringLiteral("group_concat(device_hash || ':' || id, ',')");
    const QString all
        = m_server
              .sql(QStringLiteral("SELECT %1 FROM devices WHERE license_id = ?").arg(aggregate), {licenseId})
              .toString();
    QHash<QString, QString> ids;
    for (const QString& pair : all.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        ids.insert(pair.section(QLatin1Char(':'), 0, 0), pair.section(QLatin1Char(':'), 1));
    }
    return ids;
}

void TestDeviceList::fetchPage(const QString& licenseId, const QString& query, const QString& cursor,
                               int limit, lp::proto::DevicePage* page)
{
    QString path = devicesPath(licenseId) + QStringLiteral("?limit=%1").arg(limit);
    if (!query.isEmpty()) {
        path += QLatin1Char('&') + query;
    }
    if (!cursor.isEmpty()) {
        path += QStringLiteral("&cursor=") + percent(cursor);
    }
    const HttpReply reply = get(path, m_bearer);
    QVERIFY2(reply.status == 200,
             qPrintable(QStringLiteral("%1 answered %2: %3")
                            .arg(path)
                            .arg(reply.status)
                            .arg(QString::fromUtf8(reply.body))));
    QVERIFY(reply.header("Content-Type").startsWith(lp::api::kJsonContentType));
    const QJsonObject json = reply.json();
    // Both are always there, null when there is no next page or the count was not made.
    QVERIFY(json.contains(QLatin1String("next_cursor")));
    QVERIFY(json.contains(QLatin1String("total")));
    lp::proto::FieldErrors errors;
    const auto parsed = lp::proto::DevicePage::fromJson(json, &errors);
    QVERIFY2(parsed, reply.body.constData());
    QVERIFY(parsed->items.size() <= limit);
    *page = *parsed;
}

void TestDeviceList::walk(const QString& licenseId, const QString& query, int limit, Walk* result)
{
    QString cursor;
    do {
        lp::proto::DevicePage page;
        fetchPage(licenseId, query, cursor, limit, &page);
        if (QTest::currentTestFailed()) {
            return;
        }
        result->items += page.items;
        result->totals.append(page.total);
        ++result->pages;
        cursor = page.nextCursor;
        // Only the last page may be short, and a last page is never empty unless nothing matches.
        if (!cursor.isEmpty()) {
            QCOMPARE(page.items.size(), limit);
        } else if (result->pages > 1) {
            QVERIFY(!page.items.isEmpty());
        }
        QVERIFY2(result->pages <= 1000, "the cursor never ends");
    } while (!cursor.isEmpty());
}

void TestDeviceList::checkItem(const lp::proto::Device& item, const KnownDevice& known, qint64 now)
{
    QCOMPARE(item.id, known.id);
    QCOMPARE(item.deviceHash, known.hash);
    QCOMPARE(item.name, known.name);
    QCOMPARE(item.platform, known.platform);
    QCOMPARE(item.firstRegisteredAt, utc(known.firstSeen));
    QCOMPARE(item.lastSeenAt, utc(known.lastSeen));
    QCOMPARE(item.leaseExpiresAt, utc(known.lastSeen + kLease));
    QCOMPARE(item.releasedAt.has_value(), known.releasedAt.has_value());
    if (known.releasedAt) {
        QCOMPARE(*item.releasedAt, utc(*known.releasedAt));
    }
    QCOMPARE(lp::proto::toWire(item.status), expectedStatus(known, now));
}

void TestDeviceList::checkStatusFilters(const QString& text)
{
    const Order newestFirst {QStringLiteral("last_seen"), true};
    for (const char* status : {"active", "offline", "lease_expired", "released"}) {
        const QString wire = QLatin1String(status);
        QString query = QStringLiteral("status=") + wire;
        if (!text.isEmpty()) {
            query += QStringLiteral("&q=") + percent(text);
        }
        Walk listing;
        walk(m_licenseId, query, kPage, &listing);
        if (QTest::currentTestFailed()) {
            return;
        }
        const qint64 now = nowSeconds();
        const auto want = expectedList(
            known(),
            [&](const KnownDevice& d) {
                return expectedStatus(d, now) == wire && (text.isEmpty() || matchesSearch(d, text));
            },
            newestFirst);
        QCOMPARE(idsOf(listing.items), idsOf(want));
        for (const auto& total : std::as_const(listing.totals)) {
            QCOMPARE(shown(total), qint64(want.size()));
        }
        for (qsizetype i = 0; i < want.size(); ++i) {
            QCOMPARE(lp::proto::toWire(listing.items.at(i).status), wire);
            checkItem(listing.items.at(i), want.at(i), now);
        }
    }
}

void TestDeviceList::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.createAccount(kOwner, kPassword, QStringLiteral("Owner A")));
    QVERIFY(m_server.createAccount(kOtherOwner, kPassword, QStringLiteral("Owner B")));
    m_code = createLicense(kOwner,
                           {QStringLiteral("--product"), QStringLiteral("Barcode Reader SDK"),
                            QStringLiteral("--type"), QStringLiteral("per_device"),
                            QStringLiteral("--devices"), QStringLiteral("1000")},
                           &m_licenseId);
    QVERIFY(!m_code.isEmpty());
    const QString otherCode
        = createLicense(kOtherOwner,
                        {QStringLiteral("--product"), QStringLiteral("Other SDK"), QStringLiteral("--type"),
                         QStringLiteral("per_device"), QStringLiteral("--devices"), QStringLiteral("5")},
                        &m_otherLicenseId);
    QVERIFY(!otherCode.isEmpty());
    const lp::proto::DeviceRegistration otherDevice {otherCode, hashOf(QStringLiteral("b-device")),
                                                     QStringLiteral("Android 14"), QStringLiteral("10.4.2"),
                                                     QStringLiteral("B-Picker")};
    QCOMPARE(post(lp::api::kDeviceRegister, otherDevice.toJson()).status, 201);
    m_bearer = signIn(kOwner);
    m_otherBearer = signIn(kOtherOwner);
    QVERIFY(!m_bearer.isEmpty());
    QVERIFY(!m_otherBearer.isEmpty());

    // Names that fold to the same text in pairs (Picker-000 and picker-000), one family with a non-ASCII
    // capital, platforms differing in case.
    const QStringList families {QStringLiteral("Picker"), QStringLiteral("picker"),
                                QStringLiteral("PICKER"), QStringLiteral("Forklift"),
                                QStringLiteral("Gate"),   QStringLiteral("Ölscanner")};
    const QStringList platforms {QStringLiteral("Android 14"), QStringLiteral("android 13"),
                                 QStringLiteral("iOS 17"), QStringLiteral("Windows 11")};
    QList<KnownDevice> registered;
    for (int i = 0; i < kDevices; ++i) {
        const QString name = QStringLiteral("%1-%2")
                                 .arg(families.at(i % families.size()))
                                 .arg(i / 2, 3, 10, QLatin1Char('0'));
        const auto device = postRegistration(name, platforms.at(i % platforms.size()),
                                             hashOf(QStringLiteral("device-%1").arg(i)));
        QVERIFY2(device, qPrintable(name));
        registered.append(*device);
    }
    const QHash<QString, QString> ids = idsByHash(m_licenseId);
    QCOMPARE(ids.size(), kDevices);
    for (KnownDevice& device : registered) {
        device.id = ids.value(device.hash);
        QVERIFY(!device.id.isEmpty());
        m_devices.insert(device.id, device);
    }
    // Spread the sightings: first registrations an hour apart in pairs, last check-ins 3 hours apart in
    // threes (so that equal keys straddle page boundaries), from just now to 12 days ago: 24 devices
    // active, 144 offline, 132 with an expired lease.
    const qint64 now = nowSeconds();
    QList<Sighting> sightings;
    for (int i = 0; i < kDevices; ++i) {
        sightings.append(
            {registered.at(i).id, now - 30 * kDay + (i / 2) * kHour, now - ((i * 37) % 100) * 3 * kHour});
    }
    setSeen(sightings);
}

void TestDeviceList::pagesVisitEveryDeviceOnceInOrder_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("descending");
    QTest::newRow("default: last seen, newest first") << QString() << "last_seen" << true;
    QTest::newRow("last_seen desc") << "sort=last_seen&order=desc"
                                    << "last_seen" << true;
    QTest::newRow("last_seen asc") << "sort=last_seen&order=asc"
                                   << "last_seen" << false;
    QTest::newRow("first_registered, default newest first") << "sort=first_registered"
                                                            << "first_registered" << true;
    QTest::newRow("first_registered asc") << "sort=first_registered&order=asc"
                                          << "first_registered" << false;
    QTest::newRow("name, default A to Z") << "sort=name"
                                          << "name" << false;
    QTest::newRow("name desc") << "order=desc&sort=name"
                               << "name" << true;
}

void TestDeviceList::pagesVisitEveryDeviceOnceInOrder()
{
    QFETCH(QString, query);
    QFETCH(QString, sort);
    QFETCH(bool, descending);
    Walk listing;
    walk(m_licenseId, query, kPage, &listing);
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto want = expectedList(known(), [](const KnownDevice&) { return true; }, {sort, descending});
    QCOMPARE(want.size(), kDevices);
    // 300 devices in pages of 50: six full pages, the last one without a next cursor.
    QCOMPARE(listing.pages, kDevices / kPage);
    QCOMPARE(idsOf(listing.items), idsOf(want));
    for (const auto& total : std::as_const(listing.totals)) {
        QCOMPARE(shown(total), qint64(kDevices));
    }
    const qint64 now = nowSeconds();
    for (qsizetype i = 0; i < want.size(); ++i) {
        checkItem(listing.items.at(i), want.at(i), now);
    }
}

void TestDeviceList::pageSizes()
{
    const auto newestFirst
        = expectedList(known(), [](const KnownDevice&) { return true; }, {QStringLiteral("last_seen"), true});
    // Without a limit, a page holds 100.
    const HttpReply byDefault = get(devicesPath(m_licenseId), m_bearer);
    QCOMPARE(byDefault.status, 200);
    const QJsonArray items = byDefault.json().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 100);
    QVERIFY(byDefault.json().value(QLatin1String("next_cursor")).isString());

    lp::proto::DevicePage page;
    fetchPage(m_licenseId, {}, {}, 1, &page);
    QCOMPARE(idsOf(page.items), QStringList {newestFirst.first().id});
    QVERIFY(!page.nextCursor.isEmpty());
    fetchPage(m_licenseId, {}, page.nextCursor, 1, &page);
    QCOMPARE(idsOf(page.items), QStringList {newestFirst.at(1).id});

    // At most 500; a page that takes the rest has no next cursor, one short of the rest has.
    fetchPage(m_licenseId, {}, {}, 500, &page);
    QCOMPARE(page.items.size(), kDevices);
    QVERIFY(page.nextCursor.isEmpty());
    fetchPage(m_licenseId, {}, {}, kDevices, &page);
    QCOMPARE(page.items.size(), kDevices);
    QVERIFY(page.nextCursor.isEmpty());
    fetchPage(m_licenseId, {}, {}, kDevices - 1, &page);
    QVERIFY(!page.nextCursor.isEmpty());
    fetchPage(m_licenseId, {}, page.nextCursor, kDevices - 1, &page);
    QCOMPARE(idsOf(page.items), QStringList {newestFirst.last().id});
    QVERIFY(page.nextCursor.isEmpty());
}

void TestDeviceList::search_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<int>("count"); // -1: whatever the rule gives
    QTest::addColumn<QString>("sort");
    const QString hash7 = hashOf(QStringLiteral("device-7"));
    QTest::newRow("name prefix, lower case") << "picker" << 150 << "last_seen";
    QTest::newRow("name prefix, upper case") << "PICKER-00" << 11 << "name";
    QTest::newRow("name prefix, mixed case") << "pIcKeR-01" << -1 << "first_registered";
    QTest::newRow("non-ASCII capital") << "ÖLSCANNER" << 50 << "name";
    QTest::newRow("non-ASCII small") << "öl" << 50 << "last_seen";
    QTest::newRow("platform") << "android" << 150 << "last_seen";
    QTest::newRow("platform with a space") << "windows 1" << 75 << "name";
    QTest::newRow("surrounding spaces") << "  Gate-0 " << 33 << "name";
    QTest::newRow("hash prefix, lower case") << hash7.left(6) << -1 << "last_seen";
    QTest::newRow("hash prefix, upper case") << hash7.left(6).toUpper() << -1 << "last_seen";
    QTest::newRow("whole hash, upper case") << hash7.toUpper() << 1 << "last_seen";
    QTest::newRow("hex that is also a name prefix") << "F" << -1 << "name";
    QTest::newRow("one hex digit") << "7" << -1 << "first_registered";
    QTest::newRow("middle of a name") << "icker" << 0 << "last_seen";
    QTest::newRow("middle of a hash") << hash7.mid(1, 8) << -1 << "last_seen";
    QTest::newRow("percent is no wildcard") << "%" << 0 << "last_seen";
    QTest::newRow("underscore is no wildcard") << "P_cker" << 0 << "last_seen";
    QTest::newRow("nothing matches") << "zzz" << 0 << "last_seen";
    QTest::newRow("100 characters") << QString(100, QLatin1Char('p')) << 0 << "last_seen";
}

void TestDeviceList::search()
{
    QFETCH(QString, q);
    QFETCH(int, count);
    QFETCH(QString, sort);
    const Order order {sort, sort != QLatin1String("name")};
    const auto want = expectedList(
        known(), [&q](const KnownDevice& d) { return matchesSearch(d, q); }, order);
    if (count >= 0) {
        QCOMPARE(want.size(), count);
    }
    Walk listing;
    walk(m_licenseId, QStringLiteral("q=%1&sort=%2").arg(percent(q), sort), kPage, &listing);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(idsOf(listing.items), idsOf(want));
    for (const auto& total : std::as_const(listing.totals)) {
        QCOMPARE(shown(total), qint64(want.size()));
    }
    const qint64 now = nowSeconds();
    for (qsizetype i = 0; i < want.size(); ++i) {
        checkItem(listing.items.at(i), want.at(i), now);
    }
}

void TestDeviceList::pagingStaysConsistentWhileDevicesCheckIn_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("descending");
    QTest::newRow("last seen, newest first") << QString() << "last_seen" << true;
    QTest::newRow("last seen, oldest first") << "sort=last_seen&order=asc"
                                             << "last_seen" << false;
    QTest::newRow("first registered, newest first") << "sort=first_registered"
                                                    << "first_registered" << true;
    QTest::newRow("first registered, oldest first") << "sort=first_registered&order=asc"
                                                    << "first_registered" << false;
    QTest::newRow("name A to Z") << "sort=name"
                                 << "name" << false;
    QTest::newRow("name Z to A") << "sort=name&order=desc"
                                 << "name" << true;
}

void TestDeviceList::pagingStaysConsistentWhileDevicesCheckIn()
{
    QFETCH(QString, query);
    QFETCH(QString, sort);
    QFETCH(bool, descending);
    const Order order {sort, descending};
    const auto all = [](const KnownDevice&) { return true; };
    const QHash<QString, KnownDevice> atStart = m_devices;
    QSet<QString> checkedIn; // devices that checked in during the walk
    QSet<QString> registered; // devices that registered during the walk
    QList<lp::proto::Device> listed;
    std::optional<SortKey> cursorRow; // the last row listed, as it was when it was listed
    QString cursor;
    int pages = 0;
    do {
        // A page holds the first devices after the previous page's last row, as they are now.
        QList<KnownDevice> want;
        for (const KnownDevice& device : expectedList(known(), all, order)) {
            if (!cursorRow || listedBefore(*cursorRow, keyOf(order, device), order)) {
                want.append(device);
            }
        }
        want = want.mid(0, kPage);
        lp::proto::DevicePage page;
        fetchPage(m_licenseId, query, cursor, kPage, &page);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(idsOf(page.items), idsOf(want));
        QCOMPARE(shown(page.total), qint64(m_devices.size()));
        listed += page.items;
        cursor = page.nextCursor;
        ++pages;
        if (!page.items.isEmpty()) {
            cursorRow = keyOf(order, page.items.last());
        }
        if (pages == 1 || pages == 3) {
            // Between two fetches: the first device listed and the page's last one (the cursor's row) check
            // in, so do two devices not listed yet, and two new devices register, one at each end of the
            // name order.
            QStringList toCheckIn {listed.first().id, listed.last().id};
            QList<KnownDevice> ahead;
            for (const KnownDevice& device : expectedList(known(), all, order)) {
                if (listedBefore(*cursorRow, keyOf(order, device), order)) {
                    ahead.append(device);
                }
            }
            for (qsizetype at : {qsizetype(5), qsizetype(kPage + 5)}) {
                if (at < ahead.size()) {
                    toCheckIn.append(ahead.at(at).id);
                }
            }
            for (const QString& id : std::as_const(toCheckIn)) {
                checkIn(id);
                checkedIn.insert(id);
            }
            for (const QString& name : {QStringLiteral("Aardvark-%1"), QStringLiteral("Zebra-%1")}) {
                const QString n = QString::number(m_registered);
                const QString id = registerDevice(name.arg(n), QStringLiteral("Linux"),
                                                  hashOf(QStringLiteral("new-device-") + n));
                QVERIFY(!id.isEmpty());
                registered.insert(id);
            }
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    } while (!cursor.isEmpty() && pages < 100);
    QVERIFY(cursor.isEmpty());

    // As the user sees it: every listed row follows the one before it in the chosen order; no device that
    // was there and did not change is missing or listed twice; a device appears twice only when sorted
    // by last check-in, oldest first, and it checked in after it was listed (it moved to the end).
    for (qsizetype i = 1; i < listed.size(); ++i) {
        QVERIFY2(listedBefore(keyOf(order, listed.at(i - 1)), keyOf(order, listed.at(i)), order),
                 qPrintable(QStringLiteral("row %1 (%2) is out of order").arg(i).arg(listed.at(i).name)));
    }
    QHash<QString, int> times;
    for (const lp::proto::Device& item : std::as_const(listed)) {
        ++times[item.id];
    }
    for (auto it = atStart.cbegin(); it != atStart.cend(); ++it) {
        if (!checkedIn.contains(it.key())) {
            QVERIFY2(times.value(it.key()) == 1, qPrintable(it->name));
        }
    }
    const bool oldestCheckInFirst = sort == QLatin1String("last_seen") && !descending;
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        if (it.value() > 1) {
            QVERIFY2(oldestCheckInFirst && checkedIn.contains(it.key()) && it.value() == 2,
                     qPrintable(QStringLiteral("%1 listed %2 times")
                                    .arg(m_devices.value(it.key()).name)
                                    .arg(it.value())));
        }
    }
    for (const QString& id : std::as_const(registered)) {
        QVERIFY(times.value(id) <= 1);
    }
    // Sorted by a key that a check-in does not change, devices that checked in were listed exactly once too.
    if (sort != QLatin1String("last_seen")) {
        for (const QString& id : std::as_const(checkedIn)) {
            QCOMPARE(times.value(id), 1);
        }
    }
}

void TestDeviceList::statusFilters()
{
    const qint64 now = nowSeconds();
    QHash<QString, int> counts;
    for (const KnownDevice& device : std::as_const(m_devices)) {
        ++counts[expectedStatus(device, now)];
    }
    // The spread made in initTestCase, plus the devices that checked in or registered since.
    QVERIFY(counts.value(QStringLiteral("active")) >= 24);
    QVERIFY(counts.value(QStringLiteral("offline")) > 60);
    QVERIFY(counts.value(QStringLiteral("lease_expired")) > 60);
    QCOMPARE(counts.value(QStringLiteral("released")), 0);
    checkStatusFilters();
    checkStatusFilters(QStringLiteral("PICKER"));
}

void TestDeviceList::refreshPreviewNamesWhatTheRefreshReleases()
{
    // The term started 400 days ago: its first yearly refresh, due 35 days ago, has not run yet. 120 devices
    // have been silent since before the term; 5 more were last seen 100 days ago, after the term started.
    const qint64 now = nowSeconds();
    const qint64 termStart = now - 400 * kDay;
    m_server.sql(QStringLiteral("UPDATE licenses SET term_start = ? WHERE id = ?"), {termStart, m_licenseId});
    const QDateTime firstRefresh = utc(termStart).addMonths(12);
    const QDateTime secondRefresh = utc(termStart).addMonths(24);
    const auto byName
        = expectedList(known(), [](const KnownDevice&) { return true; }, {QStringLiteral("name"), false});
    QList<Sighting> sightings;
    for (int i = 0; i < 125; ++i) {
        const qint64 lastSeen = i < 120 ? termStart - kDay - (i % 60) * 60 : now - 100 * kDay - i * 60;
        sightings.append({byName.at(i).id, lastSeen - 3 * kDay, lastSeen});
    }
    setSeen(sightings);

    const auto preview = [this](lp::proto::DeviceRefreshPreview* out) {
        const HttpReply reply = get(previewPath(m_licenseId), m_bearer);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith(lp::api::kJsonContentType));
        QStringList keys = reply.json().keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("inactive_since"), QStringLiteral("items"),
                               QStringLiteral("next_refresh_at"), QStringLiteral("refresh_months"),
                               QStringLiteral("release_count")}));
        lp::proto::FieldErrors errors;
        const auto parsed = lp::proto::DeviceRefreshPreview::fromJson(reply.json(), &errors);
        QVERIFY2(parsed, reply.body.constData());
        *out = *parsed;
    };
    const auto notSeenSince = [this](qint64 since) {
        return expectedList(known(),
                            [since](const KnownDevice& d) { return !d.releasedAt && d.lastSeen < since; },
                            {QStringLiteral("last_seen"), false});
    };

    lp::proto::DeviceRefreshPreview before;
    preview(&before);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(before.refreshMonths, 12);
    QCOMPARE(before.inactiveSince, utc(termStart));
    QCOMPARE(before.nextRefreshAt, firstRefresh); // overdue: in the past until the job runs
    const auto toRelease = notSeenSince(termStart);
    QCOMPARE(toRelease.size(), 120);
    QCOMPARE(before.releaseCount, 120);
    // The first 100, least recently seen first.
    QCOMPARE(idsOf(before.items), idsOf(toRelease.mid(0, lp::proto::DeviceRefreshPreview::kMaxItems)));
    for (qsizetype i = 0; i < before.items.size(); ++i) {
        checkItem(before.items.at(i), toRelease.at(i), now);
    }

    QString output;
    QCOMPARE(m_server.admin({QStringLiteral("refresh-devices")}, &output), 0);
    QVERIFY2(output.contains(QLatin1String("1 license(s): 120 device(s) released")), qPrintable(output));
    for (const KnownDevice& device : toRelease) {
        m_devices[device.id].releasedAt = firstRefresh.toSecsSinceEpoch();
    }

    // Next: a year after the refresh that ran, releasing the devices not seen since that one.
    lp::proto::DeviceRefreshPreview after;
    preview(&after);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(after.refreshMonths, 12);
    QCOMPARE(after.inactiveSince, firstRefresh);
    QCOMPARE(after.nextRefreshAt, secondRefresh);
    const auto next = notSeenSince(firstRefresh.toSecsSinceEpoch());
    QCOMPARE(next.size(), 5);
    QCOMPARE(after.releaseCount, 5);
    QCOMPARE(idsOf(after.items), idsOf(next));
    for (qsizetype i = 0; i < after.items.size(); ++i) {
        checkItem(after.items.at(i), next.at(i), nowSeconds());
        QCOMPARE(lp::proto::toWire(after.items.at(i).status), QStringLiteral("lease_expired"));
    }

    // Released devices are listed with their status and release time; the rest by their status.
    checkStatusFilters();
    checkStatusFilters(QStringLiteral("picker"));

    // The unfiltered total counts every device of the license, released ones included; the license counts
    // the seats taken.
    qint64 seats = 0;
    for (const KnownDevice& device : std::as_const(m_devices)) {
        seats += device.releasedAt ? 0 : 1;
    }
    lp::proto::DevicePage page;
    fetchPage(m_licenseId, {}, {}, 1, &page);
    QCOMPARE(shown(page.total), qint64(m_devices.size()));
    const HttpReply license
        = get(QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + m_licenseId, m_bearer);
    QCOMPARE(license.status, 200);
    lp::proto::FieldErrors errors;
    const auto parsed = lp::proto::License::fromJson(license.json(), &errors);
    QVERIFY(parsed);
    QCOMPARE(shown(parsed->devicesInUse), seats);
    QCOMPARE(seats + 120, m_devices.size());
    QCOMPARE(parsed->nextDeviceRefresh, std::optional<QDateTime>(secondRefresh));

    // A released device that registers again takes a seat again and is listed as active.
    const KnownDevice returning = toRelease.first();
    const lp::proto::DeviceRegistration again {m_code, returning.hash, returning.platform,
                                               QStringLiteral("10.5.0"), returning.name};
    const HttpReply registered = post(lp::api::kDeviceRegister, again.toJson());
    QCOMPARE(registered.status, 200);
    const auto lease = lp::proto::DeviceLease::fromJson(registered.json(), &errors);
    QVERIFY(lease);
    QCOMPARE(lease->devicesInUse, seats + 1);
    m_devices[returning.id].releasedAt.reset();
    m_devices[returning.id].lastSeen = lease->leaseExpiresAt.toSecsSinceEpoch() - kLease;
    fetchPage(m_licenseId, QStringLiteral("q=") + returning.hash, {}, kPage, &page);
    QCOMPARE(page.items.size(), 1);
    checkItem(page.items.first(), m_devices.value(returning.id), nowSeconds());
    QCOMPARE(lp::proto::toWire(page.items.first().status), QStringLiteral("active"));
}

void TestDeviceList::totalsPastTenThousandMatchesAreNull()
{
    // A second license of the account with 10,001 devices, inserted in one statement: 10,000 named
    // Bulk-1 … Bulk-10000 and one named Spare, all active, alternately on Android and iOS.
    QString bulkId;
    QVERIFY(
        !createLicense(kOwner,
                       {QStringLiteral("--product"), QStringLiteral("Bulk Fleet"), QStringLiteral("--type"),
                        QStringLiteral("per_device"), QStringLiteral("--devices"), QStringLiteral("20000")},
                       &bulkId)
             .isEmpty());
    const qint64 now = nowSeconds();
    const QString count = QString::number(kBulkDevices);
    const QString hex = m_server.isPostgres() ? QStringLiteral("lpad(to_hex(i), 64, '0')")
                                              : QStringLiteral("printf('%064x', i)");
    m_server.sql(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ")
                     + count
                     + QStringLiteral(
                         ") INSERT INTO devices (id, license_id, device_hash, name, name_folded, platform,"
                         " platform_folded, sdk_version, first_seen, last_seen, released_at)"
                         " SELECT 'dev_bulk_' || i, ?, ")
                     + hex + QStringLiteral(", CASE WHEN i = ") + count
                     + QStringLiteral(" THEN 'Spare' ELSE 'Bulk-' || i END,"
                                      " CASE WHEN i = ")
                     + count
                     + QStringLiteral(
                         " THEN 'spare' ELSE 'bulk-' || i END,"
                         " CASE WHEN i % 2 = 1 THEN 'Android 14' ELSE 'iOS 17' END,"
                         " CASE WHEN i % 2 = 1 THEN 'android 14' ELSE 'ios 17' END,"
                         " '10.4.2', CAST(? AS BIGINT) + i, CAST(? AS BIGINT) - (i % 50) * 60, NULL FROM n"),
                 {bulkId, now - 30 * kDay, now});
    m_server.sql(QStringLiteral("UPDATE licenses SET devices_in_use = devices_in_use + ? WHERE id = ?"),
                 {kBulkDevices, bulkId});
    QCOMPARE(
        m_server.sql(QStringLiteral("SELECT COUNT(*) FROM devices WHERE license_id = ?"), {bulkId}).toInt(),
        kBulkDevices);
    QList<KnownDevice> bulk;
    for (int i = 1; i <= kBulkDevices; ++i) {
        const bool spare = i == kBulkDevices;
        bulk.append({QStringLiteral("dev_bulk_%1").arg(i),
                     QString::number(i, 16).rightJustified(64, QLatin1Char('0')),
                     spare ? QStringLiteral("Spare") : QStringLiteral("Bulk-%1").arg(i),
                     i % 2 == 1 ? QStringLiteral("Android 14") : QStringLiteral("iOS 17"),
                     now - 30 * kDay + i, now - (i % 50) * 60, std::nullopt});
    }

    const auto totalOf = [this, &bulkId](const QString& query) {
        lp::proto::DevicePage page;
        fetchPage(bulkId, query, {}, 1, &page);
        return page.total;
    };
    QCOMPARE(shown(totalOf({})), qint64(kBulkDevices)); // unfiltered: always exact
    QCOMPARE(shown(totalOf(QStringLiteral("status=active"))), qint64(-1)); // more than 10,000 match
    QCOMPARE(shown(totalOf(QStringLiteral("q=000"))), qint64(-1)); // every hash starts with zeros
    QCOMPARE(shown(totalOf(QStringLiteral("q=a"))), qint64(5001)); // Android; no hash starts with a
    QCOMPARE(shown(totalOf(QStringLiteral("q=bulk&status=active"))), qint64(10000)); // exactly 10,000
    QCOMPARE(shown(totalOf(QStringLiteral("q=BULK-1000"))), qint64(2)); // Bulk-1000, Bulk-10000
    QCOMPARE(shown(totalOf(QStringLiteral("q=ios"))), qint64(5000));
    QCOMPARE(shown(totalOf(QStringLiteral("status=offline"))), qint64(0));
    QCOMPARE(shown(totalOf(QStringLiteral("status=released"))), qint64(0));

    // Many matches: every page of each walk is complete and in order, with and without an exact total.
    struct Case
    {
        QString query;
        Order order;
        Filter filter;
        std::optional<qint64> total;
    };
    const QList<Case> cases {
        {QStringLiteral("q=bulk&sort=name"),
         {QStringLiteral("name"), false},
         [](const KnownDevice& d) { return d.name.startsWith(QLatin1String("Bulk")); },
         10000},
        {QStringLiteral("status=active&sort=first_registered"),
         {QStringLiteral("first_registered"), true},
         [](const KnownDevice&) { return true; },
         std::nullopt},
        {QStringLiteral("status=active&sort=last_seen&order=asc"),
         {QStringLiteral("last_seen"), false},
         [](const KnownDevice&) { return true; },
         std::nullopt},
        {QStringLiteral("q=000&sort=name&order=desc"),
         {QStringLiteral("name"), true},
         [](const KnownDevice&) { return true; },
         std::nullopt},
    };
    for (const Case& c : cases) {
        Walk listing;
        walk(bulkId, c.query, 500, &listing);
        if (QTest::currentTestFailed()) {
            return;
        }
        const auto want = expectedList(bulk, c.filter, c.order);
        QCOMPARE(listing.pages, int((want.size() + 499) / 500));
        QCOMPARE(idsOf(listing.items), idsOf(want));
        for (const auto& total : std::as_const(listing.totals)) {
            QCOMPARE(shown(total), shown(c.total));
        }
    }
}

void TestDeviceList::anotherAccountsLicenseIsNotFound()
{
    const QString missing = QStringLiteral("lic_doesnotexist0000000000000000");
    for (const QString& suffix : {QString(), QStringLiteral("?status=gone")}) {
        for (const auto& path : {&TestDeviceList::devicesPath, &TestDeviceList::previewPath}) {
            const HttpReply foreign = get(path(m_otherLicenseId) + suffix, m_bearer);
            const HttpReply absent = get(path(missing) + suffix, m_bearer);
            QCOMPARE(foreign.status, 404);
            QCOMPARE(absent.status, 404);
            QVERIFY(foreign.header("Content-Type").startsWith(lp::api::kProblemContentType));
            QCOMPARE(foreign.problemType(), lp::proto::problem::typeUri(lp::proto::problem::kNotFound));
            QCOMPARE(foreign.json(), absent.json());
            // And the other way round.
            QCOMPARE(get(path(m_licenseId) + suffix, m_otherBearer).json(), absent.json());
        }
    }
    // Its owner sees it.
    const HttpReply own = get(devicesPath(m_otherLicenseId), m_otherBearer);
    QCOMPARE(own.status, 200);
    const QJsonArray items = own.json().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("B-Picker"));
    QCOMPARE(get(previewPath(m_otherLicenseId), m_otherBearer).status, 200);
}

void TestDeviceList::signInIsRequired()
{
    for (const auto& path : {&TestDeviceList::devicesPath, &TestDeviceList::previewPath}) {
        for (const QString& id : {m_licenseId, QStringLiteral("lic_doesnotexist")}) {
            for (const QByteArray& bearer : {QByteArray(), QByteArray("Bearer forged-token")}) {
                const HttpReply reply = get(path(id), bearer);
                QCOMPARE(reply.status, 401);
                QVERIFY(reply.header("Content-Type").startsWith(lp::api::kProblemContentType));
                QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
                QCOMPARE(reply.problemType(), lp::proto::problem::typeUri(lp::proto::problem::kUnauthorized));
                QVERIFY(!reply.detail().isEmpty());
            }
        }
    }
}

void TestDeviceList::badQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("fields");
    const QStringList limit {QStringLiteral("limit")};
    const QStringList cursor {QStringLiteral("cursor")};
    QTest::newRow("limit 0") << "limit=0" << limit;
    QTest::newRow("limit 501") << "limit=501" << limit;
    QTest::newRow("limit abc") << "limit=abc" << limit;
    QTest::newRow("limit -1") << "limit=-1" << limit;
    QTest::newRow("limit 1.5") << "limit=1.5" << limit;
    QTest::newRow("limit empty") << "limit=" << limit;
    QTest::newRow("sort foo") << "sort=foo" << QStringList {QStringLiteral("sort")};
    QTest::newRow("order up") << "order=up" << QStringList {QStringLiteral("order")};
    QTest::newRow("status gone") << "status=gone" << QStringList {QStringLiteral("status")};
    QTest::newRow("q of 101 characters")
        << QStringLiteral("q=") + QString(101, QLatin1Char('a')) << QStringList {QStringLiteral("q")};
    QTest::newRow("two bad fields") << "limit=0&sort=foo"
                                    << QStringList {QStringLiteral("limit"), QStringLiteral("sort")};
    QTest::newRow("cursor not base64") << "cursor=%21%21%21" << cursor;
    QTest::newRow("cursor not JSON") << "cursor=bm90LWEtY3Vyc29y" << cursor;
    QTest::newRow("cursor too long") << QStringLiteral("cursor=") + QString(600, QLatin1Char('A')) << cursor;
    QTest::newRow("cursor of three parts") << QStringLiteral("cursor=")
            + cursorOf({QStringLiteral("last_seen"), QStringLiteral("desc"), 1700000000})
                                           << cursor;
    QTest::newRow("cursor with a fractional time") << QStringLiteral("cursor=")
            + cursorOf({QStringLiteral("last_seen"), QStringLiteral("desc"), 1.5, QStringLiteral("dev_x")})
                                                   << cursor;
    QTest::newRow("cursor with a number for a name") << QStringLiteral("sort=name&cursor=")
            + cursorOf({QStringLiteral("name"), QStringLiteral("asc"), 5, QStringLiteral("dev_x")})
                                                     << cursor;
    QTest::newRow("cursor without an id") << QStringLiteral("cursor=")
            + cursorOf({QStringLiteral("last_seen"), QStringLiteral("desc"), 1700000000, 7})
                                          << cursor;
}

void TestDeviceList::badQueries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, fields);
    const HttpReply reply = get(devicesPath(m_licenseId) + QLatin1Char('?') + query, m_bearer);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Content-Type").startsWith(lp::api::kProblemContentType));
    QCOMPARE(reply.problemType(), lp::proto::problem::typeUri(lp::proto::problem::kValidation));
    QStringList named;
    for (const QJsonValue& error : reply.json().value(QLatin1String("errors")).toArray()) {
        named.append(error.toObject().value(QLatin1String("field")).toString());
        QVERIFY(!error.toObject().value(QLatin1String("message")).toString().isEmpty());
    }
    QCOMPARE(named, fields);
    if (fields.size() == 1) {
        QVERIFY2(reply.detail().contains(QLatin1Char('"') + fields.first() + QLatin1Char('"')),
                 qPrintable(reply.detail()));
    }
}

void TestDeviceList::cursorsAreBoundToTheirSortAndOrder()
{
    lp::proto::DevicePage byName;
    fetchPage(m_licenseId, QStringLiteral("sort=name"), {}, 10, &byName);
    QVERIFY(!byName.nextCursor.isEmpty());
    const QString cursor = QStringLiteral("&cursor=") + percent(byName.nextCursor);
    const auto answer = [&](const QString& query) {
        return get(devicesPath(m_licenseId) + QStringLiteral("?limit=10&") + query + cursor, m_bearer);
    };
    // The same sort and order, also spelt out, go on; another sort or order is refused, naming the cursor.
    QCOMPARE(answer(QStringLiteral("sort=name")).status, 200);
    QCOMPARE(answer(QStringLiteral("sort=name&order=asc")).status, 200);
    for (const QString& other : {QStringLiteral("sort=last_seen"), QStringLiteral("sort=name&order=desc"),
                                 QStringLiteral("sort=first_registered&order=asc")}) {
        const HttpReply refused = answer(other);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.problemType(), lp::proto::problem::typeUri(lp::proto::problem::kValidation));
        QCOMPARE(refused.json()
                     .value(QLatin1String("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("field"))
                     .toString(),
                 QStringLiteral("cursor"));
    }
    // A cursor of the default order works with that order named explicitly.
    lp::proto::DevicePage newest;
    fetchPage(m_licenseId, {}, {}, 10, &newest);
    lp::proto::DevicePage next;
    fetchPage(m_licenseId, QStringLiteral("sort=last_seen&order=desc"), newest.nextCursor, 10, &next);
    QCOMPARE(next.items.size(), 10);
}

QTEST_GUILESS_MAIN(TestDeviceList)
#include "test_devicelist.moc"
