// Renders the sign-in dialog, the license keys pane and the devices pane with demo data, offscreen, to PNG
// files in $LP_SCREENSHOT_DIR (the README's screenshots come from here: LP_SCREENSHOT_DIR=docs/screenshots).
#include "AlertSettingsDialog.h"
#include "CheckoutSession.h"
#include "CheckoutWizard.h"
#include "DemoSignIn.h"
#include "DeviceFingerprint.h"
#include "DeviceListModel.h"
#include "DevicesPane.h"
#include "InfoBar.h"
#include "LicenseKeysPane.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "MainWindow.h"
#include "OfflinePane.h"
#include "OrderDocument.h"
#include "OrderListModel.h"
#include "OrderPdf.h"
#include "OrdersPane.h"
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

#include <OfflineLicense.h>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QStackedWidget>
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
    void offlineActivation();
    // Before checkout, which adds orders and renews keys: the demo's own orders and renewals.
    void orders();
    // Last: its orders change demo keys.
    void checkout();

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
    QVERIFY2(m_server.startDemo(100000), qPrintable(m_server.log()));
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

void TestScreenshots::orders()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("orders.ini"));
    options.silentSignIn = false;
    PortalController portal(options);
    portal.start();
    QVERIFY(signInAsDemo(portal, m_server.baseUrl()));
    lp::ui::MainWindow* window = portal.mainWindow();
    window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    lp::ui::OrdersPane* pane = portal.ordersPane();
    window->findChild<QListWidget*>(QStringLiteral("navigationList"))
        ->setCurrentRow(window->findChild<QStackedWidget*>(QStringLiteral("paneStack"))->indexOf(pane));
    QVERIFY(pane->isVisible());
    lp::OrderListModel* orders = portal.orderModel();
    QTRY_VERIFY_WITH_TIMEOUT(orders->hasLoaded() && !orders->isLoading() && orders->rowCount() > 0, 20000);
    const auto selectFirst = [&](lp::proto::OrderStatus status) -> std::optional<lp::proto::Order> {
        for (int row = 0; row < orders->rowCount(); ++row) {
            if (orders->orderAt(row).status == status) {
                pane->table()->selectRow(row);
                return orders->orderAt(row);
            }
        }
        return std::nullopt;
    };
    // The wire transfer awaiting payment: the invoice's payment details.
    const auto awaiting = selectFirst(lp::proto::OrderStatus::AwaitingPayment);
    QVERIFY(awaiting);
    pane->table()->setFocus();
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("orders.png")).isEmpty());
    QVERIFY(selectFirst(lp::proto::OrderStatus::Fulfilled));
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("orders-receipt.png")).isEmpty());
    QVERIFY(selectFirst(lp::proto::OrderStatus::Declined));
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("orders-declined.png")).isEmpty());

    // The pro-forma invoice as PDF, and its first page as PNG for review where poppler's pdftoppm is
    // installed.
    const QString pdf = m_dir.filePath(lp::OrderDocument::suggestedFileName(*awaiting));
    QString error;
    QVERIFY2(lp::ui::writeOrderPdf(*awaiting, pdf, &error), qPrintable(error));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!pdftoppm.isEmpty()) {
        QProcess render;
        render.start(pdftoppm,
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                      QStringLiteral("-singlefile"), pdf,
                      QDir(m_outDir).filePath(QStringLiteral("invoice-pdf"))});
        QVERIFY(render.waitForFinished(30000));
        QCOMPARE(render.exitCode(), 0);
        qInfo().noquote() << "wrote" << QDir(m_outDir).filePath(QStringLiteral("invoice-pdf.png"));
    }
}

// Catches the PayPal approval URL the checkout wizard would open in a browser.
class UrlSink : public QObject
{
    Q_OBJECT
public slots:
    void openUrl(const QUrl&) { }
};

