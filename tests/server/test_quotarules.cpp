#include "Clock.h"
#include "Database.h"
#include "LicenseRecord.h"
#include "QuotaRules.h"
#include "ServerMain.h"
#include "Storage.h"

#include <License.h>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using lp::server::Clock;
using lp::server::Database;
using lp::server::LicenseRecord;
using lp::server::SecretBox;
using lp::server::ServerMain;
using lp::server::Storage;
namespace QuotaRules = lp::server::QuotaRules;

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
} // namespace

// The quota period rules on a real SQLite database with a clock the test sets: a new period starts with
// the full quota and unused credits lapse (nothing carries over); the forecast's arithmetic.
class TestQuotaRules : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newPeriodStartsFullAndNothingCarriesOver();
    void annualPeriodsAndTheLastPeriodOfAnExpiredLicense();
    void overuseLeavesNothingAndCountsEverything();
    void forecastArithmetic();
    void forecastRunsOutBeforePeriodEnd();
    void aTermEndingInsideAPeriodEndsIt();
    void noRecentScansMeansAllRemainingLapses();

private:
    LicenseRecord addLicense(const char* termStart, qint64 quota,
                             const QString& period = QStringLiteral("monthly"), int termDays = 366);
    // `count` scans of QR codes on the UTC day holding `day`.
    void scan(const LicenseRecord& license, const char* day, qint64 count);
    lp::proto::QuotaStatus statusAt(const LicenseRecord& license, const char* now)
    {
        return QuotaRules::statusOf(*m_storage, license, at(now));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::optional<SecretBox> m_secrets;
    std::unique_ptr<Storage> m_storage;
    int m_serial = 0;
};

void TestQuotaRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    const Clock clock = Clock::fixed(utc("2026-01-01T00:00:00Z"));
    m_database = ServerMain::openDatabase(m_dir->filePath(QStringLiteral("quota.sqlite")), clock, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_secrets = ServerMain::openSecretKey(*m_database, m_dir->filePath(QStringLiteral("quota.key")), &error);
    QVERIFY2(m_secrets, qPrintable(error));
    m_storage = std::make_unique<Storage>(*m_database, *m_secrets);
    m_storage->insertAccount(QStringLiteral("acc_quota"), QStringLiteral("Quota Test"),
                             at("2026-01-01T00:00:00Z"));
}

void TestQuotaRules::cleanup()
{
    m_storage.reset();
    m_secrets.reset();
    m_database.reset();
    m_dir.reset();
}

LicenseRecord TestQuotaRules::addLicense(const char* termStart, qint64 quota, const QString& period,
                                         int termDays)
{
    LicenseRecord record;
    ++m_serial;
    record.id = QStringLiteral("lic_%1").arg(m_serial);
    record.accountId = QStringLiteral("acc_quota");
    record.product = QStringLiteral("Barcode Reader SDK – Server");
    record.handshakeCode = QStringLiteral("200%1-000000").arg(m_serial, 6, 10, QLatin1Char('0'));
    record.licenseKey = QStringLiteral("t0068NQAAAKEY%1").arg(m_serial);
    record.type = lp::proto::toWire(lp::proto::LicenseType::PerScan);
    record.termStart = at(termStart);
    record.termEnd = record.termStart + termDays * kDay;
    record.scanQuota = quota;
    record.quotaPeriod = period;
    record.createdAt = record.termStart;
    m_storage->insertLicense(record);
    return record;
}

void TestQuotaRules::scan(const LicenseRecord& license, const char* day, qint64 count)
{
    m_storage->addScanUsage(license.id, at(day) / kDay * kDay, QStringLiteral("QR_CODE"), count);
}

void TestQuotaRules::newPeriodStartsFullAndNothingCarriesOver()
{
    // Monthly periods from the 15th at 09:00; 300 of 1,000 used in the January period.
    const LicenseRecord license = addLicense("2026-01-15T09:00:00Z", 1000);
    scan(license, "2026-01-15T10:00:00Z", 100);
    scan(license, "2026-02-01T10:00:00Z", 200);
    auto status = statusAt(license, "2026-02-10T12:00:00Z");
    QCOMPARE(status.periodStart, utc("2026-01-15T09:00:00Z"));
    QCOMPARE(status.periodEnd, utc("2026-02-15T09:00:00Z"));
    QCOMPARE(status.used, 300);
    QCOMPARE(status.remaining, 700);

    // One second into the next period: the full quota again; the 700 unused did not carry over.
    status = statusAt(license, "2026-02-15T09:00:01Z");
    QCOMPARE(status.periodStart, utc("2026-02-15T09:00:00Z"));
    QCOMPARE(status.periodEnd, utc("2026-03-15T09:00:00Z"));
    QCOMPARE(status.quota, 1000);
    QCOMPARE(status.used, 0);
    QCOMPARE(status.remaining, 1000);
    // Scans of the new period's first day count in it.
    scan(license, "2026-02-15T11:00:00Z", 40);
    QCOMPARE(statusAt(license, "2026-02-16T00:00:00Z").used, 40);
    // ... and not in the period before.
    QCOMPARE(statusAt(license, "2026-02-14T23:00:00Z").used, 300);
}

