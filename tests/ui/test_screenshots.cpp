// Renders the sign-in dialog, the license keys pane and the devices pane with demo data, offscreen, to PNG
// files in $LP_SCREENSHOT_DIR (the README's screenshots come from here: LP_SCREENSHOT_DIR=docs/screenshots).
#include "AlertSettingsDialog.h"
#include "DemoSignIn.h"
#include "DeviceListModel.h"
#include "DevicesPane.h"
#include "InfoBar.h"
#include "LicenseKeysPane.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "MainWindow.h"
#include "PortalController.h"
#include "QuotaOverview.h"
#include "RegionEditor.h"
#include "ScanSettingsDialog.h"
#include "ScanSettingsEditor.h"
#include "Session.h"
#include "SignInDialog.h"
#include "TestServer.h"
#include "Translations.h"
#include "UsageModel.h"
#include "UsagePane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using lp::ui::PortalController;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInDialog();
    void licenseKeys();
    void devices();
    void usage();
    void scanSettings();

private:
    QString save(QWidget* widget, const QString& name);
    // Signs in with a fresh portal, shows the usage pane and chooses `product` there; waits for its charts.
    bool showUsage(PortalController& portal, const QString& product);

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_outDir;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The offscreen platform has no desktop font settings; pick the font a Debian desktop shows.
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    // As license-portal does: LP_SCREENSHOT_LOCALE=de renders the German client.
    const QString localeName = qEnvironmentVariable("LP_SCREENSHOT_LOCALE");
    if (!localeName.isEmpty()) {
        QLocale::setDefault(QLocale(localeName));
    }
    lp::ui::installTranslations(QLocale());
    m_outDir = qEnvironmentVariable("LP_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("screenshots")));
    QVERIFY(QDir().mkpath(m_outDir));
    QVERIFY2(m_server.start({QStringLiteral("--demo")}), qPrintable(m_server.log()));
}

QString TestScreenshots::save(QWidget* widget, const QString& name)
{
    const QString path = QDir(m_outDir).filePath(name);
    const QPixmap pixmap = widget->grab();
    if (!pixmap.save(path)) {
        return {};
    }
    qInfo().noquote() << "wrote" << path << pixmap.size();
    return path;
}

void TestScreenshots::signInDialog()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("signin.ini"));
    options.silentSignIn = false;
    PortalController portal(options);
    portal.start();
    lp::ui::SignInDialog* dialog = portal.signInDialog();
    QVERIFY(dialog);
    dialog->setServer(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("demo@example.com"));
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
        ->setText(QStringLiteral("demo-portal-2026"));
    dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(true);
    dialog->adjustSize();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!save(dialog, QStringLiteral("sign-in.png")).isEmpty());

    // The error state, for review: a wrong password.
    dialog->setServer(m_server.baseUrl());
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("wrong"));
    dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QWidget*>(QStringLiteral("errorLabel"))->isVisible(), 20000);
    dialog->adjustSize();
    QVERIFY(!save(dialog, QStringLiteral("sign-in-error.png")).isEmpty());
}

void TestScreenshots::licenseKeys()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("keys.ini"));
    options.silentSignIn = false;
    PortalController portal(options);
    portal.start();
    QVERIFY(signInAsDemo(portal, m_server.baseUrl()));

    lp::ui::MainWindow* window = portal.mainWindow();
    window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The most telling key: a per-device key close to its allowance.
    QString pick;
    double fullest = -1;
    for (const auto& license : portal.licenseModel()->licenses()) {
        if (license.deviceAllowance && *license.deviceAllowance > 0) {
            const double ratio = double(license.devicesInUse.value_or(0)) / double(*license.deviceAllowance);
            if (ratio > fullest && license.status == lp::proto::LicenseStatus::Active) {
                fullest = ratio;
                pick = license.id;
            }
        }
    }
    QVERIFY(window->licenseKeysPane()->selectLicense(pick));
    window->licenseKeysPane()->table()->setFocus();
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("license-keys.png")).isEmpty());

    // A per-scan key too, for review of the quota gauge.
    for (const auto& license : portal.licenseModel()->licenses()) {
        if (license.type == lp::proto::LicenseType::PerScan) {
            QVERIFY(window->licenseKeysPane()->selectLicense(license.id));
            break;
        }
    }
    QVERIFY(!save(window, QStringLiteral("license-keys-per-scan.png")).isEmpty());

    // The non-modal notice, for review (the text is the one Session sends without a keychain).
    window->infoBar()->showMessage(
        QStringLiteral("No keychain is available: you will have to sign in again next time."),
        lp::ui::InfoBar::Level::Warning);
    QVERIFY(!save(window, QStringLiteral("license-keys-info-bar.png")).isEmpty());
}