void TestScreenshots::checkout()
{
    UrlSink sink;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &sink, "openUrl");
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("checkout.ini"));
    options.silentSignIn = false;
    PortalController portal(options);
    portal.start();
    QVERIFY(signInAsDemo(portal, m_server.baseUrl()));
    lp::ui::MainWindow* window = portal.mainWindow();
    window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const auto idOf = [&portal](const QString& product) {
        for (const auto& license : portal.licenseModel()->licenses()) {
            if (license.product == product) {
                return license.id;
            }
        }
        return QString();
    };
    const auto open = [&](const QString& product, lp::ui::CheckoutPreset preset) -> lp::ui::CheckoutWizard* {
        window->licenseKeysPane()->selectLicense(idOf(product));
        lp::ui::CheckoutWizard* wizard = portal.openCheckout(idOf(product), preset);
        if (!wizard || !QTest::qWaitForWindowExposed(wizard)) {
            return nullptr;
        }
        wizard->session()->setQuoteDelay(std::chrono::milliseconds(0));
        wizard->session()->setPollInterval(std::chrono::milliseconds(200));
        return wizard;
    };
    const auto quoted = [](lp::ui::CheckoutWizard* wizard) {
        return QTest::qWaitFor(
            [wizard] { return wizard->session()->state() == lp::CheckoutSession::State::Quoted; }, 20000);
    };
    const auto methodsLoaded = [](lp::ui::CheckoutWizard* wizard) {
        return QTest::qWaitFor([wizard] { return wizard->session()->paymentConfig().has_value(); }, 20000);
    };

    // The entry points in the keys pane, for review.
    window->licenseKeysPane()->selectLicense(idOf(QStringLiteral("Barcode Reader SDK – Desktop")));
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("license-keys-suspended.png")).isEmpty());

    // A per-device key close to its allowance: more devices and a renewal, paid by card.
    lp::ui::CheckoutWizard* wizard
        = open(QStringLiteral("Barcode Reader SDK – Mobile"), lp::ui::CheckoutPreset::AddDevices);
    QVERIFY(wizard);
    wizard->findChild<QRadioButton*>(QStringLiteral("renew1Radio"))->setChecked(true);
    QVERIFY(quoted(wizard));
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-choose.png")).isEmpty());
    wizard->next();
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-quote.png")).isEmpty());
    wizard->next();
    QVERIFY(methodsLoaded(wizard));
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-method.png")).isEmpty());
    wizard->next();
    const auto type = [wizard](const QString& name, const QString& text) {
        auto* edit = wizard->findChild<QLineEdit*>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    };
    type(QStringLiteral("cardNumberEdit"), QStringLiteral("4000000000000002"));
    type(QStringLiteral("cardExpiryEdit"), QStringLiteral("1230"));
    type(QStringLiteral("cardCvcEdit"), QStringLiteral("123"));
    type(QStringLiteral("cardNameEdit"), QStringLiteral("Dana Whitfield"));
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-card.png")).isEmpty());
    wizard->next(); // pays: declined
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QLabel*>(QStringLiteral("payMessageLabel"))->isVisible(),
                             20000);
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-card-declined.png")).isEmpty());
    type(QStringLiteral("cardNumberEdit"), QStringLiteral("4242424242424242"));
    type(QStringLiteral("cardCvcEdit"), QStringLiteral("123"));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(lp::ui::CheckoutWizard::DonePage), 20000);
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-receipt.png")).isEmpty());
    wizard->accept();

    // A renewal by wire transfer: the pro-forma invoice.
    wizard = open(QStringLiteral("Document Normalizer SDK"), lp::ui::CheckoutPreset::Renewal);
    QVERIFY(wizard);
    wizard->findChild<QRadioButton*>(QStringLiteral("renew2Radio"))->setChecked(true);
    QVERIFY(quoted(wizard));
    wizard->next();
    wizard->next();
    QVERIFY(methodsLoaded(wizard));
    wizard->findChild<QRadioButton*>(QStringLiteral("methodWireRadio"))->setChecked(true);
    wizard->next();
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-wire.png")).isEmpty());
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(lp::ui::CheckoutWizard::DonePage), 20000);
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-invoice.png")).isEmpty());
    wizard->accept();

    // A key with an order awaiting payment: no other order until it is paid or cancelled.
    wizard = open(QStringLiteral("Warehouse Scanner Fleet"), lp::ui::CheckoutPreset::RefreshCadence);
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QLabel*>(QStringLiteral("awaitingOrderLabel"))->isVisible(),
                             20000);
    QVERIFY(quoted(wizard));
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-awaiting-order.png")).isEmpty());
    wizard->reject();

    // A shorter device refresh with PayPal, waiting for the approval; then cancelled.
    wizard = open(QStringLiteral("Retail Handheld Fleet"), lp::ui::CheckoutPreset::RefreshCadence);
    QVERIFY(wizard);
    QVERIFY(quoted(wizard));
    wizard->next();
    wizard->next();
    QVERIFY(methodsLoaded(wizard));
    wizard->findChild<QRadioButton*>(QStringLiteral("methodPayPalRadio"))->setChecked(true);
    wizard->next();
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->session()->state(), lp::CheckoutSession::State::AwaitingApproval,
                              20000);
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-paypal.png")).isEmpty());
    QVERIFY(wizard->session()->cancel());
    QTRY_COMPARE_WITH_TIMEOUT(wizard->session()->state(), lp::CheckoutSession::State::Quoted, 20000);
    wizard->reject();

    // A per-scan key: more quota.
    wizard = open(QStringLiteral("Barcode Reader SDK – Server"), lp::ui::CheckoutPreset::AddQuota);
    QVERIFY(wizard);
    QVERIFY(quoted(wizard));
    QTest::qWait(50);
    QVERIFY(!save(wizard, QStringLiteral("checkout-choose-per-scan.png")).isEmpty());
    wizard->reject();
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestScreenshots::offlineActivation()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("offline.ini"));
    options.silentSignIn = false;
    PortalController portal(options);
    portal.start();
    QVERIFY(signInAsDemo(portal, m_server.baseUrl()));
    lp::ui::MainWindow* window = portal.mainWindow();
    lp::ui::OfflinePane* pane = portal.offlinePane();
    // The navigation rows follow the stack's pages.
    window->findChild<QListWidget*>(QStringLiteral("navigationList"))
        ->setCurrentRow(window->findChild<QStackedWidget*>()->indexOf(pane));
    auto* combo = pane->findChild<QComboBox*>(QStringLiteral("offlineLicenseCombo"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Warehouse Scanner Fleet")));
    const QString hash = lp::DeviceFingerprint::hashOf("cold-store-scanner-7");
    QFile request(m_dir.filePath(QStringLiteral("request.json")));
    QVERIFY(request.open(QIODevice::WriteOnly));
    request.write(
        QJsonDocument(lp::proto::OfflineActivationRequest {hash, QStringLiteral("Android 13"),
                                                           QStringLiteral("Cold store scanner 7"), 365}
                          .toJson())
            .toJson());
    request.close();
    QVERIFY(pane->importRequest(request.fileName()));
    QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("offlineIssueButton")), Qt::LeftButton);
    auto* saveButton = pane->findChild<QPushButton*>(QStringLiteral("offlineSaveButton"));
    QTRY_VERIFY_WITH_TIMEOUT(saveButton->isEnabled(), 20000);
    const QString file = m_dir.filePath(QStringLiteral("offline-license.json"));
    QVERIFY(pane->saveIssued(file));
    pane->verifyFile(file);
    auto* result = pane->findChild<QLabel*>(QStringLiteral("offlineVerifyResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("<ul>")), 20000);
    QTest::qWait(50);
    QVERIFY(!save(window, QStringLiteral("offline-activation.png")).isEmpty());
}

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
