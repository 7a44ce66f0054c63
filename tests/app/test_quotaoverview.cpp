// QuotaOverview: the burn-down and forecast arithmetic on hand-made periods, and one load from a real
// license-server with the demo data.
#include "Clock.h"
#include "DemoAccount.h"
#include "QuotaOverview.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lp;

namespace {
constexpr int kWait = DemoAccount::kWait;
const QDateTime kPeriodStart(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
const QDateTime kPeriodEnd(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
const QDateTime kNow(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC);

// March 1 to 10 with 1,000 scans a day, 500 so far on the 11th: 10,500 of 30,000 used.
proto::QuotaStatus status(qint64 used, double dailyRate)
{
    proto::QuotaStatus quota;
    quota.periodStart = kPeriodStart;
    quota.periodEnd = kPeriodEnd;
    quota.quota = 30000;
    quota.used = used;
    quota.remaining = std::max<qint64>(0, quota.quota - used);
    quota.dailyRate = dailyRate;
    quota.lapsing = 1234;
    return quota;
}

proto::UsageReport days()
{
    proto::UsageReport report;
    report.from = kPeriodStart.date();
    report.to = kNow.date();
    for (QDate day = report.from; day <= report.to; day = day.addDays(1)) {
        const qint64 total = day == kNow.date() ? 500 : 1000;
        report.items.append({day, total, {{QStringLiteral("QR_CODE"), total}}, std::nullopt});
    }
    report.formats = {QStringLiteral("QR_CODE")};
    return report;
}

QDateTime dayEnd(int dayOfMarch)
{
    return QDateTime(QDate(2026, 3, dayOfMarch + 1), QTime(0, 0), Qt::UTC);
}
} // namespace

class TestQuotaOverview : public QObject
{
    Q_OBJECT

private slots:
    void actualIsCumulativePerDay()
    {
        const BurnDown burnDown = QuotaOverview::burnDownOf(status(10500, 1000), days(), kNow);
        QCOMPARE(burnDown.quota, 30000);
        QCOMPARE(burnDown.lapsing, 1234);
        QCOMPARE(burnDown.periodStart, kPeriodStart);
        QCOMPARE(burnDown.periodEnd, kPeriodEnd);
        QCOMPARE(burnDown.actual.size(), 12); // the start, the end of March 1..10, now
        QCOMPARE(burnDown.actual.first().at, kPeriodStart);
        QCOMPARE(burnDown.actual.first().used, 0.0);
        for (int day = 1; day <= 10; ++day) {
            QCOMPARE(burnDown.actual.at(day).at, dayEnd(day));
            QCOMPARE(burnDown.actual.at(day).used, 1000.0 * day);
        }
        QCOMPARE(burnDown.actual.last().at, kNow);
        QCOMPARE(burnDown.actual.last().used, 10500.0);
        QVERIFY(!burnDown.isExhausted());
    }

    void actualNeverOvertakesTheStatus()
    {
        // Scans counted between reading the quota and the days: the status wins.
        const BurnDown burnDown = QuotaOverview::burnDownOf(status(9500, 1000), days(), kNow);
        QCOMPARE(burnDown.actual.at(10).used, 9500.0);
        QCOMPARE(burnDown.actual.last().used, 9500.0);
    }

    void forecastEndsAtExhaustion()
    {
        // 19,500 left at 1,000 a day: 19.5 days after March 11, 12:00 the server forecasts March 31, 00:00.
        const QDateTime exhausted(QDate(2026, 3, 31), QTime(0, 0), Qt::UTC);
        proto::QuotaStatus running = status(10500, 1000);
        running.forecastExhaustedAt = exhausted;
        const BurnDown burnDown = QuotaOverview::burnDownOf(running, days(), kNow);
        QCOMPARE(burnDown.exhaustedAt, std::optional<QDateTime>(exhausted));
        QCOMPARE(burnDown.forecast.size(), 2);
        QCOMPARE(burnDown.forecast.first().at, kNow);
        QCOMPARE(burnDown.forecast.first().used, 10500.0);
        QCOMPARE(burnDown.forecast.last().at, exhausted);
        QCOMPARE(burnDown.forecast.last().used, 30000.0);
    }

    void forecastEndsAtPeriodEnd()
    {
        // 20.5 days left at 500 a day: 10,250 more, the quota lasts.
        const BurnDown burnDown = QuotaOverview::burnDownOf(status(10500, 500), days(), kNow);
        QVERIFY(!burnDown.exhaustedAt);
        QCOMPARE(burnDown.forecast.size(), 2);
        QCOMPARE(burnDown.forecast.last().at, kPeriodEnd);
        QCOMPARE(burnDown.forecast.last().used, 20750.0);
    }

    void zeroRateStaysFlat()
    {
        const BurnDown burnDown = QuotaOverview::burnDownOf(status(10500, 0), days(), kNow);
        QVERIFY(!burnDown.exhaustedAt);
        QCOMPARE(burnDown.forecast.last().at, kPeriodEnd);
        QCOMPARE(burnDown.forecast.last().used, 10500.0);
    }

    void alreadyExhausted()
    {
        const BurnDown burnDown = QuotaOverview::burnDownOf(status(31000, 1000), days(), kNow);
        QVERIFY(burnDown.isExhausted());
        QVERIFY(!burnDown.exhaustedAt);
        QVERIFY(burnDown.forecast.isEmpty());
        QCOMPARE(burnDown.actual.last().used, 31000.0);
    }

    void afterThePeriodNothingIsForecast()
    {
        // An expired license's last period: the line stops at its end.
        const BurnDown burnDown
            = QuotaOverview::burnDownOf(status(10500, 1000), days(), kPeriodEnd.addDays(40));
        QCOMPARE(burnDown.actual.last().at, kPeriodEnd);
        QCOMPARE(burnDown.actual.last().used, 10500.0);
        QVERIFY(!burnDown.exhaustedAt);
        QVERIFY(burnDown.forecast.isEmpty());
        // The very end of the period is after it too, and a run-out day the server still sends is past.
        proto::QuotaStatus ended = status(10500, 1000);
        ended.forecastExhaustedAt = kPeriodEnd.addDays(-1);
        const BurnDown atTheEnd = QuotaOverview::burnDownOf(ended, days(), kPeriodEnd);
        QVERIFY(atTheEnd.forecast.isEmpty());
        QVERIFY(!atTheEnd.exhaustedAt);
    }

    void loadsFromTheDemoServer()
    {
        DemoAccount demo;
        QVERIFY(demo.start());
        const proto::License perScan = demo.license(QStringLiteral("Barcode Reader SDK \u2013 Server"));
        const proto::License perDevice = demo.license(QStringLiteral("Warehouse Scanner Fleet"));
        QVERIFY(!perScan.id.isEmpty() && !perDevice.id.isEmpty());

        SystemClock clock;
        QuotaOverview overview(&demo.api(), &clock);
        QSignalSpy loaded(&overview, &QuotaOverview::loaded);
        QSignalSpy failed(&overview, &QuotaOverview::failed);
        QSignalSpy notPerScan(&overview, &QuotaOverview::notPerScan);
        overview.load(perScan.id);
        QVERIFY(loaded.wait(kWait));
        QVERIFY(failed.isEmpty());
        const auto status = overview.status();
        QVERIFY(status);
        QCOMPARE(status->quota, 100000);
        QCOMPARE(status->used, perScan.scansUsed.value_or(-1));
        QVERIFY(status->used > 50000 && status->used < 75000); // the demo's period is about 62% used
        const BurnDown burnDown = overview.burnDown();
        QCOMPARE(burnDown.quota, 100000);
        QCOMPARE(burnDown.actual.first().at, status->periodStart);
        QCOMPARE(burnDown.actual.last().used, double(status->used));
        for (qsizetype i = 1; i < burnDown.actual.size(); ++i) {
            QVERIFY(burnDown.actual.at(i).used >= burnDown.actual.at(i - 1).used);
            QVERIFY(burnDown.actual.at(i).at >= burnDown.actual.at(i - 1).at);
        }
        QVERIFY(!burnDown.forecast.isEmpty());
        QCOMPARE(burnDown.forecast.first().used, double(status->used));
        QVERIFY(burnDown.forecast.last().at <= status->periodEnd);

        overview.load(perDevice.id);
        QVERIFY(notPerScan.wait(kWait));
        QVERIFY(!overview.status());
        QCOMPARE(loaded.count(), 1);
        QVERIFY(failed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuotaOverview)
#include "test_quotaoverview.moc"
