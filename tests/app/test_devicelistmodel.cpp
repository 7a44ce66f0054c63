// The devices model, the CSV export and the device overview against a real license-server with the demo
// data (a fleet of 100,000 devices): paging with fetchMore under QAbstractItemModelTester, server-side
// search, filter and sort, stale answers dropped, lease wording by an injected clock.
#include "ApiClient.h"
#include "Clock.h"
#include "DeviceCsvExport.h"
#include "DeviceListModel.h"
#include "DeviceOverview.h"
#include "DisplayDate.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <DeviceRegistration.h>
#include <LicenseList.h>
#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace lp;

namespace {
constexpr int kWait = 20000;

bool waitForPage(DeviceListModel& model)
{
    QSignalSpy page(&model, &DeviceListModel::pageLoaded);
    return page.wait(kWait);
}

QString column(const DeviceListModel& model, int row, int col, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, col), role).toString();
}
} // namespace

class TestDeviceListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesLoadAsTheViewAsks();
    void passesTheModelTesterWhileLoading();
    void searchFilterAndSortRunOnTheServer();
    void staleAnswersAreDropped();
    void leaseWordingFollowsTheClock();
    void unknownLicenseIsReported();
    void csvExportWritesTheListAsShown();
    void csvExportCancelledLeavesNoFile();
    void csvQuotingAndFormulas();
    void overviewFindsThisComputerAndTheNextRefresh();

private:
    TestServer m_server;
    ApiClient m_api;
    SystemClock m_clock;
    QString m_fleet; // 100,000 devices
    QString m_small; // "Barcode Reader SDK – Mobile": 23 devices
    QString m_smallCode;
    QString m_perScan; // "Barcode Reader SDK – Server"
};

void TestDeviceListModel::initTestCase()
{
    // The demo's full fleet of 100,000 devices: paging, counts and the CSV export at the scale users have.
    QVERIFY2(m_server.startDemo(100000), qPrintable(m_server.log()));
    m_api.setBaseUrl(m_server.baseUrl());
    QSignalSpy login(m_api.login(QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026")),
                     &ApiJob::finished);
    QVERIFY(login.wait(kWait));
    ApiJob* job = m_api.fetchLicenses();
    QSignalSpy licenses(job, &ApiJob::finished);
    QVERIFY(licenses.wait(kWait));
    for (const auto& license : job->value<proto::LicenseList>()->items) {
        if (license.product == QLatin1String("Retail Handheld Fleet")) {
            m_fleet = license.id;
        } else if (license.type == proto::LicenseType::PerScan && m_perScan.isEmpty()) {
            m_perScan = license.id;
        } else if (license.product.endsWith(QLatin1String("Mobile"))) {
            m_small = license.id;
            m_smallCode = license.handshakeCode;
        }
    }
    QVERIFY(!m_fleet.isEmpty() && !m_small.isEmpty());
}

void TestDeviceListModel::pagesLoadAsTheViewAsks()
{
    DeviceListModel model(&m_api, &m_clock);
    QSignalSpy loading(&model, &DeviceListModel::loadingChanged);
    model.setLicense(m_fleet);
    QVERIFY(model.isLoading());
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), DeviceListModel::kFirstPageSize);
    QCOMPARE(model.total(), std::optional<qint64>(100000));
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one request at a time
    QVERIFY(waitForPage(model));
    QCOMPARE(model.rowCount(), DeviceListModel::kFirstPageSize + DeviceListModel::kPageSize);

    // Most recently seen first, each device once.
    QSet<QString> hashes;
    QDateTime previous = model.data(model.index(0, 0), DeviceListModel::LastSeenRole).toDateTime();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDateTime seen = model.data(model.index(row, 0), DeviceListModel::LastSeenRole).toDateTime();
        QVERIFY(seen <= previous);
        previous = seen;
        const QString hash = column(model, row, 0, DeviceListModel::DeviceHashRole);
        QCOMPARE(hash.size(), 64);
        hashes.insert(hash);
        QVERIFY(column(model, row, DeviceListModel::DeviceHash).startsWith(hash.left(8)));
    }
    QCOMPARE(hashes.size(), model.rowCount());
    QVERIFY(column(model, 0, DeviceListModel::DeviceHash, Qt::ToolTipRole)
                .contains(column(model, 0, 0, DeviceListModel::DeviceHashRole)));
}

