#include "DeviceLease.h"
#include "QuotaStatus.h"
#include "ScanSettings.h"
#include "UsageQuery.h"
#include "UsageReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lp::proto;

namespace {
QJsonObject settingsJson(QJsonArray formats, QJsonArray regions, QJsonValue confidence)
{
    return {{"formats", formats}, {"regions", regions}, {"min_confidence", confidence}};
}

QJsonObject region(double left, double top, double right, double bottom)
{
    return {{"left", left}, {"top", top}, {"right", right}, {"bottom", bottom}};
}

// The field paths of the errors reading `json` as scan settings produces.
QStringList settingsErrors(const QJsonObject& json)
{
    FieldErrors errors;
    if (ScanSettings::fromJson(json, &errors)) {
        return {};
    }
    QStringList fields;
    for (const FieldError& error : errors) {
        fields.append(error.field);
    }
    return fields;
}
} // namespace

class TestUsageMessages : public QObject
{
    Q_OBJECT
private slots:
    void scanSettingsRoundTripInKnownOrder()
    {
        FieldErrors errors;
        const auto settings = ScanSettings::fromJson(
            settingsJson({"CODE_128", "QR_CODE"}, {region(10, 20.5, 90, 80)}, 65), &errors);
        QVERIFY2(settings, qPrintable(errors.isEmpty() ? QString() : errors.first().message));
        QCOMPARE(settings->formats, (QStringList {"QR_CODE", "CODE_128"}));
        QCOMPARE(settings->regions.first().top, 20.5);
        QCOMPARE(settings->minConfidence, 65);
        QVERIFY(settings->allows("QR_CODE"));
        QVERIFY(!settings->allows("EAN_13"));
        QCOMPARE(ScanSettings::fromJson(settings->toJson(), &errors), settings);

        const ScanSettings defaults = ScanSettings::defaults();
        QCOMPARE(defaults.formats, ScanSettings::knownFormats());
        QCOMPARE(defaults.regions, QList<ScanRegion> {ScanRegion {}});
        QCOMPARE(ScanSettings::fromJson(defaults.toJson(), &errors), defaults);
    }

