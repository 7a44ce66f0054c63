#include "Clock.h"
#include "LicenseCalendar.h"
#include "LicenseRecord.h"
#include "LicenseRoutes.h"
#include "QuotaRules.h"

#include <QtTest>

using lp::server::Clock;
using lp::server::LicenseCalendar;
using lp::server::LicenseRecord;
using lp::server::LicenseRoutes;
namespace QuotaRules = lp::server::QuotaRules;

namespace {
QDateTime utc(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}
} // namespace

class TestLicenseCalendar : public QObject
{
    Q_OBJECT

private slots:
    void addMonthsClampsWithoutDrift();
    void monthlyPeriods_data();
    void monthlyPeriods();
    void annualPeriodOnLeapDay();
    void nextRefresh_data();
    void nextRefresh();
    void dayOfIsUtcMidnight();
    void licenseStatusAndNullFields();
    void expiredLicenseUsesItsLastPeriod();
    void fixedClock();
};

void TestLicenseCalendar::addMonthsClampsWithoutDrift()
{
    const QDateTime anchor = utc("2025-01-31T10:00:00Z");
    QCOMPARE(LicenseCalendar::addMonths(anchor, 1), utc("2025-02-28T10:00:00Z"));
    // From the anchor, not from Feb 28: March keeps the 31st.
    QCOMPARE(LicenseCalendar::addMonths(anchor, 2), utc("2025-03-31T10:00:00Z"));
    QCOMPARE(LicenseCalendar::addMonths(anchor, 3), utc("2025-04-30T10:00:00Z"));
    QCOMPARE(LicenseCalendar::addMonths(anchor, 13), utc("2026-02-28T10:00:00Z"));
    QCOMPARE(LicenseCalendar::addMonths(utc("2024-01-31T00:00:00Z"), 1), utc("2024-02-29T00:00:00Z"));
}

void TestLicenseCalendar::monthlyPeriods_data()
{
    QTest::addColumn<QDateTime>("anchor");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    const QDateTime a = utc("2025-01-31T10:00:00Z");
    QTest::newRow("first period") << a << utc("2025-02-10T00:00:00Z") << a << utc("2025-02-28T10:00:00Z");
    QTest::newRow("exactly at a start")
        << a << utc("2025-02-28T10:00:00Z") << utc("2025-02-28T10:00:00Z") << utc("2025-03-31T10:00:00Z");
    QTest::newRow("a second before a start")
        << a << utc("2025-03-31T09:59:59Z") << utc("2025-02-28T10:00:00Z") << utc("2025-03-31T10:00:00Z");
    QTest::newRow("clamped in April")
        << a << utc("2025-05-15T00:00:00Z") << utc("2025-04-30T10:00:00Z") << utc("2025-05-31T10:00:00Z");
    QTest::newRow("before the anchor")
        << a << utc("2024-12-01T00:00:00Z") << a << utc("2025-02-28T10:00:00Z");
    QTest::newRow("years later") << a << utc("2027-12-31T11:00:00Z") << utc("2027-12-31T10:00:00Z")
                                 << utc("2028-01-31T10:00:00Z");
    const QDateTime mid = utc("2025-03-15T08:30:00Z");
    QTest::newRow("same day, earlier time")
        << mid << utc("2025-06-15T08:00:00Z") << utc("2025-05-15T08:30:00Z") << utc("2025-06-15T08:30:00Z");
}

void TestLicenseCalendar::monthlyPeriods()
{
    QFETCH(QDateTime, anchor);
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    const auto period = LicenseCalendar::periodContaining(anchor, 1, at);
    QCOMPARE(period.start, start);
    QCOMPARE(period.end, end);
}

void TestLicenseCalendar::annualPeriodOnLeapDay()
{
    const QDateTime anchor = utc("2024-02-29T12:00:00Z");
    const auto period = LicenseCalendar::periodContaining(anchor, 12, utc("2025-06-01T00:00:00Z"));
    QCOMPARE(period.start, utc("2025-02-28T12:00:00Z"));
    QCOMPARE(period.end, utc("2026-02-28T12:00:00Z"));
    QCOMPARE(LicenseCalendar::periodContaining(anchor, 12, utc("2028-03-01T00:00:00Z")).start,
             utc("2028-02-29T12:00:00Z"));
}

void TestLicenseCalendar::nextRefresh_data()
{
    QTest::addColumn<QDateTime>("anchor");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime a = utc("2025-08-31T00:00:00Z");
    QTest::newRow("12 months") << a << 12 << utc("2025-09-01T00:00:00Z") << utc("2026-08-31T00:00:00Z");
    QTest::newRow("6 months, clamped")
        << a << 6 << utc("2025-09-01T00:00:00Z") << utc("2026-02-28T00:00:00Z");
    QTest::newRow("6 months, second") << a << 6 << utc("2026-03-01T00:00:00Z") << utc("2026-08-31T00:00:00Z");
    QTest::newRow("3 months, exactly at one")
        << a << 3 << utc("2025-11-30T00:00:00Z") << utc("2026-02-28T00:00:00Z");
    QTest::newRow("at the anchor") << a << 3 << a << utc("2025-11-30T00:00:00Z");
    QTest::newRow("anchor in the future")
        << a << 12 << utc("2025-01-01T00:00:00Z") << utc("2026-08-31T00:00:00Z");
}

