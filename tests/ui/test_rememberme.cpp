// "Remember me" end to end, through the widgets, in a real (throwaway) Secret Service keyring: sign in
// with the box ticked, start again and get in without the dialog, sign out and be asked again.
#include "InfoBar.h"
#include "LicenseModel.h"
#include "MainWindow.h"
#include "PortalController.h"
#include "Session.h"
#include "SignInDialog.h"
#include "TestServer.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using lp::ui::PortalController;

class TestRememberMe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInWithRememberMe();
    void nextStartSignsInSilently();
    void signOutForgetsTheSignIn();

private:
    std::unique_ptr<PortalController> makePortal();

    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestRememberMe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
}

std::unique_ptr<PortalController> TestRememberMe::makePortal()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    auto portal = std::make_unique<PortalController>(options);
    portal->start();
    return portal;
}

void TestRememberMe::signInWithRememberMe()
{
    auto portal = makePortal();
    lp::ui::SignInDialog* dialog = portal->signInDialog();
    QVERIFY(dialog);
    auto* server = dialog->findChild<QLineEdit*>(QStringLiteral("serverEdit"));
    server->clear();
    QTest::keyClicks(server, m_server.baseUrl().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                     QStringLiteral("demo@example.com"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                     QStringLiteral("demo-portal-2026"));
    dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(portal->session()->state(), lp::Session::State::SignedIn, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(portal->session()->isRemembered(), 20000);
    QVERIFY(!portal->mainWindow()->infoBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(portal->licenseModel()->rowCount() >= 5, 20000);
}

void TestRememberMe::nextStartSignsInSilently()
{
    auto portal = makePortal();
    // While the keychain and the server answer, the window says what it is doing.
    auto* account = portal->mainWindow()->findChild<QLabel*>(QStringLiteral("accountStatusLabel"));
    QVERIFY(account);
    QCOMPARE(account->text(), QStringLiteral("Signing in…"));
    QTRY_COMPARE_WITH_TIMEOUT(portal->session()->state(), lp::Session::State::SignedIn, 20000);
    QVERIFY(!portal->signInDialog() || !portal->signInDialog()->isVisible());
    QTRY_VERIFY(account->text().contains(QLatin1String("Northwind Logistics")));
    QTRY_VERIFY_WITH_TIMEOUT(portal->licenseModel()->rowCount() >= 5, 20000);
    portal->mainWindow()->findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(portal->session()->state(), lp::Session::State::SignedOut, 20000);
    QTRY_VERIFY(portal->signInDialog() && portal->signInDialog()->isVisible());
}

void TestRememberMe::signOutForgetsTheSignIn()
{
    auto portal = makePortal();
    // With the keychain entry gone, the start ends in the dialog.
    QTRY_VERIFY_WITH_TIMEOUT(portal->signInDialog() && portal->signInDialog()->isVisible(), 20000);
    QCOMPARE(portal->session()->state(), lp::Session::State::SignedOut);
}

QTEST_MAIN(TestRememberMe)
#include "test_rememberme.moc"
