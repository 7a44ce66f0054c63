// The usage & quota pane as a user drives it, offscreen, against a real demo server (18 months of usage):
// Ctrl+3, choose a per-scan key, change range and granularity with the keyboard, read the burn-down's
// forecast, compare the per-format bars with the report, point at the trend, switch keys while an answer
// is under way, then a per-device key, and every key of the demo with the charts its data calls for.
#include "BarcodeFormats.h"
#include "DemoSignIn.h"
#include "LicenseModel.h"
#include "MainWindow.h"
#include "PortalController.h"
#include "QuotaOverview.h"
#include "TestServer.h"
#include "UsageModel.h"
#include "UsagePane.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using lp::UsageModel;
using lp::ui::PortalController;

namespace {
constexpr int kWait = 20000;
}

class TestUsagePane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctrl3ShowsThePane();
    void perScanKeyShowsTrendBurnDownAndFormats();
    void rangeAndGranularityReloadWithTheKeyboard();
    void hoveringThePlotTellsTheValue();
    void switchingKeysNeverShowsTheOldKeysUsage();
    void perDeviceKeyShowsTheAllowance();
    void darkPaletteRestylesTheCharts();
    void everyKeyShowsChartsOrSaysWhy();

private:
    template<typename T>
    T* child(const char* name)
    {
        return m_pane->findChild<T*>(QLatin1String(name));
    }
    QString licenseId(const QString& product) const;
    bool settled()
    {
        return !m_usage->isLoading() && m_usage->licenseId() == m_pane->selectedLicenseId()
            && !child<QWidget>("usageBusyBar")->isVisible();
    }
    QChart* chart(const char* name) { return child<QChartView>(name)->chart(); }
    template<typename T>
    T* series(const char* chartName, const char* seriesName)
    {
        const auto all = chart(chartName)->series();
        for (QAbstractSeries* s : all) {
            if (s->objectName() == QLatin1String(seriesName)) {
                return qobject_cast<T*>(s);
            }
        }
        return nullptr;
    }
    // Waits for the pane to settle and checks that the trend has one point per row of the model.
    void checkTrendMatchesModel();

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalController> m_portal;
    lp::ui::UsagePane* m_pane = nullptr;
    UsageModel* m_usage = nullptr;
};

void TestUsagePane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("portal.ini"));
    options.silentSignIn = false;
    m_portal = std::make_unique<PortalController>(options);
    m_portal->start();
    QVERIFY(signInAsDemo(*m_portal, m_server.baseUrl()));
    m_pane = m_portal->usagePane();
    m_usage = m_portal->usageModel();
    QVERIFY(QTest::qWaitForWindowExposed(m_portal->mainWindow()));
}

void TestUsagePane::cleanupTestCase()
{
    m_portal.reset();
}

QString TestUsagePane::licenseId(const QString& product) const
{
    for (const auto& license : m_portal->licenseModel()->licenses()) {
        if (license.product == product) {
            return license.id;
        }
    }
    return {};
}

void TestUsagePane::checkTrendMatchesModel()
{
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kWait);
    QVERIFY(m_usage->rowCount() > 0);
    auto* trend = series<QAreaSeries>("usageTrendChart", "usageTrendSeries");
    QVERIFY(trend);
    QCOMPARE(trend->upperSeries()->count(), m_usage->rowCount());
    for (int row : {0, m_usage->rowCount() - 1}) {
        QCOMPARE(qint64(trend->upperSeries()->at(row).y()),
                 m_usage->index(row, UsageModel::TotalColumn).data(UsageModel::ValueRole).toLongLong());
    }
}

void TestUsagePane::ctrl3ShowsThePane()
{
    lp::ui::MainWindow* window = m_portal->mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(m_pane->isVisible());
    // Every key is offered, per-device and per-scan.
    QCOMPARE(child<QComboBox>("usageLicenseCombo")->count(), m_portal->licenseModel()->rowCount());
}