void TestDeviceListModel::passesTheModelTesterWhileLoading()
{
    // The tester asks for more after every change, like a view scrolled to the end: it loads the whole
    // search result, page by page, checking the model at each step; then a new search resets it.
    DeviceListModel model(&m_api, &m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLicense(m_fleet);
    model.setSearch(QStringLiteral("handheld-001"));
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kWait);
    QCOMPARE(model.rowCount(), 1000);
    model.setStatusFilter(proto::DeviceStatus::Offline);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), kWait);
    QVERIFY(model.rowCount() < 1000);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDeviceListModel::searchFilterAndSortRunOnTheServer()
{
    DeviceListModel model(&m_api, &m_clock);
    model.setLicense(m_fleet);
    QVERIFY(waitForPage(model));

    model.setSearch(QStringLiteral("  HANDHELD-00012 "));
    QCOMPARE(model.rowCount(), 0); // starts over at once
    QVERIFY(waitForPage(model));
    QCOMPARE(model.total(), std::optional<qint64>(10)); // Handheld-000120 … Handheld-000129
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.isComplete());
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(column(model, row, DeviceListModel::Name).startsWith(QLatin1String("Handheld-00012")));
    }

    model.setSearch({});
    model.setStatusFilter(proto::DeviceStatus::Released);
    QVERIFY(waitForPage(model));
    QCOMPARE(model.total(), std::optional<qint64>(2500));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, 0), DeviceListModel::StatusRole).toInt(),
                 int(proto::DeviceStatus::Released));
        QCOMPARE(column(model, row, DeviceListModel::Status), QStringLiteral("Released"));
        QVERIFY(column(model, row, DeviceListModel::Lease).startsWith(QLatin1String("Released on")));
    }

    model.sort(DeviceListModel::Name, Qt::AscendingOrder);
    QVERIFY(waitForPage(model));
    QCOMPARE(model.sortColumn(), int(DeviceListModel::Name));
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(column(model, row - 1, DeviceListModel::Name) < column(model, row, DeviceListModel::Name));
    }
    // The server cannot sort by platform: nothing is reloaded.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(DeviceListModel::Platform, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.sortColumn(), int(DeviceListModel::Name));

    // More than 10,000 matches are not counted.
    model.setStatusFilter(std::nullopt);
    model.setSearch(QStringLiteral("handheld"));
    QVERIFY(waitForPage(model));
    QCOMPARE(model.total(), std::nullopt);
    QVERIFY(model.canFetchMore({}));
}

void TestDeviceListModel::staleAnswersAreDropped()
{
    DeviceListModel model(&m_api, &m_clock);
    model.setLicense(m_fleet);
    model.setSearch(QStringLiteral("h"));
    model.setSearch(QStringLiteral("handheld-00000"));
    model.setSearch(QStringLiteral("handheld-000007"));
    QVERIFY(waitForPage(model));
    QTest::qWait(300); // an answer to an older query would arrive now
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(column(model, 0, DeviceListModel::Name), QStringLiteral("Handheld-000007"));
}

void TestDeviceListModel::leaseWordingFollowsTheClock()
{
    // Without a translation the source texts show (the English plural forms are in lp_ui's resources).
    ManualClock clock(QDateTime::currentDateTimeUtc());
    DeviceListModel model(&m_api, &clock);
    model.setLicense(m_small);
    model.setStatusFilter(proto::DeviceStatus::Active);
    QVERIFY(waitForPage(model));
    QVERIFY(model.rowCount() > 0);
    const QDateTime seen = model.data(model.index(0, 0), DeviceListModel::LastSeenRole).toDateTime();
    clock.set(seen.addSecs(2 * 24 * 3600 + 60)); // 5 days (and a bit less) of the 7 left
    QCOMPARE(column(model, 0, DeviceListModel::Lease), QStringLiteral("May stay offline 4 more day(s)"));
    QCOMPARE(column(model, 0, DeviceListModel::LastSeen), lp::displayDate(seen));
    clock.set(seen.addSecs(7 * 24 * 3600 - 2 * 3600 - 1));
    QCOMPARE(column(model, 0, DeviceListModel::Lease), QStringLiteral("May stay offline 2 more hour(s)"));
    clock.set(seen.addSecs(10 * 24 * 3600));
    QCOMPARE(column(model, 0, DeviceListModel::Lease), QStringLiteral("Lease expired 3 day(s) ago"));
    clock.set(seen.addSecs(90));
    QCOMPARE(column(model, 0, DeviceListModel::LastSeen), QStringLiteral("1 minute(s) ago"));
}

void TestDeviceListModel::unknownLicenseIsReported()
{
    DeviceListModel model(&m_api, &m_clock);
    QSignalSpy failed(&model, &DeviceListModel::loadFailed);
    model.setLicense(QStringLiteral("lic_doesnotexist"));
    QVERIFY(failed.wait(kWait));
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.status, 404);
    QVERIFY(error.userMessage().contains(QLatin1String("no license")));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestDeviceListModel::csvExportWritesTheListAsShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("devices.csv"));
    proto::DeviceListQuery query;
    query.search = QStringLiteral("handheld-001");
    query.sort = proto::DeviceSort::Name;
    query.order = proto::SortOrder::Ascending;
    DeviceCsvExport exporter(&m_api, m_fleet, query, path);
    QSignalSpy progress(&exporter, &DeviceCsvExport::progress);
    QSignalSpy finished(&exporter, &DeviceCsvExport::finished);
    exporter.start();
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(exporter.written(), 1000); // Handheld-001000 … Handheld-001999
    QVERIFY(progress.count() >= 2); // pages of 500
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(
        lines.first().trimmed(),
        QByteArray("name,device_hash,platform,sdk_version,first_registered_at,last_seen_at,lease_expires_at,"
                   "released_at,status"));
    QCOMPARE(lines.size(), 1 + 1000 + 1); // header, rows, the empty piece after the last CRLF
    QVERIFY(lines.at(1).startsWith("Handheld-001000,"));
    QVERIFY(lines.at(1000).startsWith("Handheld-001999,"));
}