void TestLicenseCalendar::nextRefresh()
{
    QFETCH(QDateTime, anchor);
    QFETCH(int, months);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    const QDateTime next = LicenseCalendar::nextOccurrenceAfter(anchor, months, now);
    QCOMPARE(next, expected);
    QVERIFY(next > now);
}

void TestLicenseCalendar::dayOfIsUtcMidnight()
{
    QCOMPARE(LicenseCalendar::dayOf(utc("2025-03-15T23:59:59Z")),
             utc("2025-03-15T00:00:00Z").toSecsSinceEpoch());
    QCOMPARE(LicenseCalendar::dayOf(utc("2025-03-15T23:30:00-02:00")),
             utc("2025-03-16T00:00:00Z").toSecsSinceEpoch());
}

void TestLicenseCalendar::licenseStatusAndNullFields()
{
    const QDateTime now = utc("2026-05-10T12:00:00Z");
    LicenseRecord record;
    record.id = QStringLiteral("lic_x");
    record.type = QStringLiteral("per_device");
    record.termStart = utc("2026-01-31T00:00:00Z").toSecsSinceEpoch();
    record.termEnd = utc("2027-01-31T00:00:00Z").toSecsSinceEpoch();
    record.deviceAllowance = 10;
    record.devicesInUse = 4;
    record.deviceRefreshMonths = 3;
    // The refresh due on 2026-04-30 has not run yet: it is the next one until it has.
    QCOMPARE(LicenseRoutes::toWire(record, 0, now).nextDeviceRefresh, utc("2026-04-30T00:00:00Z"));
    record.lastDeviceRefresh = utc("2026-04-30T00:00:00Z").toSecsSinceEpoch();
    auto license = LicenseRoutes::toWire(record, 0, now);
    QCOMPARE(license.status, lp::proto::LicenseStatus::Active);
    QCOMPARE(license.nextDeviceRefresh, utc("2026-07-31T00:00:00Z"));
    QCOMPARE(license.devicesInUse, 4);
    QVERIFY(!license.scanQuota && !license.scansUsed && !license.quotaPeriod);

    record.deviceRefreshMonths.reset(); // the default cadence is yearly
    record.lastDeviceRefresh.reset();
    QCOMPARE(LicenseRoutes::toWire(record, 0, now).deviceRefreshMonths, 12);
    QCOMPARE(*LicenseRoutes::toWire(record, 0, now).nextDeviceRefresh, utc("2027-01-31T00:00:00Z"));

    record.termEnd = now.toSecsSinceEpoch(); // term_end <= now is expired
    QCOMPARE(LicenseRoutes::toWire(record, 0, now).status, lp::proto::LicenseStatus::Expired);
    record.suspended = true; // suspension wins over expiry
    QCOMPARE(LicenseRoutes::toWire(record, 0, now).status, lp::proto::LicenseStatus::Suspended);

    LicenseRecord scans;
    scans.type = QStringLiteral("per_scan");
    scans.termStart = record.termStart;
    scans.termEnd = utc("2027-01-31T00:00:00Z").toSecsSinceEpoch();
    scans.scanQuota = 1000;
    scans.quotaPeriod = QStringLiteral("monthly");
    license = LicenseRoutes::toWire(scans, 250, now);
    QCOMPARE(license.scansUsed, 250);
    QCOMPARE(license.quotaPeriod, lp::proto::QuotaPeriod::Monthly);
    QVERIFY(!license.deviceAllowance && !license.devicesInUse && !license.deviceRefreshMonths
            && !license.nextDeviceRefresh);
    const auto [start, end] = QuotaRules::periodOf(scans, now);
    QCOMPARE(start, utc("2026-04-30T00:00:00Z"));
    QCOMPARE(end, utc("2026-05-31T00:00:00Z"));
}

void TestLicenseCalendar::expiredLicenseUsesItsLastPeriod()
{
    LicenseRecord scans;
    scans.type = QStringLiteral("per_scan");
    scans.termStart = utc("2025-01-15T00:00:00Z").toSecsSinceEpoch();
    scans.termEnd = utc("2026-01-15T00:00:00Z").toSecsSinceEpoch();
    scans.quotaPeriod = QStringLiteral("monthly");
    const auto [start, end] = QuotaRules::periodOf(scans, utc("2026-03-01T00:00:00Z"));
    QCOMPARE(start, utc("2025-12-15T00:00:00Z"));
    QCOMPARE(end, utc("2026-01-15T00:00:00Z"));
}

void TestLicenseCalendar::fixedClock()
{
    const Clock clock = Clock::fixed(utc("2026-05-10T12:00:00Z"));
    QCOMPARE(clock.now(), utc("2026-05-10T12:00:00Z"));
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    QVERIFY(qAbs(Clock().nowSeconds() - QDateTime::currentSecsSinceEpoch()) <= 1);
}

QTEST_GUILESS_MAIN(TestLicenseCalendar)
#include "test_licensecalendar.moc"
