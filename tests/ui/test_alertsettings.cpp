// Alerts in the client, offscreen, against a real demo server: Settings > Alerts… turns kinds of
// notification off and on (kept in AppSettings, not on Cancel); after sign-in the enabled kinds are
// notified (the status bar, as offscreen has no system tray) and every key with a crossed threshold wears
// a badge in the keys pane, whether its kind notifies or not.
#include "Alert.h"
#include "AlertMonitor.h"
#include "AlertNotifier.h"
#include "AlertSettingsDialog.h"
#include "AppSettings.h"
#include "DemoSignIn.h"
#include "LicenseKeysPane.h"
#include "LicenseModel.h"
#include "MainWindow.h"
#include "PortalController.h"
#include "TestServer.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QIcon>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using lp::Alert;
using lp::ui::AlertSettingsDialog;
using lp::ui::PortalController;

class TestAlertSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void togglingKindsPersists();
    void cancelKeepsTheStoredChoice();
    void enabledKindsNotifyAndEveryAlertIsABadge();

private:
    AlertSettingsDialog* openDialog();
    QString iniPath() const { return m_dir.filePath(QStringLiteral("portal.ini")); }

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalController> m_portal;
};

void TestAlertSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({QStringLiteral("--demo")}), qPrintable(m_server.log()));
    PortalController::Options options;
    options.settingsPath = iniPath();
    options.silentSignIn = false;
    m_portal = std::make_unique<PortalController>(options);
}

void TestAlertSettings::cleanupTestCase()
{
    m_portal.reset();
}

AlertSettingsDialog* TestAlertSettings::openDialog()
{
    auto* action = m_portal->mainWindow()->findChild<QAction*>(QStringLiteral("alertSettingsAction"));
    if (!action) {
        return nullptr;
    }
    action->trigger();
    auto* dialog = m_portal->mainWindow()->findChild<AlertSettingsDialog*>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestAlertSettings::togglingKindsPersists()
{
    AlertSettingsDialog* dialog = openDialog();
    QVERIFY(dialog);
    // Every kind notifies until the user says otherwise.
    for (const auto kind : {Alert::Kind::Quota, Alert::Kind::Allowance, Alert::Kind::Expiry}) {
        QVERIFY(dialog->checkBox(kind)->isChecked());
    }
    // Expiry off with the keyboard, quota off with the mouse.
    QCheckBox* expiry = dialog->checkBox(Alert::Kind::Expiry);
    expiry->setFocus();
    QTest::keyClick(expiry, Qt::Key_Space);
    QCheckBox* quota = dialog->checkBox(Alert::Kind::Quota);
    QTest::mouseClick(quota, Qt::LeftButton, {}, QPoint(8, quota->height() / 2));
    QVERIFY(!expiry->isChecked() && !quota->isChecked());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_portal->mainWindow()->findChild<AlertSettingsDialog*>());

    const lp::AppSettings stored(iniPath());
    QVERIFY(!stored.alertsEnabled(Alert::Kind::Expiry));
    QVERIFY(!stored.alertsEnabled(Alert::Kind::Quota));
    QVERIFY(stored.alertsEnabled(Alert::Kind::Allowance));

    // Reopened, it shows what is stored; quota back on.
    dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->checkBox(Alert::Kind::Expiry)->isChecked());
    QVERIFY(dialog->checkBox(Alert::Kind::Allowance)->isChecked());
    dialog->checkBox(Alert::Kind::Quota)->setChecked(true);
    dialog->accept();
    QVERIFY(m_portal->settings()->alertsEnabled(Alert::Kind::Quota));
}

void TestAlertSettings::cancelKeepsTheStoredChoice()
{
    AlertSettingsDialog* dialog = openDialog();
    QVERIFY(dialog);
    dialog->checkBox(Alert::Kind::Allowance)->setChecked(false);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_portal->mainWindow()->findChild<AlertSettingsDialog*>());
    QVERIFY(m_portal->settings()->alertsEnabled(Alert::Kind::Allowance));
}

void TestAlertSettings::enabledKindsNotifyAndEveryAlertIsABadge()
{
    QSignalSpy raised(m_portal->alertMonitor(), &lp::AlertMonitor::alertRaised);
    m_portal->start();
    QVERIFY(signInAsDemo(*m_portal, m_server.baseUrl()));
    QTRY_VERIFY(!raised.isEmpty());
    // Expiry notifications are off: none, though "Document Normalizer SDK" ends in 18 days.
    QStringList notified;
    for (const QList<QVariant>& arguments : std::as_const(raised)) {
        const auto alert = arguments.first().value<Alert>();
        QVERIFY(alert.kind != Alert::Kind::Expiry);
        notified << alert.product;
    }
    QVERIFY2(notified.contains(QStringLiteral("Barcode Reader SDK – Mobile")),
             qPrintable(notified.join(", ")));
    // No system tray offscreen: the last alert is in the status bar.
    QVERIFY(!m_portal->alertNotifier()->usesTray());
    const auto last = raised.last().first().value<Alert>();
    QVERIFY2(m_portal->mainWindow()->statusBar()->currentMessage().startsWith(last.title),
             qPrintable(m_portal->mainWindow()->statusBar()->currentMessage()));

    // The badges: the expiring key has one too, with its alert as tooltip; a quiet key has none.
    QSortFilterProxyModel* keys = m_portal->mainWindow()->licenseKeysPane()->proxyModel();
    QString expiryTip;
    bool quietKeyWithoutBadge = false;
    for (int row = 0; row < keys->rowCount(); ++row) {
        const QModelIndex product = keys->index(row, lp::LicenseModel::Product);
        const QString id = product.data(lp::LicenseModel::IdRole).toString();
        const auto badge = m_portal->alertMonitor()->badgeFor(id);
        QCOMPARE(product.data(Qt::ToolTipRole).toString().isEmpty(), !badge.has_value());
        QVERIFY(!product.data(Qt::DecorationRole).value<QIcon>().isNull()); // transparent without an alert
        if (product.data().toString() == QLatin1String("Document Normalizer SDK")) {
            QVERIFY(badge && badge->kind == Alert::Kind::Expiry);
            expiryTip = product.data(Qt::ToolTipRole).toString();
            QVERIFY(expiryTip.startsWith(badge->title));
        }
        quietKeyWithoutBadge = quietKeyWithoutBadge || !badge;
    }
    QVERIFY(!expiryTip.isEmpty());
    QVERIFY(quietKeyWithoutBadge);
}

QTEST_MAIN(TestAlertSettings)
#include "test_alertsettings.moc"