void TestScreenshots::devices()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("devices.ini"));
    options.silentSignIn = false;
    PortalController portal(options);
    portal.start();
    QVERIFY(signInAsDemo(portal, m_server.baseUrl()));
    lp::ui::MainWindow* window = portal.mainWindow();
    window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(1);
    lp::ui::DevicesPane* pane = portal.devicesPane();
    QVERIFY(pane->isVisible());
    QString fleet;
    for (const auto& license : portal.licenseModel()->licenses()) {
        if (license.product == QLatin1String("Retail Handheld Fleet")) {
            fleet = license.id;
        }
    }
    QVERIFY(pane->selectLicense(fleet));
    auto* refresh = pane->findChild<QLabel*>(QStringLiteral("deviceRefreshLabel"));
    auto* thisComputer = pane->findChild<QLabel*>(QStringLiteral("thisComputerLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(portal.deviceModel()->rowCount() > 0 && !portal.deviceModel()->isLoading()
                                 && !refresh->text().isEmpty() && !thisComputer->text().isEmpty(),
                             20000);
    pane->table()->setFocus();
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("devices.png")).isEmpty());

    QTest::keyClicks(pane->findChild<QLineEdit*>(QStringLiteral("deviceSearchEdit")),
                     QStringLiteral("handheld-0420"));
    QTRY_VERIFY_WITH_TIMEOUT(portal.deviceModel()->rowCount() == 100 && !portal.deviceModel()->isLoading(),
                             20000);
    auto* status = pane->findChild<QComboBox*>(QStringLiteral("deviceStatusCombo"));
    status->setCurrentIndex(status->findData(int(lp::proto::DeviceStatus::Active)));
    QTRY_VERIFY_WITH_TIMEOUT(portal.deviceModel()->rowCount() < 100 && !portal.deviceModel()->isLoading(),
                             20000);
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("devices-search.png")).isEmpty());
}

bool TestScreenshots::showUsage(PortalController& portal, const QString& product)
{
    lp::ui::MainWindow* window = portal.mainWindow();
    window->resize(1280, 800);
    if (!QTest::qWaitForWindowExposed(window)) {
        return false;
    }
    window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(2);
    lp::ui::UsagePane* pane = portal.usagePane();
    QString id;
    for (const auto& license : portal.licenseModel()->licenses()) {
        if (license.product == product) {
            id = license.id;
        }
    }
    if (!pane->selectLicense(id)) {
        return false;
    }
    const bool perScan = portal.licenseModel()->licenses().at(portal.licenseModel()->rowOf(id)).type
        == lp::proto::LicenseType::PerScan;
    return QTest::qWaitFor(
        [&] {
            return !portal.usageModel()->isLoading() && portal.usageModel()->licenseId() == id
                && portal.usageModel()->rowCount() > 0
                && (!perScan
                    || (portal.quotaOverview()->licenseId() == id && portal.quotaOverview()->status()))
                && !pane->findChild<QWidget*>(QStringLiteral("usageBusyBar"))->isVisible();
        },
        20000);
}

void TestScreenshots::usage()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("usage.ini"));
    options.silentSignIn = false;
    PortalController portal(options);
    portal.start();
    QVERIFY(signInAsDemo(portal, m_server.baseUrl()));
    lp::ui::MainWindow* window = portal.mainWindow();

    QVERIFY(showUsage(portal, QStringLiteral("Barcode Reader SDK – Server")));
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("usage-per-scan.png")).isEmpty());

    // A longer range by week, for review of the axis labels.
    portal.usagePane()->setRange(lp::ui::UsagePane::Range::Months18);
    portal.usagePane()->setGranularity(lp::proto::UsageGranularity::Week);
    QTRY_VERIFY_WITH_TIMEOUT(!portal.usageModel()->isLoading() && portal.usageModel()->rowCount() > 70,
                             20000);
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("usage-per-scan-18-months.png")).isEmpty());

    QVERIFY(showUsage(portal, QStringLiteral("Warehouse Scanner Fleet")));
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("usage-per-device.png")).isEmpty());

    // The same charts in a dark theme: every colour comes from the palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x20, 0x23));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    dark.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x38, 0x3d));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    window->setPalette(dark);
    QVERIFY(showUsage(portal, QStringLiteral("Barcode Reader SDK – Server")));
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("usage-per-scan-dark.png")).isEmpty());
    window->setPalette(QPalette());
}

void TestScreenshots::scanSettings()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("scan-settings.ini"));
    options.silentSignIn = false;
    PortalController portal(options);
    portal.start();
    QVERIFY(signInAsDemo(portal, m_server.baseUrl()));
    QVERIFY(showUsage(portal, QStringLiteral("Barcode Reader SDK – Server")));
    QTest::mouseClick(portal.usagePane()->findChild<QPushButton*>(QStringLiteral("scanSettingsButton")),
                      Qt::LeftButton);
    auto* dialog = portal.usagePane()->findChild<lp::ui::ScanSettingsDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->editor()->isBusy() && !dialog->editor()->history().items.isEmpty(),
                             20000);
    // A typical choice: the two most scanned formats only, two regions, a confidence floor.
    const QStringList formats = dialog->editor()->history().formats;
    for (auto* check : dialog->findChildren<QCheckBox*>()) {
        check->setChecked(formats.size() < 2 || check->objectName().endsWith(formats.at(0))
                          || check->objectName().endsWith(formats.at(1)));
    }
    dialog->regionEditor()->setRegions({{8, 20, 46, 70}, {54, 30, 92, 62}});
    dialog->regionEditor()->setSelectedIndex(1);
    dialog->findChild<QSlider*>(QStringLiteral("confidenceSlider"))->setValue(40);
    QTest::qWait(50);
    QVERIFY(!save(dialog, QStringLiteral("scan-settings.png")).isEmpty());
    dialog->reject();

    auto* alerts = portal.editAlertSettings();
    QVERIFY(QTest::qWaitForWindowExposed(alerts));
    alerts->adjustSize();
    QVERIFY(!save(alerts, QStringLiteral("alert-settings.png")).isEmpty());
    alerts->reject();
}

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
