// Offline start end to end (issue 6), through the widgets, against a real demo server and a real (throwaway)
// Secret Service: sign in with "remember me" and look at keys, devices and usage; stop the server; a fresh
// client still starts and shows them read-only under the offline bar; the server comes back on its address
// and the client reconnects by itself; signing out deletes what it kept.
#include "ApiClient.h"
#include "DeviceListModel.h"
#include "DevicesPane.h"
#include "InfoBar.h"
#include "LicenseKeysPane.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "MainWindow.h"
#include "OfflineCache.h"
#include "OrderListModel.h"
#include "PortalController.h"
#include "QuotaOverview.h"
#include "Session.h"
#include "SignInDialog.h"
#include "TestServer.h"
#include "UsageModel.h"
#include "UsagePane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <memory>

using lp::Session;
using lp::ui::PortalController;

namespace {
constexpr int kWait = 30000;
const QString kFleet = QStringLiteral("Retail Handheld Fleet");
const QString kServerKey = QStringLiteral("Barcode Reader SDK – Server");
} // namespace

class TestOfflineStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInRememberedAndLook();
    void startsOfflineWithTheCachedData();
    void reconnectsByItself();
    void signOutDeletesTheCache();

private:
    std::unique_ptr<PortalController> makePortal();
    QString licenseId(const QString& product) const;
    // Shows the devices of the fleet and the usage of the per-scan key, and waits until both are loaded.
    void lookAtDevicesAndUsage();

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalController> m_portal;
    int m_keys = 0;
    int m_devices = 0;
    int m_usageRows = 0;
    int m_orders = 0;
};

void TestOfflineStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As test_screenshots: the font a Debian desktop shows, for the screenshot of the offline state.
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
}

void TestOfflineStart::cleanupTestCase()
{
    m_portal.reset();
}

std::unique_ptr<PortalController> TestOfflineStart::makePortal()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    auto portal = std::make_unique<PortalController>(options);
    // Seconds, not the half minute of the application.
    portal->session()->setReconnectInterval(std::chrono::milliseconds(500));
    portal->start();
    return portal;
}

QString TestOfflineStart::licenseId(const QString& product) const
{
    for (const auto& license : m_portal->licenseModel()->licenses()) {
        if (license.product == product) {
            return license.id;
        }
    }
    return {};
}

