#include "Clock.h"
#include "Database.h"
#include "DeviceRefresher.h"
#include "DeviceRules.h"
#include "LicenseRecord.h"
#include "ServerMain.h"
#include "Storage.h"

#include <License.h>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using lp::proto::DeviceStatus;
using lp::server::Clock;
using lp::server::Database;
using lp::server::DeviceRefresher;
using lp::server::LicenseRecord;
using lp::server::SecretBox;
using lp::server::ServerMain;
using lp::server::Storage;
namespace DeviceRules = lp::server::DeviceRules;

namespace {
constexpr qint64 kDay = 24 * 3600;

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

qint64 at(const char* text)
{
    return utc(text).toSecsSinceEpoch();
}

QString hashOf(const QString& deviceId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(deviceId.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

// The device refresh job in process, on a real SQLite database, with a clock the test moves: the refresh at
// each cadence, running it again, catching up after downtime, released devices coming back, the lease
// boundaries and month-end term starts.
class TestDeviceRefresher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void refreshAtEachCadence_data();
    void refreshAtEachCadence();
    void catchesUpOnMissedRefreshesInOrder();
    void releasedDeviceRegisteringAgainTakesASeat();
    void leaseExpiresAtExactlySevenDays();
    void monthEndTermStartsKeepTheirDay_data();
    void monthEndTermStartsKeepTheirDay();
    void perScanLicensesAreNotRefreshed();

private:
    QString addLicense(qint64 termStart, std::optional<int> months,
                       lp::proto::LicenseType type = lp::proto::LicenseType::PerDevice);
    // A device last seen at `lastSeen` (registered 30 days before), optionally released already.
    QString addDevice(const QString& licenseId, qint64 lastSeen, std::optional<qint64> releasedAt = {});
    Storage::Device device(const QString& licenseId, const QString& deviceId);
    std::optional<qint64> releasedAt(const QString& licenseId, const QString& deviceId)
    {
        return device(licenseId, deviceId).releasedAt;
    }
    LicenseRecord license(const QString& id);
    DeviceRefresher::Result runAt(qint64 now);

    qint64 m_now = 0;
    Clock m_clock {[this] { return m_now; }};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::optional<SecretBox> m_secrets;
    std::unique_ptr<Storage> m_storage;
    int m_serial = 0;
};

void TestDeviceRefresher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = at("2024-01-01T00:00:00Z");
    QString error;
    m_database = ServerMain::openDatabase(m_dir->filePath(QStringLiteral("refresh.sqlite")), m_clock, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_secrets
        = ServerMain::openSecretKey(*m_database, m_dir->filePath(QStringLiteral("refresh.key")), &error);
    QVERIFY2(m_secrets, qPrintable(error));
    m_storage = std::make_unique<Storage>(*m_database, *m_secrets);
    m_storage->insertAccount(QStringLiteral("acc_refresh"), QStringLiteral("Refresh Test"), m_now);
}

void TestDeviceRefresher::cleanup()
{
    m_storage.reset();
    m_secrets.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestDeviceRefresher::addLicense(qint64 termStart, std::optional<int> months,
                                        lp::proto::LicenseType type)
{
    LicenseRecord record;
    ++m_serial;
    record.id = QStringLiteral("lic_%1").arg(m_serial);
    record.accountId = QStringLiteral("acc_refresh");
    record.product = QStringLiteral("Barcode Reader SDK");
    record.handshakeCode = QStringLiteral("100%1-000000").arg(m_serial, 6, 10, QLatin1Char('0'));
    record.licenseKey = QStringLiteral("t0068NQAAAKEY%1").arg(m_serial);
    record.type = lp::proto::toWire(type);
    record.termStart = termStart;
    record.termEnd = termStart + 5 * 366 * kDay;
    if (type == lp::proto::LicenseType::PerDevice) {
        record.deviceAllowance = 100;
        record.deviceRefreshMonths = months;
    } else {
        record.scanQuota = 1000;
        record.quotaPeriod = QStringLiteral("monthly");
    }
    record.createdAt = termStart;
    m_storage->insertLicense(record);
    return record.id;
}

QString TestDeviceRefresher::addDevice(const QString& licenseId, qint64 lastSeen,
                                       std::optional<qint64> releasedAt)
{
    ++m_serial;
    Storage::Device added;
    added.id = QStringLiteral("dev_%1").arg(m_serial);
    added.licenseId = licenseId;
    added.deviceHash = hashOf(added.id);
    added.name = QStringLiteral("Device %1").arg(m_serial);
    added.platform = QStringLiteral("Android 14");
    added.sdkVersion = QStringLiteral("10.4.2");
    added.firstSeen = lastSeen - 30 * kDay;
    added.lastSeen = lastSeen;
    added.releasedAt = releasedAt;
    m_storage->insertDevice(added);
    return added.id;
}

Storage::Device TestDeviceRefresher::device(const QString& licenseId, const QString& deviceId)
{
    const auto found = m_storage->deviceOf(licenseId, hashOf(deviceId));
    if (!found) {
        qWarning() << "no device" << deviceId;
        return {};
    }
    return *found;
}

LicenseRecord TestDeviceRefresher::license(const QString& id)
{
    const auto found = m_storage->licenseById(id);
    if (!found) {
        qWarning() << "no license" << id;
        return {};
    }
    return *found;
}

DeviceRefresher::Result TestDeviceRefresher::runAt(qint64 now)
{
    m_now = now;
    return DeviceRefresher(*m_storage, m_clock).run();
}

void TestDeviceRefresher::refreshAtEachCadence_data()
{
    QTest::addColumn<int>("months"); // 0: not set
    QTest::addColumn<QDateTime>("first");
    QTest::addColumn<QDateTime>("second");
    QTest::newRow("every 3 months") << 3 << utc("2025-04-15T09:00:00Z") << utc("2025-07-15T09:00:00Z");
    QTest::newRow("every 6 months") << 6 << utc("2025-07-15T09:00:00Z") << utc("2026-01-15T09:00:00Z");
    QTest::newRow("every 12 months") << 12 << utc("2026-01-15T09:00:00Z") << utc("2027-01-15T09:00:00Z");
    QTest::newRow("not set: yearly") << 0 << utc("2026-01-15T09:00:00Z") << utc("2027-01-15T09:00:00Z");
}

void TestDeviceRefresher::refreshAtEachCadence()
{
    QFETCH(int, months);
    QFETCH(QDateTime, first);
    QFETCH(QDateTime, second);
    const qint64 start = at("2025-01-15T09:00:00Z");
    const qint64 firstAt = first.toSecsSinceEpoch();
    const qint64 secondAt = second.toSecsSinceEpoch();
    const QString id = addLicense(start, months ? std::optional<int>(months) : std::nullopt);
    const QString gone = addDevice(id, start - kDay); // not seen since the term started
    const QString atStart = addDevice(id, start); // seen at the very start: "since", not before
    const QString early = addDevice(id, start + 3600); // seen early in the first period only
    const QString late = addDevice(id, firstAt - 1); // seen a second before the first refresh
    const QString returning = addDevice(id, start + 7200); // checks in again after the first refresh
    const qint64 earlierRelease = start - 10 * kDay;
    const QString old = addDevice(id, start - 400 * kDay, earlierRelease); // released in an earlier term
    QCOMPARE(license(id).devicesInUse, 5);

    const auto schedule = DeviceRules::refreshScheduleOf(license(id));
    QCOMPARE(schedule.months, months ? months : 12);
    QCOMPARE(schedule.lastRun, Clock::fromSeconds(start));
    QCOMPARE(schedule.next, first);
    // What the preview names is what the refresh will release.
    QCOMPARE(m_storage->countDevicesNotSeenSince(id, start, start), 1);
    QCOMPARE(m_storage->devicesNotSeenSince(id, start, start, 100).size(), 1);
    QCOMPARE(m_storage->devicesNotSeenSince(id, start, start, 100).first().id, gone);

    // A second before the refresh date nothing happens.
    auto result = runAt(firstAt - 1);
    QCOMPARE(result.licensesRefreshed, 0);
    QCOMPARE(result.devicesReleased, 0);
    QVERIFY(!license(id).lastDeviceRefresh);
    QVERIFY(!releasedAt(id, gone));
    QCOMPARE(license(id).devicesInUse, 5);

    // At the date, the device not seen since the term started is released, at that date.
    result = runAt(firstAt);
    QCOMPARE(result.licensesRefreshed, 1);
    QCOMPARE(result.devicesReleased, 1);
    QCOMPARE(releasedAt(id, gone), std::optional<qint64>(firstAt));
    for (const QString& kept : {atStart, early, late, returning}) {
        QVERIFY2(!releasedAt(id, kept), qPrintable(kept));
    }
    QCOMPARE(releasedAt(id, old), std::optional<qint64>(earlierRelease));
    QCOMPARE(license(id).devicesInUse, 4);
    QCOMPARE(license(id).lastDeviceRefresh, std::optional<qint64>(firstAt));
    QCOMPARE(DeviceRules::refreshScheduleOf(license(id)).next, second);

    // Running again, at once or later in the period, changes nothing.
    for (const qint64 again : {firstAt, firstAt + kDay, secondAt - 1}) {
        result = runAt(again);
        QCOMPARE(result.licensesRefreshed, 0);
        QCOMPARE(result.devicesReleased, 0);
    }
    QCOMPARE(license(id).devicesInUse, 4);
    QCOMPARE(license(id).lastDeviceRefresh, std::optional<qint64>(firstAt));
    QCOMPARE(releasedAt(id, gone), std::optional<qint64>(firstAt));

    // One device checks in after the first refresh; the others not seen since it go at the second.
    QVERIFY(m_storage->touchDevice(id, hashOf(returning), firstAt + kDay)); // a heartbeat
    const auto named = m_storage->devicesNotSeenSince(id, firstAt, firstAt, 100);
    QCOMPARE(m_storage->countDevicesNotSeenSince(id, firstAt, firstAt), 3);
    QCOMPARE(named.size(), 3);
    // Least recently seen first.
    QCOMPARE(named.at(0).id, atStart);
    QCOMPARE(named.at(1).id, early);
    QCOMPARE(named.at(2).id, late);
    result = runAt(secondAt);
    QCOMPARE(result.licensesRefreshed, 1);
    QCOMPARE(result.devicesReleased, 3);
    for (const QString& released : {atStart, early, late}) {
        QCOMPARE(releasedAt(id, released), std::optional<qint64>(secondAt));
    }
    QVERIFY(!releasedAt(id, returning));
    QCOMPARE(releasedAt(id, gone), std::optional<qint64>(firstAt));
    QCOMPARE(license(id).devicesInUse, 1);
    QCOMPARE(license(id).lastDeviceRefresh, std::optional<qint64>(secondAt));
    QCOMPARE(runAt(secondAt).devicesReleased, 0);
}

void TestDeviceRefresher::catchesUpOnMissedRefreshesInOrder()
{
    // Quarterly from 2025-01-15: refreshes due on Apr 15, Jul 15, Oct 15 and Jan 15, all missed while the
    // server was down until Jan 25, 2026. Each runs in turn, releasing what was not seen since the one
    // before.
    const qint64 start = at("2025-01-15T00:00:00Z");
    const qint64 r1 = at("2025-04-15T00:00:00Z");
    const qint64 r2 = at("2025-07-15T00:00:00Z");
    const qint64 r3 = at("2025-10-15T00:00:00Z");
    const qint64 r4 = at("2026-01-15T00:00:00Z");
    const QString id = addLicense(start, 3);
    const QString a = addDevice(id, start - kDay); // released at r1
    const QString f = addDevice(id, r1 - kDay); // seen in the first quarter: released at r2
    const QString b = addDevice(id, r1 + kDay); // released at r3
    const QString c = addDevice(id, r2 + kDay); // released at r4
    const QString d = addDevice(id, r3 + kDay); // seen since r3: kept
    const QString e = addDevice(id, r4 + kDay); // seen after the last refresh due: kept
    // A yearly license of the same term misses its one refresh.
    const QString yearly = addLicense(start, std::nullopt);
    const QString g = addDevice(yearly, start - kDay); // released at r4
    const QString h = addDevice(yearly, r3 + kDay); // kept
    QCOMPARE(license(id).devicesInUse, 6);

    const auto result = runAt(at("2026-01-25T00:00:00Z"));
    QCOMPARE(result.licensesRefreshed, 2);
    QCOMPARE(result.devicesReleased, 5);
    QCOMPARE(releasedAt(id, a), std::optional<qint64>(r1));
    QCOMPARE(releasedAt(id, f), std::optional<qint64>(r2));
    QCOMPARE(releasedAt(id, b), std::optional<qint64>(r3));
    QCOMPARE(releasedAt(id, c), std::optional<qint64>(r4));
    QVERIFY(!releasedAt(id, d));
    QVERIFY(!releasedAt(id, e));
    QCOMPARE(license(id).devicesInUse, 2);
    QCOMPARE(license(id).lastDeviceRefresh, std::optional<qint64>(r4));
    QCOMPARE(DeviceRules::refreshScheduleOf(license(id)).next, utc("2026-04-15T00:00:00Z"));
    QCOMPARE(releasedAt(yearly, g), std::optional<qint64>(r4));
    QVERIFY(!releasedAt(yearly, h));
    QCOMPARE(license(yearly).devicesInUse, 1);
    QCOMPARE(license(yearly).lastDeviceRefresh, std::optional<qint64>(r4));

    // Caught up: running again releases nothing more.
    const auto again = runAt(at("2026-01-25T01:00:00Z"));
    QCOMPARE(again.licensesRefreshed, 0);
    QCOMPARE(again.devicesReleased, 0);
    QCOMPARE(license(id).devicesInUse, 2);
}

void TestDeviceRefresher::releasedDeviceRegisteringAgainTakesASeat()
{
    const qint64 start = at("2025-03-01T00:00:00Z");
    const qint64 r1 = at("2025-09-01T00:00:00Z");
    const qint64 r2 = at("2026-03-01T00:00:00Z");
    const qint64 r3 = at("2026-09-01T00:00:00Z");
    const QString id = addLicense(start, 6);
    const QString x = addDevice(id, start - kDay);
    const QString y = addDevice(id, start + kDay);
    QCOMPARE(runAt(r1).devicesReleased, 1);
    QCOMPARE(license(id).devicesInUse, 1);

    // Three days later x registers again (as DeviceRoutes does for a released device): it takes a seat.
    m_now = r1 + 3 * kDay;
    Storage::Device comeback = device(id, x);
    QVERIFY(comeback.releasedAt);
    comeback.name = QStringLiteral("Picker-07 (repaired)");
    comeback.lastSeen = m_clock.nowSeconds();
    comeback.releasedAt.reset();
    m_storage->registerDeviceAgain(comeback, true);
    QCOMPARE(license(id).devicesInUse, 2);
    const Storage::Device back = device(id, x);
    QVERIFY(!back.releasedAt);
    QCOMPARE(back.lastSeen, r1 + 3 * kDay);
    QCOMPARE(back.name, QStringLiteral("Picker-07 (repaired)"));
    QCOMPARE(DeviceRules::statusAt(back.lastSeen, back.releasedAt, m_clock.nowSeconds()),
             DeviceStatus::Active);
    // A known device that was never released registers again without a second seat.
    Storage::Device known = device(id, y);
    known.lastSeen = m_clock.nowSeconds();
    m_storage->registerDeviceAgain(known, false);
    QCOMPARE(license(id).devicesInUse, 2);

    // Both were seen since r1: the refresh at r2 runs and keeps them; at r3 neither was seen since r2.
    auto result = runAt(r2);
    QCOMPARE(result.licensesRefreshed, 1);
    QCOMPARE(result.devicesReleased, 0);
    QCOMPARE(license(id).lastDeviceRefresh, std::optional<qint64>(r2));
    QCOMPARE(license(id).devicesInUse, 2);
    result = runAt(r3);
    QCOMPARE(result.devicesReleased, 2);
    QCOMPARE(releasedAt(id, x), std::optional<qint64>(r3));
    QCOMPARE(license(id).devicesInUse, 0);
}

void TestDeviceRefresher::leaseExpiresAtExactlySevenDays()
{
    const qint64 seen = at("2025-03-10T12:00:00Z");
    const QString id = addLicense(seen - 30 * kDay, 12);
    const QString deviceId = addDevice(id, seen);
    struct Case
    {
        qint64 after;
        DeviceStatus status;
    };
    const Case cases[] = {
        {0, DeviceStatus::Active},
        {kDay - 1, DeviceStatus::Active},
        {kDay, DeviceStatus::Offline},
        {7 * kDay - 1, DeviceStatus::Offline},
        {7 * kDay, DeviceStatus::LeaseExpired},
        {30 * kDay, DeviceStatus::LeaseExpired},
    };
    for (const Case& c : cases) {
        m_now = seen + c.after;
        const qint64 now = m_clock.nowSeconds();
        QCOMPARE(DeviceRules::statusAt(seen, std::nullopt, now), c.status);
        QCOMPARE(DeviceRules::statusAt(seen, seen + 1, now), DeviceStatus::Released);
        // The lease the list shows ends 7 days after the last check-in: exactly when the status turns.
        QCOMPARE(seen + DeviceRules::kLeaseSeconds <= now, c.status == DeviceStatus::LeaseExpired);
        // The status filter of the device list draws the same lines.
        for (const DeviceStatus filter : {DeviceStatus::Active, DeviceStatus::Offline,
                                          DeviceStatus::LeaseExpired, DeviceStatus::Released}) {
            Storage::DeviceQuery query;
            query.licenseId = id;
            query.status = filter;
            query.now = now;
            const auto page = m_storage->devices(query);
            QCOMPARE(page.devices.size(), filter == c.status ? 1 : 0);
            QCOMPARE(page.total, std::optional<qint64>(filter == c.status ? 1 : 0));
            if (filter == c.status) {
                QCOMPARE(page.devices.first().id, deviceId);
            }
        }
    }
}

void TestDeviceRefresher::monthEndTermStartsKeepTheirDay_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QStringList>("refreshes");
    QTest::newRow("Jan 31, quarterly") << utc("2025-01-31T12:00:00Z") << 3
                                       << QStringList {"2025-04-30T12:00:00Z", "2025-07-31T12:00:00Z",
                                                       "2025-10-31T12:00:00Z", "2026-01-31T12:00:00Z"};
    QTest::newRow("Aug 31, half-yearly over a leap February")
        << utc("2023-08-31T06:30:00Z") << 6
        << QStringList {"2024-02-29T06:30:00Z", "2024-08-31T06:30:00Z", "2025-02-28T06:30:00Z",
                        "2025-08-31T06:30:00Z"};
    QTest::newRow("Feb 29, yearly") << utc("2024-02-29T00:00:00Z") << 12
                                    << QStringList {"2025-02-28T00:00:00Z", "2026-02-28T00:00:00Z",
                                                    "2027-02-28T00:00:00Z", "2028-02-29T00:00:00Z"};
    QTest::newRow("Nov 30, quarterly") << utc("2024-11-30T23:59:59Z") << 3
                                       << QStringList {"2025-02-28T23:59:59Z", "2025-05-30T23:59:59Z",
                                                       "2025-08-30T23:59:59Z", "2025-11-30T23:59:59Z"};
}

void TestDeviceRefresher::monthEndTermStartsKeepTheirDay()
{
    QFETCH(QDateTime, start);
    QFETCH(int, months);
    QFETCH(QStringList, refreshes);
    const QString id = addLicense(start.toSecsSinceEpoch(), months);
    // Each device is seen a second before one refresh and never again: the next refresh releases it.
    QString previous = addDevice(id, start.toSecsSinceEpoch() - kDay);
    for (const QString& text : std::as_const(refreshes)) {
        const qint64 due = utc(text.toLatin1().constData()).toSecsSinceEpoch();
        QCOMPARE(DeviceRules::refreshScheduleOf(license(id)).next, Clock::fromSeconds(due));
        const QString seenJustBefore = addDevice(id, due - 1);
        // Not a second early (a day drifting to the 28th or 30th would run here) …
        QCOMPARE(runAt(due - 1).licensesRefreshed, 0);
        QVERIFY(!license(id).lastDeviceRefresh || *license(id).lastDeviceRefresh < due);
        // … and on the dot.
        const auto result = runAt(due);
        QCOMPARE(result.licensesRefreshed, 1);
        QCOMPARE(result.devicesReleased, 1);
        QCOMPARE(releasedAt(id, previous), std::optional<qint64>(due));
        QVERIFY(!releasedAt(id, seenJustBefore));
        QCOMPARE(license(id).lastDeviceRefresh, std::optional<qint64>(due));
        previous = seenJustBefore;
    }
    QCOMPARE(license(id).devicesInUse, 1);
}

void TestDeviceRefresher::perScanLicensesAreNotRefreshed()
{
    // Per-scan licenses have no device allowance, so there are no seats to free.
    const qint64 start = at("2025-01-15T00:00:00Z");
    const QString id = addLicense(start, std::nullopt, lp::proto::LicenseType::PerScan);
    const QString quiet = addDevice(id, start - kDay);
    const auto result = runAt(at("2027-06-01T00:00:00Z"));
    QCOMPARE(result.licensesRefreshed, 0);
    QVERIFY(!releasedAt(id, quiet));
    QVERIFY(!license(id).lastDeviceRefresh);
}

QTEST_GUILESS_MAIN(TestDeviceRefresher)
#include "test_devicerefresher.moc"
