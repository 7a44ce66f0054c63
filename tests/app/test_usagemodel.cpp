// UsageModel against a real license-server with the demo data (18 months of daily usage), under
// QAbstractItemModelTester: day, week and month buckets, per-format columns, the devices column of a
// per-device key, stale answers dropped, failures reported.
#include "Clock.h"
#include "DemoAccount.h"
#include "UsageModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace lp;

namespace {
constexpr int kWait = DemoAccount::kWait;

proto::UsageQuery lastDays(int days, proto::UsageGranularity granularity)
{
    proto::UsageQuery query;
    query.to = QDateTime::currentDateTimeUtc().date();
    query.from = query.to.addDays(1 - days);
    query.granularity = granularity;
    return query;
}

qint64 valueAt(const UsageModel& model, int row, int column)
{
    return model.data(model.index(row, column), UsageModel::ValueRole).toLongLong();
}

// Loads and checks what holds for every answer: the rows are the buckets, the formats add up to the total.
qint64 loadAndCheck(UsageModel& model, const QString& licenseId, const proto::UsageQuery& query)
{
    QSignalSpy loaded(&model, &UsageModel::loaded);
    model.load(licenseId, query);
    if (!loaded.wait(kWait)) {
        return -1;
    }
    const proto::UsageReport& report = model.report();
    qint64 total = 0;
    [&] {
        QCOMPARE(report.from, query.from);
        QCOMPARE(model.rowCount(), report.items.size());
        QCOMPARE(model.data(model.index(0, UsageModel::BucketColumn), UsageModel::BucketStartRole).toDate(),
                 proto::UsageQuery::bucketStart(query.from, query.granularity));
        QCOMPARE(model.data(model.index(model.rowCount() - 1, 0), UsageModel::BucketStartRole).toDate(),
                 proto::UsageQuery::bucketStart(query.to, query.granularity));
        for (int column = UsageModel::FirstFormatColumn;
             column < UsageModel::FirstFormatColumn + report.formats.size(); ++column) {
            const QString format
                = model.headerData(column, Qt::Horizontal, UsageModel::FormatRole).toString();
            QCOMPARE(model.formatColumn(format), column);
            QCOMPARE(model.data(model.index(0, column), UsageModel::FormatRole).toString(), format);
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            qint64 formats = 0;
            for (const QString& format : report.formats) {
                formats += valueAt(model, row, model.formatColumn(format));
            }
            const qint64 rowTotal = valueAt(model, row, UsageModel::TotalColumn);
            QCOMPARE(formats, rowTotal);
            QCOMPARE(model.data(model.index(row, UsageModel::TotalColumn)).toString(),
                     QLocale().toString(rowTotal));
            total += rowTotal;
        }
        QCOMPARE(total, report.total());
    }();
    return QTest::currentTestFailed() ? -1 : total;
}
} // namespace

class TestUsageModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_demo.start());
        m_perScan = m_demo.license(QStringLiteral("Barcode Reader SDK \u2013 Server")).id;
        m_fleet = m_demo.license(QStringLiteral("Warehouse Scanner Fleet"));
        QVERIFY(!m_perScan.isEmpty() && !m_fleet.id.isEmpty());
    }

    void dayWeekAndMonthAgree()
    {
        UsageModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &UsageModel::loadingChanged);

        // 120 days: the same scans by day, by ISO week and by month.
        const qint64 byDay = loadAndCheck(model, m_perScan, lastDays(120, proto::UsageGranularity::Day));
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.columnCount(), UsageModel::FirstFormatColumn + model.report().formats.size());
        QCOMPARE(model.devicesColumn(), -1);
        QCOMPARE(model.headerData(UsageModel::TotalColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Scans"));
        QVERIFY(model.report().formats.size() >= 3); // a mix of formats
        QVERIFY(byDay > 0);
        QCOMPARE(loading.count(), 2);
        QVERIFY(!model.isLoading());
        const QDate firstDay = model.data(model.index(0, 0), UsageModel::BucketStartRole).toDate();
        QCOMPARE(model.data(model.index(0, 0)).toString(),
                 QLocale().toString(firstDay, QStringLiteral("M/d/yyyy")));

        const qint64 byWeek = loadAndCheck(model, m_perScan, lastDays(120, proto::UsageGranularity::Week));
        QCOMPARE(byWeek, byDay);
        QVERIFY(model.rowCount() >= 18 && model.rowCount() <= 19);
        const QDate monday = model.data(model.index(1, 0), UsageModel::BucketStartRole).toDate();
        QCOMPARE(monday.dayOfWeek(), 1);
        QCOMPARE(model.data(model.index(1, 0)).toString(),
                 QStringLiteral("Week %1, %2").arg(monday.weekNumber()).arg(monday.addDays(3).year()));

        const qint64 byMonth = loadAndCheck(model, m_perScan, lastDays(120, proto::UsageGranularity::Month));
        QCOMPARE(byMonth, byDay);
        QVERIFY(model.rowCount() >= 4 && model.rowCount() <= 5);
        const QDate first = model.data(model.index(1, 0), UsageModel::BucketStartRole).toDate();
        QCOMPARE(first.day(), 1);
        QCOMPARE(model.data(model.index(1, 0)).toString(),
                 QLocale().toString(first, QStringLiteral("MMMM yyyy")));
    }

    void eighteenMonthsOfHistory()
    {
        UsageModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndCheck(model, m_perScan, lastDays(3 * 365, proto::UsageGranularity::Month)) > 0);
        QVERIFY(model.rowCount() >= 36);
        // Dense: the months before the history are there, empty.
        QCOMPARE(valueAt(model, 0, UsageModel::TotalColumn), 0);
        int withScans = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            withScans += valueAt(model, row, UsageModel::TotalColumn) > 0 ? 1 : 0;
        }
        QVERIFY2(withScans >= 17 && withScans <= 19, qPrintable(QString::number(withScans)));
    }

    void perDeviceLicenseHasTheDevicesColumn()
    {
        UsageModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndCheck(model, m_fleet.id, lastDays(60, proto::UsageGranularity::Week)) > 0);
        const int devices = model.devicesColumn();
        QCOMPARE(devices, model.columnCount() - 1);
        QCOMPARE(devices, UsageModel::FirstFormatColumn + model.report().formats.size());
        QCOMPARE(model.headerData(devices, Qt::Horizontal).toString(), QStringLiteral("Devices in use"));
        QVERIFY(model.headerData(devices, Qt::Horizontal, UsageModel::FormatRole).isNull());
        QCOMPARE(model.report().deviceAllowance, m_fleet.deviceAllowance);
        const int last = model.rowCount() - 1;
        QCOMPARE(valueAt(model, last, devices), m_fleet.devicesInUse.value_or(-1));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(valueAt(model, row, devices) <= *m_fleet.deviceAllowance);
        }
    }

    void staleAnswersAreDropped()
    {
        UsageModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &UsageModel::loaded);
        QSignalSpy loading(&model, &UsageModel::loadingChanged);
        model.load(m_perScan, lastDays(365, proto::UsageGranularity::Day));
        const proto::UsageQuery second = lastDays(60, proto::UsageGranularity::Month);
        model.load(m_fleet.id, second);
        QVERIFY(loaded.wait(kWait));
        QTest::qWait(300); // room for the first answer, which must change nothing
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(model.licenseId(), m_fleet.id);
        QCOMPARE(model.report().from, second.from);
        QCOMPARE(model.report().granularity, proto::UsageGranularity::Month);

        // clear() drops an answer under way too.
        model.load(m_perScan, second);
        model.clear();
        QTest::qWait(500);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }

    void anotherRangeKeepsTheRowsAnotherLicenseDropsThem()
    {
        UsageModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndCheck(model, m_perScan, lastDays(30, proto::UsageGranularity::Day)) > 0);
        QCOMPARE(model.licenseId(), m_perScan);
        QVERIFY(model.pendingLicenseId().isEmpty());

        // Another range: the rows shown stay, and still belong to the license they were loaded for.
        model.load(m_perScan, lastDays(60, proto::UsageGranularity::Week));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.licenseId(), m_perScan);
        QCOMPARE(model.pendingLicenseId(), m_perScan);

        // Another license: no rows until its own come, and no license they would belong to.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&model, &UsageModel::loaded);
        model.load(m_fleet.id, lastDays(30, proto::UsageGranularity::Day));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.licenseId().isEmpty());
        QCOMPARE(model.pendingLicenseId(), m_fleet.id);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(model.licenseId(), m_fleet.id);
        QVERIFY(model.pendingLicenseId().isEmpty());
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(model.report().deviceAllowance.has_value());
    }

    void failuresAreReported()
    {
        UsageModel model(&m_demo.api());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndCheck(model, m_perScan, lastDays(10, proto::UsageGranularity::Day)) >= 0);
        QSignalSpy failed(&model, &UsageModel::failed);
        model.load(QStringLiteral("lic_doesnotexist"), lastDays(10, proto::UsageGranularity::Day));
        QVERIFY(failed.wait(kWait));
        const auto error = failed.first().at(0).value<ApiError>();
        QCOMPARE(error.status, 404);
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.licenseId().isEmpty()); // no rows, so they belong to no license
        QVERIFY(!model.isLoading());
    }

private:
    DemoAccount m_demo;
    QString m_perScan;
    proto::License m_fleet;
};

QTEST_GUILESS_MAIN(TestUsageModel)
#include "test_usagemodel.moc"