void TestQuotaRules::annualPeriodsAndTheLastPeriodOfAnExpiredLicense()
{
    // A one-year term: one annual period.
    const LicenseRecord license
        = addLicense("2026-01-31T00:00:00Z", 1'000'000, QStringLiteral("annual"), 365);
    scan(license, "2026-06-01T00:00:00Z", 250'000);
    auto status = statusAt(license, "2026-12-01T00:00:00Z");
    QCOMPARE(status.period, lp::proto::QuotaPeriod::Annual);
    QCOMPARE(status.periodEnd, utc("2027-01-31T00:00:00Z"));
    QCOMPARE(status.used, 250'000);

    // After the term ends the status is that of the last period, and all of what is left has lapsed.
    status = statusAt(license, "2027-03-01T00:00:00Z");
    QCOMPARE(status.periodStart, utc("2026-01-31T00:00:00Z"));
    QCOMPARE(status.remaining, 750'000);
    QCOMPARE(status.lapsing, 750'000);
    QCOMPARE(status.dailyRate, 0.0);
    QVERIFY(!status.forecastExhaustedAt);
}

void TestQuotaRules::overuseLeavesNothingAndCountsEverything()
{
    const LicenseRecord license = addLicense("2026-03-01T00:00:00Z", 1000);
    scan(license, "2026-03-02T00:00:00Z", 1200);
    const auto status = statusAt(license, "2026-03-05T00:00:00Z");
    QCOMPARE(status.used, 1200);
    QCOMPARE(status.remaining, 0);
    QCOMPARE(status.lapsing, 0);
    QVERIFY(!status.forecastExhaustedAt);
}

void TestQuotaRules::forecastArithmetic()
{
    // 28 days of 10 scans each before March 29 12:00 (the window is March 2 .. March 29, today included,
    // 27.5 days long): rate = 280 / 27.5 = 10.18 a day.
    const LicenseRecord license = addLicense("2026-01-01T00:00:00Z", 100'000);
    for (int day = 2; day <= 29; ++day) {
        m_storage->addScanUsage(license.id, at("2026-03-01T00:00:00Z") + (day - 1) * kDay,
                                QStringLiteral("EAN_13"), 10);
    }
    const auto status = statusAt(license, "2026-03-29T12:00:00Z");
    QCOMPARE(status.used, 280);
    QVERIFY(qAbs(status.dailyRate - 280.0 / 27.5) < 1e-9);
    // 2.5 days to April 1: 25.45 more scans forecast, so floor(99,720 - 25.45) = 99,694 lapse.
    QCOMPARE(status.lapsing, 99'694);
    QVERIFY(!status.forecastExhaustedAt);
}

void TestQuotaRules::forecastRunsOutBeforePeriodEnd()
{
    // 100 a day for the first 10 days of a 1,500 quota: at 100 a day, the 500 left last 5 days.
    const LicenseRecord license = addLicense("2026-04-01T00:00:00Z", 1500);
    for (int day = 0; day < 10; ++day) {
        m_storage->addScanUsage(license.id, at("2026-04-01T00:00:00Z") + day * kDay,
                                QStringLiteral("QR_CODE"), 100);
    }
    // The key is ten days old: the rate is that of its ten days, not of four weeks.
    const auto status = statusAt(license, "2026-04-11T00:00:00Z");
    QCOMPARE(status.remaining, 500);
    QCOMPARE(status.dailyRate, 100.0);
    QCOMPARE(status.lapsing, 0);
    QVERIFY(status.forecastExhaustedAt);
    QCOMPARE(*status.forecastExhaustedAt, utc("2026-04-16T00:00:00Z"));

    // Scans before the term (a previous one) do not make a young key's rate.
    const LicenseRecord renewed = addLicense("2026-04-01T00:00:00Z", 1500);
    scan(renewed, "2026-03-20T00:00:00Z", 10'000);
    scan(renewed, "2026-04-05T00:00:00Z", 200);
    QCOMPARE(statusAt(renewed, "2026-04-11T00:00:00Z").dailyRate, 20.0);
}

void TestQuotaRules::aTermEndingInsideAPeriodEndsIt()
{
    // Monthly periods from the 15th, but the term ends on June 1: the last period is May 15 to June 1.
    const LicenseRecord license = addLicense("2026-01-15T00:00:00Z", 3000, QStringLiteral("monthly"), 137);
    QCOMPARE(Clock::fromSeconds(license.termEnd), utc("2026-06-01T00:00:00Z"));
    scan(license, "2026-05-16T00:00:00Z", 1000);
    auto status = statusAt(license, "2026-05-21T00:00:00Z");
    QCOMPARE(status.periodStart, utc("2026-05-15T00:00:00Z"));
    QCOMPARE(status.periodEnd, utc("2026-06-01T00:00:00Z"));
    // 1,000 scans in the four weeks to May 21 (27 days): 37 a day, 11 days left.
    QVERIFY(qAbs(status.dailyRate - 1000.0 / 27) < 1e-9);
    QVERIFY(status.lapsing < status.remaining);
    // After the end: that period, all of what was left lapsed, nothing forecast.
    status = statusAt(license, "2026-06-10T00:00:00Z");
    QCOMPARE(status.periodEnd, utc("2026-06-01T00:00:00Z"));
    QCOMPARE(status.used, 1000);
    QCOMPARE(status.lapsing, 2000);
    QCOMPARE(status.dailyRate, 0.0);
}

void TestQuotaRules::noRecentScansMeansAllRemainingLapses()
{
    const LicenseRecord license = addLicense("2026-05-01T00:00:00Z", 5000);
    scan(license, "2026-01-01T00:00:00Z", 999); // long before: not in the rate window, not in the period
    const auto status = statusAt(license, "2026-05-20T00:00:00Z");
    QCOMPARE(status.used, 0);
    QCOMPARE(status.dailyRate, 0.0);
    QCOMPARE(status.lapsing, 5000);
    QVERIFY(!status.forecastExhaustedAt);
}

QTEST_GUILESS_MAIN(TestQuotaRules)
#include "test_quotarules.moc"