void TestUsagePane::perScanKeyShowsTrendBurnDownAndFormats()
{
    const QString server = licenseId(QStringLiteral("Barcode Reader SDK – Server"));
    auto* licenses = child<QComboBox>("usageLicenseCombo");
    licenses->setCurrentIndex(licenses->findText(QStringLiteral("Barcode Reader SDK – Server")));
    QCOMPARE(m_pane->selectedLicenseId(), server);
    QVERIFY(child<QWidget>("scanSettingsButton")->isVisible());
    // Last 90 days, by day.
    QCOMPARE(child<QComboBox>("usageRangeCombo")->currentText(), QStringLiteral("Last 90 days"));
    QCOMPARE(child<QComboBox>("usageGranularityCombo")->currentText(), QStringLiteral("Day"));
    checkTrendMatchesModel();
    QCOMPARE(m_usage->rowCount(), 90);
    QVERIFY(child<QChartView>("usageTrendChart")->isVisible());

    // The burn-down: used so far, a forecast, the quota line, and the sentence that says what happens.
    lp::QuotaOverview* quota = m_portal->quotaOverview();
    QTRY_VERIFY_WITH_TIMEOUT(quota->licenseId() == server && quota->status().has_value(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("burnDownChart")->isVisible(), kWait);
    const lp::BurnDown burnDown = quota->burnDown();
    auto* actual = series<QLineSeries>("burnDownChart", "burnDownActual");
    auto* forecast = series<QLineSeries>("burnDownChart", "burnDownForecast");
    auto* quotaLine = series<QLineSeries>("burnDownChart", "burnDownQuota");
    QVERIFY(actual && forecast && quotaLine);
    QCOMPARE(actual->count(), burnDown.actual.size());
    QCOMPARE(forecast->count(), burnDown.forecast.size());
    QVERIFY(forecast->pen().style() == Qt::DashLine);
    QCOMPARE(quotaLine->at(0).y(), 100000.0);
    const QString sentence = child<QLabel>("burnDownLabel")->text();
    QVERIFY2(burnDown.exhaustedAt ? sentence.contains(QLatin1String("runs out on"))
                                  : sentence.contains(QLatin1String("will lapse on")),
             qPrintable(sentence));
    if (!burnDown.exhaustedAt && burnDown.lapsing > 0) {
        QVERIFY2(
            sentence.contains(QLocale().toString(burnDown.lapsing) + QLatin1String(" credits will lapse")),
            qPrintable(sentence));
    }

    // One bar per format of the report, most scanned on top, named as people know them.
    const lp::proto::UsageReport& report = m_usage->report();
    QVERIFY(report.formats.size() >= 2);
    QVERIFY(report.formats.size() <= 8);
    auto* bars = series<QHorizontalBarSeries>("formatChart", "formatSeries");
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 1);
    QCOMPARE(bars->barSets().first()->count(), report.formats.size());
    auto* axis = chart("formatChart")->findChild<QBarCategoryAxis*>(QStringLiteral("formatAxis"));
    QVERIFY(axis);
    const QStringList categories = axis->categories();
    for (qsizetype i = 0; i < report.formats.size(); ++i) {
        const qsizetype bar = report.formats.size() - 1 - i;
        QVERIFY2(categories.at(bar).startsWith(lp::barcodeFormatName(report.formats.at(i))),
                 qPrintable(categories.at(bar)));
        QCOMPARE(qint64(bars->barSets().first()->at(bar)), report.totalOf(report.formats.at(i)));
    }
    QVERIFY(categories.last().endsWith(QLatin1Char('%')));
}

void TestUsagePane::rangeAndGranularityReloadWithTheKeyboard()
{
    auto* range = child<QComboBox>("usageRangeCombo");
    auto* granularity = child<QComboBox>("usageGranularityCombo");
    range->setFocus();
    QTest::keyClick(range, Qt::Key_Down); // Last 90 days → Last 12 months, by week
    QCOMPARE(range->currentText(), QStringLiteral("Last 12 months"));
    QCOMPARE(granularity->currentText(), QStringLiteral("Week"));
    checkTrendMatchesModel();
    QVERIFY(m_usage->rowCount() >= 52 && m_usage->rowCount() <= 54);

    granularity->setFocus();
    QTest::keyClick(granularity, Qt::Key_Down); // Week → Month
    QCOMPARE(granularity->currentText(), QStringLiteral("Month"));
    checkTrendMatchesModel();
    QCOMPARE(m_usage->rowCount(), 13); // twelve months back from today touch 13 calendar months

    range->setFocus();
    QTest::keyClick(range, Qt::Key_End); // Last 3 years, by month
    QCOMPARE(granularity->currentText(), QStringLiteral("Month"));
    checkTrendMatchesModel();
    QCOMPARE(m_usage->rowCount(), 37);
    // The demo has 18 months of usage: the oldest months are empty, and still drawn as zero.
    QCOMPARE(m_usage->index(0, UsageModel::TotalColumn).data(UsageModel::ValueRole).toLongLong(), 0);

    QTest::keyClick(range, Qt::Key_Home); // Last 30 days, by day
    QCOMPARE(granularity->currentText(), QStringLiteral("Day"));
    checkTrendMatchesModel();
    QCOMPARE(m_usage->rowCount(), 30);
}