    void scanSettingsRejections_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QStringList>("fields");
        const QJsonArray whole {region(0, 0, 100, 100)};
        QTest::newRow("unknown format")
            << settingsJson({"QR_CODE", "HOLOGRAM"}, whole, 0) << QStringList {"formats[1]"};
        QTest::newRow("lower-case format")
            << settingsJson({"qr_code"}, whole, 0) << QStringList {"formats[0]"};
        QTest::newRow("format twice")
            << settingsJson({"QR_CODE", "QR_CODE"}, whole, 0) << QStringList {"formats[1]"};
        QTest::newRow("no format") << settingsJson({}, whole, 0) << QStringList {"formats"};
        QTest::newRow("format not a string") << settingsJson({7}, whole, 0) << QStringList {"formats[0]"};
        QTest::newRow("no region") << settingsJson({"QR_CODE"}, {}, 0) << QStringList {"regions"};
        QTest::newRow("region past the right edge")
            << settingsJson({"QR_CODE"}, {region(50, 0, 100.5, 100)}, 0) << QStringList {"regions[0].right"};
        QTest::newRow("region above the frame")
            << settingsJson({"QR_CODE"}, {region(0, -1, 100, 100)}, 0) << QStringList {"regions[0].top"};
        QTest::newRow("empty region")
            << settingsJson({"QR_CODE"}, {region(0, 40, 100, 40)}, 0) << QStringList {"regions[0].bottom"};
        QTest::newRow("inverted region")
            << settingsJson({"QR_CODE"}, {region(60, 0, 40, 100)}, 0) << QStringList {"regions[0].right"};
        QTest::newRow("region as text") << settingsJson(
            {"QR_CODE"}, {QJsonObject {{"left", "0"}, {"top", 0}, {"right", 1}, {"bottom", 1}}}, 0)
                                        << QStringList {"regions[0].left"};
        QJsonArray nine;
        for (int i = 0; i < 9; ++i) {
            nine.append(region(0, 0, 10, 10));
        }
        QTest::newRow("nine regions") << settingsJson({"QR_CODE"}, nine, 0) << QStringList {"regions"};
        QTest::newRow("confidence 101")
            << settingsJson({"QR_CODE"}, whole, 101) << QStringList {"min_confidence"};
        QTest::newRow("confidence -1")
            << settingsJson({"QR_CODE"}, whole, -1) << QStringList {"min_confidence"};
        QTest::newRow("confidence 50.5")
            << settingsJson({"QR_CODE"}, whole, 50.5) << QStringList {"min_confidence"};
        QTest::newRow("confidence missing")
            << QJsonObject {{"formats", QJsonArray {"QR_CODE"}}, {"regions", whole}}
            << QStringList {"min_confidence"};
    }

    void scanSettingsRejections()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QStringList, fields);
        QCOMPARE(settingsErrors(json), fields);
    }

    void quotaStatusRoundTrips()
    {
        QuotaStatus status;
        status.period = QuotaPeriod::Annual;
        status.periodStart = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        status.periodEnd = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
        status.quota = 1'000'000;
        status.used = 400'000;
        status.remaining = 600'000;
        status.lapsing = 150'000;
        status.dailyRate = 1234.5;
        FieldErrors errors;
        QCOMPARE(QuotaStatus::fromJson(status.toJson(), &errors), status);
        QVERIFY(status.toJson().value("forecast_exhausted_at").isNull());
        status.forecastExhaustedAt = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QCOMPARE(QuotaStatus::fromJson(status.toJson(), &errors), status);
        QCOMPARE(status.toJson().value("period").toString(), QStringLiteral("annual"));

        QJsonObject inconsistent = status.toJson();
        inconsistent.insert("remaining", 2'000'000);
        QVERIFY(!QuotaStatus::fromJson(inconsistent, &errors));
    }

    void leaseCarriesQuotaAndSettings()
    {
        DeviceLease lease;
        lease.deviceHash = QString(64, QLatin1Char('a'));
        lease.leaseExpiresAt = QDateTime(QDate(2026, 12, 4), QTime(21, 0), Qt::UTC);
        lease.scanSettings.formats = {"QR_CODE"};
        FieldErrors errors;
        auto parsed = DeviceLease::fromJson(lease.toJson(), &errors);
        QVERIFY(parsed);
        QVERIFY(!parsed->quota);
        QCOMPARE(parsed->scanSettings, lease.scanSettings);

        lease.quota = QuotaStatus {};
        lease.quota->periodStart = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        lease.quota->periodEnd = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        lease.quota->quota = 10;
        lease.quota->used = 12;
        parsed = DeviceLease::fromJson(lease.toJson(), &errors);
        QVERIFY(parsed && parsed->quota);
        QCOMPARE(*parsed->quota, *lease.quota);
    }

    void usageQueryParses()
    {
        UsageQuery query;
        query.from = QDate(2025, 6, 1);
        query.to = QDate(2026, 11, 30);
        query.granularity = UsageGranularity::Week;
        FieldErrors errors;
        const auto parsed = UsageQuery::fromQuery(query.toQuery(), &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->from, query.from);
        QCOMPARE(parsed->to, query.to);
        QCOMPARE(parsed->granularity, UsageGranularity::Week);

        const auto fails = [](const QString& text) {
            FieldErrors queryErrors;
            return !UsageQuery::fromQuery(QUrlQuery(text), &queryErrors) && !queryErrors.isEmpty();
        };
        QVERIFY(fails("from=2026-01-01"));
        QVERIFY(fails("from=2026-01-10&to=2026-01-01"));
        QVERIFY(fails("from=2026-02-30&to=2026-03-01"));
        QVERIFY(fails("from=2026-1-1&to=2026-03-01"));
        QVERIFY(fails("from=2020-01-01&to=2026-01-01"));
        QVERIFY(fails("from=2026-01-01&to=2026-01-02&granularity=hour"));
        QVERIFY(!fails("from=2026-01-01&to=2026-01-01"));
    }

    void bucketsFollowTheCalendar()
    {
        // 2026-11-26 is a Thursday: its ISO week starts on Monday the 23rd.
        QCOMPARE(UsageQuery::bucketStart(QDate(2026, 11, 26), UsageGranularity::Week), QDate(2026, 11, 23));
        QCOMPARE(UsageQuery::bucketStart(QDate(2026, 11, 23), UsageGranularity::Week), QDate(2026, 11, 23));
        QCOMPARE(UsageQuery::bucketStart(QDate(2026, 11, 29), UsageGranularity::Week), QDate(2026, 11, 23));
        QCOMPARE(UsageQuery::bucketStart(QDate(2026, 2, 28), UsageGranularity::Month), QDate(2026, 2, 1));
        QCOMPARE(UsageQuery::nextBucket(QDate(2026, 1, 1), UsageGranularity::Month), QDate(2026, 2, 1));
        QCOMPARE(UsageQuery::nextBucket(QDate(2026, 12, 28), UsageGranularity::Week), QDate(2027, 1, 4));
    }

    void usageReportRoundTrips()
    {
        UsageReport report;
        report.from = QDate(2026, 10, 1);
        report.to = QDate(2026, 11, 27);
        report.granularity = UsageGranularity::Month;
        report.formats = {"QR_CODE", "EAN_13"};
        report.deviceAllowance = 100;
        report.items = {{QDate(2026, 10, 1), 30, {{"QR_CODE", 20}, {"EAN_13", 10}}, 40},
                        {QDate(2026, 11, 1), 5, {{"QR_CODE", 5}}, 42}};
        FieldErrors errors;
        const auto parsed = UsageReport::fromJson(report.toJson(), &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->items, report.items);
        QCOMPARE(parsed->formats, report.formats);
        QCOMPARE(parsed->total(), 35);
        QCOMPARE(parsed->totalOf("QR_CODE"), 25);

        QJsonObject unordered = report.toJson();
        QJsonArray items = unordered.value("items").toArray();
        unordered.insert("items", QJsonArray {items.at(1), items.at(0)});
        QVERIFY(!UsageReport::fromJson(unordered, &errors));
    }
};

QTEST_APPLESS_MAIN(TestUsageMessages)
#include "test_usagemessages.moc"
