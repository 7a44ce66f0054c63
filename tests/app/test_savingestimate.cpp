// SavingEstimate: the share of a usage history that pre-scan settings would have left undecoded, and
// its sentence; barcodeFormatName with it.
#include "BarcodeFormats.h"
#include "SavingEstimate.h"

#include <QtTest>

using namespace lp;

namespace {
// 90 days in three monthly buckets: 39,800 scans, of which 12,345 are neither QR Code nor Code 128.
proto::UsageReport history()
{
    proto::UsageReport report;
    report.from = QDate(2026, 1, 2);
    report.to = report.from.addDays(89);
    report.granularity = proto::UsageGranularity::Month;
    report.formats = {QStringLiteral("QR_CODE"), QStringLiteral("CODE_128"), QStringLiteral("EAN_13"),
                      QStringLiteral("UPC_A")};
    report.items = {
        {QDate(2026, 1, 1),
         13000,
         {{QStringLiteral("QR_CODE"), 8000},
          {QStringLiteral("CODE_128"), 1000},
          {QStringLiteral("EAN_13"), 4000}},
         std::nullopt},
        {QDate(2026, 2, 1),
         14000,
         {{QStringLiteral("QR_CODE"), 9000},
          {QStringLiteral("CODE_128"), 1455},
          {QStringLiteral("EAN_13"), 3545}},
         std::nullopt},
        {QDate(2026, 3, 1),
         12800,
         {{QStringLiteral("QR_CODE"), 7000},
          {QStringLiteral("CODE_128"), 1000},
          {QStringLiteral("EAN_13"), 4000},
          {QStringLiteral("UPC_A"), 800}},
         std::nullopt},
    };
    return report;
}

proto::ScanSettings allowing(const QStringList& formats)
{
    proto::ScanSettings settings = proto::ScanSettings::defaults();
    settings.formats = formats;
    return settings;
}
} // namespace

class TestSavingEstimate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void formatNames()
    {
        QCOMPARE(barcodeFormatName(QStringLiteral("QR_CODE")), QStringLiteral("QR Code"));
        QCOMPARE(barcodeFormatName(QStringLiteral("CODE_128")), QStringLiteral("Code 128"));
        QCOMPARE(barcodeFormatName(QStringLiteral("DATA_MATRIX")), QStringLiteral("Data Matrix"));
        QCOMPARE(barcodeFormatName(QStringLiteral("PDF_417")), QStringLiteral("PDF417"));
        QCOMPARE(barcodeFormatName(QStringLiteral("EAN_13")), QStringLiteral("EAN-13"));
        QCOMPARE(barcodeFormatName(QStringLiteral("UPC_A")), QStringLiteral("UPC-A"));
        QCOMPARE(barcodeFormatName(QStringLiteral("GS1_DATABAR")), QStringLiteral("GS1 DataBar"));
        QCOMPARE(barcodeFormatName(QStringLiteral("DOTCODE")), QStringLiteral("DOTCODE"));
        for (const QString& format : proto::ScanSettings::knownFormats()) {
            QVERIFY2(barcodeFormatName(format) != format || format == QLatin1String("ITF"),
                     qPrintable(format));
        }
    }

    void allowingFewFormatsNamesThem()
    {
        const auto estimate = SavingEstimate::of(
            history(), allowing({QStringLiteral("QR_CODE"), QStringLiteral("CODE_128")}));
        QCOMPARE(estimate.totalScans, 39800);
        QCOMPARE(estimate.savedScans, 12345);
        QCOMPARE(estimate.excludedFormats, QStringList({QStringLiteral("EAN_13"), QStringLiteral("UPC_A")}));
        QCOMPARE(estimate.historyDays, 90);
        QCOMPARE(estimate.percent(), 31); // 31.02%
        QVERIFY2(estimate.sentence().startsWith(
                     QStringLiteral("Allowing only QR Code and Code 128 would have saved 31% of the scans "
                                    "of the last 90 day(s) (12,345 of 39,800).")),
                 qPrintable(estimate.sentence()));
        QVERIFY(estimate.sentence().contains(QLatin1String("regions")));
        QVERIFY(estimate.sentence().contains(QLatin1String("confidence")));
    }

    void allowingManyFormatsNamesTheExcludedOnes()
    {
        QStringList formats = proto::ScanSettings::knownFormats();
        formats.removeAll(QStringLiteral("UPC_A"));
        const auto estimate = SavingEstimate::of(history(), allowing(formats));
        QCOMPARE(estimate.savedScans, 800);
        QCOMPARE(estimate.percent(), 2); // 2.01%
        QVERIFY2(
            estimate.sentence().startsWith(QStringLiteral(
                "Leaving out UPC-A would have saved 2% of the scans of the last 90 day(s) (800 of 39,800).")),
            qPrintable(estimate.sentence()));
    }

    void percentRoundsToNearest()
    {
        SavingEstimate estimate;
        estimate.totalScans = 200;
        estimate.savedScans = 1; // 0.5%
        QCOMPARE(estimate.percent(), 1);
        estimate.savedScans = 199; // 99.5%
        QCOMPARE(estimate.percent(), 100);
        estimate.savedScans = 3; // 1.5%
        QCOMPARE(estimate.percent(), 2);
        estimate.totalScans = 1000;
        estimate.savedScans = 4; // 0.4%
        QCOMPARE(estimate.percent(), 0);
    }

    void allAllowedSavesNothing()
    {
        const auto estimate = SavingEstimate::of(history(), proto::ScanSettings::defaults());
        QCOMPARE(estimate.savedScans, 0);
        QCOMPARE(estimate.percent(), 0);
        QVERIFY(estimate.excludedFormats.isEmpty());
        QVERIFY2(estimate.sentence().contains(QLatin1String("saved none of the 39,800 scans in that time.")),
                 qPrintable(estimate.sentence()));
        // Formats never scanned do not count, whether allowed or not.
        const auto used = SavingEstimate::of(history(),
                                             allowing({QStringLiteral("QR_CODE"), QStringLiteral("CODE_128"),
                                                       QStringLiteral("EAN_13"), QStringLiteral("UPC_A")}));
        QCOMPARE(used.percent(), 0);
    }

    void noHistory()
    {
        proto::UsageReport empty = history();
        empty.formats.clear();
        for (auto& bucket : empty.items) {
            bucket.total = 0;
            bucket.byFormat.clear();
        }
        const auto estimate = SavingEstimate::of(empty, allowing({QStringLiteral("QR_CODE")}));
        QCOMPARE(estimate.totalScans, 0);
        QCOMPARE(estimate.percent(), 0);
        QVERIFY2(estimate.sentence().startsWith(QStringLiteral("There were no scans in the last 90 day(s)")),
                 qPrintable(estimate.sentence()));
        // Before the history has loaded at all.
        QCOMPARE(SavingEstimate::of({}, allowing({QStringLiteral("QR_CODE")})).percent(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSavingEstimate)
#include "test_savingestimate.moc"