void TestUsagePane::hoveringThePlotTellsTheValue()
{
    auto* view = child<QChartView>("usageTrendChart");
    auto* trend = series<QAreaSeries>("usageTrendChart", "usageTrendSeries");
    QVERIFY(trend);
    // Below a point of the line, inside the filled area.
    const int row = m_usage->rowCount() / 2;
    const QPointF point = trend->upperSeries()->at(row);
    const QPointF inside(point.x(), point.y() / 2);
    const QPoint at
        = view->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(inside, trend)));
    QTest::mouseMove(view->viewport(), at);
    const QString expected = UsageModel::bucketLabel(
        m_usage->index(row, 0).data(UsageModel::BucketStartRole).toDate(), m_usage->report().granularity);
    QTRY_VERIFY2(child<QLabel>("usageHoverLabel")->text().startsWith(expected + QLatin1String(": ")),
                 qPrintable(child<QLabel>("usageHoverLabel")->text()));
    const qint64 total
        = m_usage->index(row, UsageModel::TotalColumn).data(UsageModel::ValueRole).toLongLong();
    QVERIFY(child<QLabel>("usageHoverLabel")->text().contains(QLocale().toString(total)));
}

void TestUsagePane::switchingKeysNeverShowsTheOldKeysUsage()
{
    auto* trend = child<QChartView>("usageTrendChart");
    auto* stack = m_pane->findChild<QStackedWidget*>();
    auto* empty = child<QLabel>("usageEmptyLabel");
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kWait);
    const QString server = m_pane->selectedLicenseId();
    QCOMPARE(server, licenseId(QStringLiteral("Barcode Reader SDK – Server")));
    QVERIFY(trend->isVisible());

    // Another range of the same key keeps its trend until the answer replaces it: no blank flash.
    m_pane->setRange(lp::ui::UsagePane::Range::Days90);
    QVERIFY(m_usage->isLoading());
    QCOMPARE(m_usage->licenseId(), server);
    QVERIFY(trend->isVisible());

    // Another key while that answer is under way (seconds for a big fleet): the server key's rows are gone at
    // once, so its trend cannot pass for the fleet's.
    const QString fleet = licenseId(QStringLiteral("Warehouse Scanner Fleet"));
    QVERIFY(m_pane->selectLicense(fleet));
    QVERIFY(m_usage->isLoading());
    QCOMPARE(m_usage->pendingLicenseId(), fleet);
    QVERIFY(m_usage->licenseId().isEmpty());
    QCOMPARE(m_usage->rowCount(), 0);
    QVERIFY(!trend->isVisible());
    QVERIFY(!child<QWidget>("formatChart")->isVisible());
    QVERIFY(!child<QWidget>("burnDownChart")->isVisible());
    QCOMPARE(stack->currentWidget(), empty);
    QCOMPARE(empty->text(), QStringLiteral("Loading usage…"));

    // Then the fleet's own trend, and the answer for the server key never shows up.
    checkTrendMatchesModel();
    QCOMPARE(m_usage->licenseId(), fleet);
    QVERIFY(m_usage->report().deviceAllowance.has_value());
    QVERIFY(trend->isVisible());
}

void TestUsagePane::perDeviceKeyShowsTheAllowance()
{
    const QString fleet = licenseId(QStringLiteral("Warehouse Scanner Fleet"));
    QVERIFY(m_pane->selectLicense(fleet));
    QVERIFY(!child<QWidget>("scanSettingsButton")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_usage->report().deviceAllowance.has_value(), kWait);
    QTRY_VERIFY(child<QWidget>("allowanceChart")->isVisible());
    QVERIFY(!child<QWidget>("burnDownChart")->isVisible());
    auto* devices = series<QLineSeries>("allowanceChart", "allowanceSeries");
    auto* limit = series<QLineSeries>("allowanceChart", "allowanceLimit");
    QVERIFY(devices && limit);
    QCOMPARE(devices->count(), m_usage->rowCount());
    QCOMPARE(limit->at(0).y(), 200.0);
    const int last = m_usage->rowCount() - 1;
    QCOMPARE(qint64(devices->at(last).y()),
             m_usage->index(last, m_usage->devicesColumn()).data(UsageModel::ValueRole).toLongLong());
}

