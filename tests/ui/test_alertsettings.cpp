// Alerts in the client, offscreen, against a real demo server: Settings > Alerts… turns kinds of
// notification off and on (kept in AppSettings, not on Cancel); after sign-in the enabled kinds are
// notified (the status bar, as offscreen has no system tray) and every key with a crossed threshold wears
// a badge in the keys pane, whether its kind notifies or not. A client left open notices a threshold
// that time crosses by itself (a manual clock, and the refresh timer's poll shortened), also when the
// server cannot be reached.
#include "Alert.h"
#include "AlertMonitor.h"
#include "AlertNotifier.h"
#include "AlertSettingsDialog.h"
#include "AppSettings.h"
#include "AutoRefresh.h"
#include "Clock.h"
#include "DemoSignIn.h"
#include "LicenseKeysPane.h"
#include "LicenseModel.h"
#include "LicenseService.h"
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
    void aClientLeftOpenNotifiesWhatTimeCrosses();

private:
    AlertSettingsDialog* openDialog();
    QString iniPath() const { return m_dir.filePath(QStringLiteral("portal.ini")); }

    TestServer m_server;
    QTemporaryDir m_dir;
    std::shared_ptr<lp::ManualClock> m_clock;
    std::unique_ptr<PortalController> m_portal;
};

void TestAlertSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
    PortalController::Options options;
    options.settingsPath = iniPath();
    options.silentSignIn = false;
    m_clock = std::make_shared<lp::ManualClock>(QDateTime::currentDateTimeUtc());
    options.clock = m_clock;
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

void TestAlertSettings::aClientLeftOpenNotifiesWhatTimeCrosses()
{
    // Expiry notifications on again. "Document Normalizer SDK" ends in 18 days: its 30-day threshold was
    // crossed while they were off, so it counts as notified.
    m_portal->settings()->setAlertsEnabled(Alert::Kind::Expiry, true);
    lp::AutoRefresh* autoRefresh = m_portal->autoRefresh();
    QVERIFY(autoRefresh->isActive());
    QSignalSpy raised(m_portal->alertMonitor(), &lp::AlertMonitor::alertRaised);
    QSignalSpy refreshed(m_portal->licenseService(), &lp::LicenseService::refreshed);
    autoRefresh->setPollInterval(std::chrono::milliseconds(50));
    // Nothing is due before the hour is over.
    QTest::qWait(500);
    QVERIFY(refreshed.isEmpty());
    QVERIFY(raised.isEmpty());

    // Five days later, with nobody at the keyboard: 13 days left crosses the 14-day threshold.
    m_clock->advance(5 * 24 * 3600);
    QTRY_VERIFY_WITH_TIMEOUT(!raised.isEmpty(), 20000);
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(raised.count(), 1);
    const auto alert = raised.first().first().value<Alert>();
    QCOMPARE(alert.product, QStringLiteral("Document Normalizer SDK"));
    QCOMPARE(alert.kind, Alert::Kind::Expiry);
    QCOMPARE(alert.threshold, 14);
    QVERIFY2(m_portal->mainWindow()->statusBar()->currentMessage().startsWith(alert.title),
             qPrintable(m_portal->mainWindow()->statusBar()->currentMessage()));
    // Once: the next turns, an hour apart, find nothing new.
    m_clock->advance(3600);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 20000);
    QCOMPARE(raised.count(), 1);

    // Without the server the keys already loaded still tell the time left: six days on, 7 days is crossed.
    QSignalSpy failed(m_portal->licenseService(), &lp::LicenseService::refreshFailed);
    m_server.stop();
    m_clock->advance(6 * 24 * 3600);
    QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 2, 30000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(refreshed.count(), 2);
    const auto offline = raised.last().first().value<Alert>();
    QCOMPARE(offline.product, QStringLiteral("Document Normalizer SDK"));
    QCOMPARE(offline.kind, Alert::Kind::Expiry);
    QCOMPARE(offline.threshold, 7);
}

QTEST_MAIN(TestAlertSettings)
#include "test_alertsettings.moc"
