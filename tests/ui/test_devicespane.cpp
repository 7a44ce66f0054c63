// The devices pane as a user drives it, offscreen, against a real demo server (a fleet of 100,000 devices):
// choose a license, type a search, pick a status, sort by clicking a header, copy a hash, export to CSV.
#include "DemoSignIn.h"
#include "DeviceListModel.h"
#include "DevicesPane.h"
#include "LicenseModel.h"
#include "MainWindow.h"
#include "PortalController.h"
#include "TestServer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using lp::DeviceListModel;
using lp::ui::PortalController;

namespace {
constexpr int kWait = 20000;
}

class TestDevicesPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheFleetWithItsAllowanceAndRefresh();
    void searchAndStatusFilterNarrowTheList();
    void headerClickSortsOnTheServer();
    void copyPutsFullHashesOnTheClipboard();
    void exportWritesTheFilteredList();
    void noMatchSaysSo();

private:
    template<typename T>
    T* child(const char* name)
    {
        return m_pane->findChild<T*>(QLatin1String(name));
    }
    bool settled() const { return !m_model->isLoading() && m_model->total().has_value(); }

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalController> m_portal;
    lp::ui::DevicesPane* m_pane = nullptr;
    DeviceListModel* m_model = nullptr;
    QString m_fleet;
};

void TestDevicesPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The demo's full fleet of 100,000 devices: paging, counts and the CSV export at the scale users have.
    QVERIFY2(m_server.startDemo(100000), qPrintable(m_server.log()));
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("portal.ini"));
    options.silentSignIn = false;
    m_portal = std::make_unique<PortalController>(options);
    m_portal->start();
    QVERIFY(signInAsDemo(*m_portal, m_server.baseUrl()));
    m_pane = m_portal->devicesPane();
    m_model = m_portal->deviceModel();
    for (const auto& license : m_portal->licenseModel()->licenses()) {
        if (license.product == QLatin1String("Retail Handheld Fleet")) {
            m_fleet = license.id;
        }
    }
    QVERIFY(!m_fleet.isEmpty());
    lp::ui::MainWindow* window = m_portal->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(1);
    QVERIFY(m_pane->isVisible());
}

void TestDevicesPane::cleanupTestCase()
{
    m_portal.reset();
}

void TestDevicesPane::showsTheFleetWithItsAllowanceAndRefresh()
{
    // Only per-device licenses are offered.
    auto* licenses = child<QComboBox>("deviceLicenseCombo");
    for (int row = 0; row < licenses->count(); ++row) {
        QVERIFY(!licenses->itemText(row).contains(QLatin1String("Server"))); // the per-scan keys
    }
    QVERIFY(m_pane->selectLicense(m_fleet));
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->licenseId() == m_fleet, kWait);
    QCOMPARE(m_pane->table()->model()->rowCount(), DeviceListModel::kFirstPageSize);
    QCOMPARE(child<QLabel>("deviceCountLabel")->text(), QStringLiteral("100,000 device(s)"));
    QCOMPARE(child<QProgressBar>("deviceAllowanceBar")->text(),
             QStringLiteral("97,500 of 120,000 devices in use"));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("deviceRefreshLabel")->text().contains(QLatin1String("It will release")), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("thisComputerLabel")->text().contains(QLatin1String("never leaves this computer")),
        kWait);

    // Scrolling to the end of what is loaded loads the next page.
    m_pane->table()->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > DeviceListModel::kFirstPageSize, kWait);
}

void TestDevicesPane::searchAndStatusFilterNarrowTheList()
{
    auto* search = child<QLineEdit>("deviceSearchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("handheld-0421"));
    // The list follows each keystroke; answers for the shorter prefixes are dropped when they come late.
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->total() == std::optional<qint64>(100), kWait);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row, DeviceListModel::Name)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Handheld-0421")));
    }
    QCOMPARE(child<QLabel>("deviceCountLabel")->text(), QStringLiteral("100 match(es)"));

    auto* status = child<QComboBox>("deviceStatusCombo");
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // All statuses → Active
    QCOMPARE(status->currentText(), QStringLiteral("Active"));
    QTRY_VERIFY_WITH_TIMEOUT(settled() && *m_model->total() < 100, kWait);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, DeviceListModel::Status).data().toString(), QStringLiteral("Active"));
    }
    status->setCurrentIndex(0);
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->total() == std::optional<qint64>(100000), kWait);
}

void TestDevicesPane::headerClickSortsOnTheServer()
{
    QHeaderView* header = m_pane->table()->horizontalHeader();
    const auto clickHeader = [header](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
    };
    clickHeader(DeviceListModel::Name);
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->sortColumn() == DeviceListModel::Name, kWait);
    QCOMPARE(m_model->index(0, DeviceListModel::Name).data().toString(), QStringLiteral("Handheld-000001"));
    clickHeader(DeviceListModel::Name); // again: Z to A
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->sortOrder() == Qt::DescendingOrder, kWait);
    QCOMPARE(m_model->index(0, DeviceListModel::Name).data().toString(), QStringLiteral("Handheld-100000"));

    // The server cannot sort by platform: the indicator stays where the list is sorted.
    clickHeader(DeviceListModel::Platform);
    QCOMPARE(header->sortIndicatorSection(), int(DeviceListModel::Name));
    QCOMPARE(m_model->sortColumn(), int(DeviceListModel::Name));
}

void TestDevicesPane::copyPutsFullHashesOnTheClipboard()
{
    QTableView* table = m_pane->table();
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString hash = m_model->index(0, 0).data(DeviceListModel::DeviceHashRole).toString();
    QCOMPARE(hash.size(), 64);
    QCOMPARE(QApplication::clipboard()->text(), hash);
}

void TestDevicesPane::exportWritesTheFilteredList()
{
    child<QLineEdit>("deviceSearchEdit")->setText(QStringLiteral("handheld-0009"));
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->total() == std::optional<qint64>(100), kWait);
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    m_pane->exportTo(path);
    QVERIFY(m_pane->runningExport());
    QVERIFY(!child<QPushButton>("deviceExportButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->runningExport(), kWait);
    QVERIFY(child<QPushButton>("deviceExportButton")->isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 101);
    // Sorted as shown: Z to A by name.
    QVERIFY(lines.at(1).startsWith("Handheld-000999,"));
    QVERIFY(lines.at(100).startsWith("Handheld-000900,"));
}

void TestDevicesPane::noMatchSaysSo()
{
    child<QLineEdit>("deviceSearchEdit")->setText(QStringLiteral("no such device"));
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->total() == std::optional<qint64>(0), kWait);
    auto* stack = m_pane->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget(), child<QLabel>("deviceEmptyLabel"));
    QCOMPARE(child<QLabel>("deviceEmptyLabel")->text(),
             QStringLiteral("No device matches the search and filter."));
}

QTEST_MAIN(TestDevicesPane)
#include "test_devicespane.moc"