void TestDeviceListModel::csvExportCancelledLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("devices.csv"));
    DeviceCsvExport exporter(&m_api, m_fleet, {}, path);
    QSignalSpy finished(&exporter, &DeviceCsvExport::finished);
    QSignalSpy progress(&exporter, &DeviceCsvExport::progress);
    exporter.start();
    QVERIFY(progress.wait(kWait));
    exporter.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    DeviceCsvExport unwritable(&m_api, m_fleet, {}, dir.filePath(QStringLiteral("missing/dir/devices.csv")));
    QSignalSpy failed(&unwritable, &DeviceCsvExport::finished);
    unwritable.start();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(1).toString().startsWith(QLatin1String("Cannot write")));
}

void TestDeviceListModel::csvQuotingAndFormulas()
{
    QCOMPARE(DeviceCsvExport::csvLine({QStringLiteral("plain"), QStringLiteral("a,b"),
                                       QStringLiteral("say \"hi\""), QStringLiteral("=HYPERLINK(\"x\")"),
                                       QStringLiteral("-1"), QString()}),
             QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",'-1,\r\n"));
    QCOMPARE(DeviceCsvExport::csvLine({QStringLiteral("Zwei\nZeilen"), QStringLiteral("Größe")}),
             QByteArray("\"Zwei\nZeilen\",Gr\xc3\xb6\xc3\x9f"
                        "e\r\n"));
}

void TestDeviceListModel::overviewFindsThisComputerAndTheNextRefresh()
{
    const QString thisHash = QString::fromLatin1(
        QCryptographicHash::hash("overview test machine", QCryptographicHash::Sha256).toHex());
    DeviceOverview overview(&m_api, thisHash);
    QSignalSpy preview(&overview, &DeviceOverview::previewLoaded);
    QSignalSpy checked(&overview, &DeviceOverview::thisComputerChecked);
    overview.load(m_small);
    QVERIFY(checked.wait(kWait));
    QCOMPARE(checked.first().first().value<const proto::Device*>(), nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(preview.count(), 1, kWait);
    QCOMPARE(preview.first().first().value<proto::DeviceRefreshPreview>().refreshMonths, 12);

    // Register "this computer" the way a device would, then look again.
    QNetworkAccessManager network;
    const proto::DeviceRegistration registration {m_smallCode, thisHash, QStringLiteral("Linux"),
                                                  QStringLiteral("10.2.1000"),
                                                  QStringLiteral("Dana's laptop")};
    QCOMPARE(sendHttp(network, m_server.baseUrl(), "POST", QLatin1String(api::kDeviceRegister),
                      QJsonDocument(registration.toJson()).toJson())
                 .status,
             201);
    bool found = false;
    connect(&overview, &DeviceOverview::thisComputerChecked, this, [&found](const proto::Device* device) {
        found = device && device->name == QLatin1String("Dana's laptop")
            && device->status == proto::DeviceStatus::Active;
    });
    overview.load(m_small);
    QVERIFY(checked.wait(kWait));
    QVERIFY(found);

    // The fleet's next refresh releases the devices silent since the last one.
    preview.clear();
    overview.load(m_fleet);
    QTRY_COMPARE_WITH_TIMEOUT(preview.count(), 1, kWait);
    const auto fleet = preview.first().first().value<proto::DeviceRefreshPreview>();
    QVERIFY(fleet.releaseCount > 100);
    QCOMPARE(fleet.items.size(), 100);
    QVERIFY(fleet.nextRefreshAt > QDateTime::currentDateTimeUtc());
    for (const proto::Device& device : fleet.items) {
        QVERIFY(device.lastSeenAt < fleet.inactiveSince);
        QVERIFY(!device.releasedAt);
    }

    // A per-scan license has no device refresh: the preview says so instead of inventing one.
    QSignalSpy previewFailed(&overview, &DeviceOverview::previewFailed);
    overview.load(m_perScan);
    QVERIFY(previewFailed.wait(kWait));
    const auto error = previewFailed.first().first().value<ApiError>();
    QCOMPARE(error.status, 404);
    QVERIFY2(error.userMessage().contains(QLatin1String("per scan")), qPrintable(error.userMessage()));
}

QTEST_GUILESS_MAIN(TestDeviceListModel)
#include "test_devicelistmodel.moc"