void TestOfflineStart::lookAtDevicesAndUsage()
{
    auto* navigation = m_portal->mainWindow()->findChild<QListWidget*>(QStringLiteral("navigationList"));
    navigation->setCurrentRow(1);
    lp::DeviceListModel* devices = m_portal->deviceModel();
    QVERIFY(m_portal->devicesPane()->selectLicense(licenseId(kFleet)));
    QTRY_VERIFY_WITH_TIMEOUT(!devices->isLoading() && devices->total().has_value()
                                 && devices->licenseId() == licenseId(kFleet),
                             kWait);
    auto* thisComputer = m_portal->devicesPane()->findChild<QLabel*>(QStringLiteral("thisComputerLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!thisComputer->text().isEmpty(), kWait);

    navigation->setCurrentRow(2);
    lp::UsageModel* usage = m_portal->usageModel();
    QVERIFY(m_portal->usagePane()->selectLicense(licenseId(kServerKey)));
    QTRY_VERIFY_WITH_TIMEOUT(!usage->isLoading() && usage->licenseId() == licenseId(kServerKey), kWait);

    navigation->setCurrentRow(3); // Orders
    lp::OrderListModel* orders = m_portal->orderModel();
    QTRY_VERIFY_WITH_TIMEOUT(orders->hasLoaded() && !orders->isLoading(), kWait);
    // The per-scan key's quota period (burn-down), loaded meanwhile behind the orders.
    QTRY_VERIFY_WITH_TIMEOUT(m_portal->quotaOverview()->licenseId() == licenseId(kServerKey)
                                 && m_portal->quotaOverview()->status().has_value(),
                             kWait);
    navigation->setCurrentRow(0);
}

void TestOfflineStart::signInRememberedAndLook()
{
    m_portal = makePortal();
    lp::ui::SignInDialog* dialog = m_portal->signInDialog();
    QVERIFY(dialog);
    dialog->setServer(m_server.baseUrl());
    dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("demo@example.com"));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
        ->setText(QStringLiteral("demo-portal-2026"));
    dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_portal->session()->isRemembered(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_portal->licenseModel()->rowCount() >= 5 && !m_portal->licenseService()->isBusy(), kWait);
    QVERIFY(m_portal->offlineCache()->isOpen());
    QVERIFY(!m_portal->session()->isOffline());
    QVERIFY(!m_portal->mainWindow()->offlineBar()->isVisible());
    lookAtDevicesAndUsage();
    // And the pre-scan settings of the per-scan key.
    m_portal->usagePane()->openScanSettings();
    auto* settings = m_portal->mainWindow()->findChild<QDialog*>(QStringLiteral("scanSettingsDialog"));
    QVERIFY(settings);
    QTRY_VERIFY_WITH_TIMEOUT(
        settings->findChild<QPushButton*>(QStringLiteral("saveScanSettingsButton"))->isEnabled(), kWait);
    settings->reject();
    m_keys = m_portal->licenseModel()->rowCount();
    m_devices = m_portal->deviceModel()->rowCount();
    m_usageRows = m_portal->usageModel()->rowCount();
    m_orders = m_portal->orderModel()->rowCount();
    QVERIFY(m_devices > 0);
    QVERIFY(m_orders > 0);
    QVERIFY(m_usageRows > 0);
    m_portal.reset();
}

void TestOfflineStart::startsOfflineWithTheCachedData()
{
    m_server.stop();
    m_portal = makePortal();
    lp::ui::MainWindow* window = m_portal->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE_WITH_TIMEOUT(m_portal->session()->state(), Session::State::SignedIn, kWait);
    QVERIFY(m_portal->session()->isOffline());
    // No sign-in dialog: the account and its keys come from the cache.
    QVERIFY(!m_portal->signInDialog() || !m_portal->signInDialog()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_portal->licenseModel()->rowCount(), m_keys, kWait);
    auto* account = window->findChild<QLabel*>(QStringLiteral("accountStatusLabel"));
    QTRY_VERIFY(account->text().contains(QLatin1String("Northwind Logistics")));

    // The bar says since when, how old the data is, that changes wait, and offers to retry.
    lp::ui::InfoBar* bar = window->offlineBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QLatin1String("Offline since ")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QLatin1String("showing the data from")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QLatin1String("Changes are disabled")), qPrintable(bar->text()));
    auto* retry = bar->findChild<QToolButton*>(QStringLiteral("infoBarActionButton"));
    QVERIFY(retry && retry->isVisible());
    QCOMPARE(retry->defaultAction()->objectName(), QStringLiteral("retryConnectionAction"));
    QVERIFY(!bar->findChild<QToolButton*>(QStringLiteral("infoBarCloseButton"))->isVisible());
    // No error about the keys: they are shown.
    QVERIFY(!window->infoBar()->isVisible());
    // For review ($LP_SCREENSHOT_DIR, as test_screenshots; ctest sets it to the build tree).
    const QString screenshots = qEnvironmentVariable("LP_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        window->resize(1280, 800);
        QVERIFY(window->licenseKeysPane()->selectLicense(licenseId(kFleet)));
        QTest::qWait(50);
        QVERIFY(QDir().mkpath(screenshots));
        const QString path = QDir(screenshots).filePath(QStringLiteral("offline.png"));
        QVERIFY(window->grab().save(path));
        qInfo().noquote() << "wrote" << path;
    }

    // Devices (first page) and usage come from the cache too.
    lookAtDevicesAndUsage();
    QCOMPARE(m_portal->deviceModel()->rowCount(), m_devices);
    QCOMPARE(m_portal->usageModel()->rowCount(), m_usageRows);
    QCOMPARE(m_portal->orderModel()->rowCount(), m_orders);
    // Checkout needs the server: it does not open, and the status bar says why; the keys pane's order
    // buttons are disabled and say so.
    QVERIFY(!m_portal->openCheckout(licenseId(kFleet)));
    auto* renew = window->licenseKeysPane()->findChild<QPushButton*>(QStringLiteral("renewButton"));
    QVERIFY(renew);
    QVERIFY(!renew->isEnabled());
    QVERIFY2(renew->toolTip().contains(QLatin1String("cannot be reached")), qPrintable(renew->toolTip()));

    // Read-only: the pre-scan settings can be looked at, not saved.
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    navigation->setCurrentRow(2);
    m_portal->usagePane()->openScanSettings();
    QDialog* settings = window->findChild<QDialog*>(QStringLiteral("scanSettingsDialog"));
    QVERIFY(settings);
    // The stored settings are shown (from the cache), so only the missing server keeps Save disabled.
    auto* save = settings->findChild<QPushButton*>(QStringLiteral("saveScanSettingsButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!save->toolTip().isEmpty(), kWait);
    QVERIFY(!save->isEnabled());
    QVERIFY(!settings->findChild<QLabel*>(QStringLiteral("scanSettingsErrorLabel"))->isVisible());
    QVERIFY2(save->toolTip().contains(QLatin1String("cannot be reached")), qPrintable(save->toolTip()));

    // Retrying while the server is still away changes nothing.
    retry->click();
    QTest::qWait(1500);
    QVERIFY(m_portal->session()->isOffline());
    QVERIFY(bar->isVisible());
}

void TestOfflineStart::reconnectsByItself()
{
    const QDateTime before = m_portal->licenseService()->lastRefreshed();
    const int port = m_server.baseUrl().port();
    QVERIFY2(m_server.start({QStringLiteral("--port"), QString::number(port)}), qPrintable(m_server.log()));
    QCOMPARE(m_server.baseUrl().port(), port);

    lp::ui::MainWindow* window = m_portal->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_portal->session()->isOffline(), kWait);
    QTRY_VERIFY(!window->offlineBar()->isVisible());
    QCOMPARE(m_portal->session()->state(), Session::State::SignedIn);
    // Everything is loaded again from the server.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_portal->licenseService()->lastRefreshed() > before && !m_portal->licenseService()->isBusy(), kWait);
    QCOMPARE(m_portal->licenseModel()->rowCount(), m_keys);
    auto* renew = window->licenseKeysPane()->findChild<QPushButton*>(QStringLiteral("renewButton"));
    QTRY_VERIFY(renew->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QLabel*>(QStringLiteral("refreshStatusLabel"))
                                 ->text()
                                 .startsWith(QLatin1String("Last refreshed")),
                             kWait);
    // And changes are possible again.
    QDialog* settings = window->findChild<QDialog*>(QStringLiteral("scanSettingsDialog"));
    QVERIFY(settings);
    auto* save = settings->findChild<QPushButton*>(QStringLiteral("saveScanSettingsButton"));
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), kWait);
    settings->reject();
}

void TestOfflineStart::signOutDeletesTheCache()
{
    const QString file
        = m_portal->offlineCache()->fileFor(m_server.baseUrl(), QStringLiteral("demo@example.com"));
    QVERIFY(QFile::exists(file));
    m_portal->mainWindow()->findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_portal->session()->state(), Session::State::SignedOut, kWait);
    QVERIFY(!QFile::exists(file));
    QVERIFY(!m_portal->offlineCache()->isOpen());
    QTRY_VERIFY(m_portal->signInDialog() && m_portal->signInDialog()->isVisible());
}

QTEST_MAIN(TestOfflineStart)
#include "test_offlinestart.moc"