void TestUsagePane::darkPaletteRestylesTheCharts()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1d));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    m_pane->setPalette(dark);
    QCOMPARE(chart("allowanceChart")->backgroundBrush().color(), QColor(0x18, 0x1a, 0x1d));
    QCOMPARE(chart("allowanceChart")->titleBrush().color(), QColor(0xe8, 0xea, 0xed));
    m_pane->setPalette(QPalette());
    QCOMPARE(chart("allowanceChart")->backgroundBrush().color(), m_pane->palette().color(QPalette::Base));
}

void TestUsagePane::everyKeyShowsChartsOrSaysWhy()
{
    // The demo data reports scans in the last 90 days for every per-scan key (the expired one's last period
    // ended 40 days ago) and for one per-device key; the other keys have none. A chart hidden by mistake
    // must fail here, not pass for "No scans were reported".
    const QStringList withScans {QStringLiteral("Barcode Reader SDK – Server"),
                                 QStringLiteral("Label Recognizer"), QStringLiteral("Document Viewer – Web"),
                                 QStringLiteral("Warehouse Scanner Fleet")};
    m_pane->setRange(lp::ui::UsagePane::Range::Days90);
    auto* stack = m_pane->findChild<QStackedWidget*>();
    auto* empty = child<QLabel>("usageEmptyLabel");
    QStringList checked;
    for (const auto& license : m_portal->licenseModel()->licenses()) {
        QVERIFY(m_pane->selectLicense(license.id));
        QTRY_VERIFY_WITH_TIMEOUT(settled(), kWait);
        const QByteArray what = (license.product + QLatin1String(": ") + empty->text()).toUtf8();
        const bool perScan = license.type == lp::proto::LicenseType::PerScan;
        const bool scans = withScans.contains(license.product);
        // Each key has a quota or an allowance to show, scans or not.
        QVERIFY2(stack->currentWidget() != empty, what.constData());
        QVERIFY2(child<QWidget>("usageTrendChart")->isVisible() == scans, what.constData());
        QVERIFY2(child<QWidget>("formatChart")->isVisible() == scans, what.constData());
        QVERIFY2(child<QWidget>("usageNoScansLabel")->isVisible() == !scans, what.constData());
        QVERIFY2(child<QWidget>("burnDownChart")->isVisible() == perScan, what.constData());
        QVERIFY2(child<QWidget>("allowanceChart")->isVisible() == !perScan, what.constData());
        if (scans) {
            checkTrendMatchesModel();
            checked << license.product;
        }
        if (!perScan) {
            continue;
        }
        const QString sentence = child<QLabel>("burnDownLabel")->text();
        QVERIFY2(!sentence.contains(QLatin1String("could not be loaded")), qPrintable(sentence));
        // A forecast only for a period still running: an expired key's last period has none, and no legend
        // entry for one either.
        const bool running = license.status == lp::proto::LicenseStatus::Active;
        QVERIFY2((series<QLineSeries>("burnDownChart", "burnDownForecast") != nullptr) == running,
                 what.constData());
        // By its series: the markers' own visibility also follows the legend's layout.
        bool forecastInLegend = false;
        for (QLegendMarker* marker : chart("burnDownChart")->legend()->markers()) {
            forecastInLegend = forecastInLegend
                || (marker->label() == QLatin1String("Forecast") && marker->series()->isVisible());
        }
        QVERIFY2(forecastInLegend == running, what.constData());
        if (!running) {
            QVERIFY2(sentence.contains(QLatin1String("The period ended on")), qPrintable(sentence));
        }
    }
    // Every key named above is in the demo, so none of them was skipped.
    checked.sort();
    QStringList expected = withScans;
    expected.sort();
    QCOMPARE(checked, expected);
}

QTEST_MAIN(TestUsagePane)
#include "test_usagepane.moc"
