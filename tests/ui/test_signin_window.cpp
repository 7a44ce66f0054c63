// Signs in through the real dialog against a real demo license-server and works the keys pane as a
// user would: the whole client object graph, offscreen.
#include "InfoBar.h"
#include "LicenseDetailsPanel.h"
#include "LicenseKeysPane.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "MainWindow.h"
#include "PortalController.h"
#include "Session.h"
#include "SignInDialog.h"
#include "TestServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using lp::ui::PortalController;

class TestSignInWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInShowsDemoKeys();
    void searchFiltersKeys();
    void detailsShowMaskedKeyAndCopyPutsClearKeyOnClipboard();
    void statusBarShowsAccount();
    void signOutReturnsToSignIn();
    void wrongPasswordIsExplained();
    void implausibleInputKeepsSignInDisabled();
    void missingKeychainIsToldWithoutBlocking();

private:
    std::unique_ptr<PortalController> makePortal();
    void fillAndSubmit(lp::ui::SignInDialog* dialog, const QString& email, const QString& password);
    template<typename T>
    T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QLatin1String(name));
        if (!found) {
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PortalController> m_portal;
};

void TestSignInWindow::initTestCase()
{
    // Geometry and splitter positions go to a throwaway QSettings location.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.log()));
}

std::unique_ptr<PortalController> TestSignInWindow::makePortal()
{
    PortalController::Options options;
    options.settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    options.silentSignIn = false;
    auto portal = std::make_unique<PortalController>(options);
    portal->start();
    return portal;
}

void TestSignInWindow::fillAndSubmit(lp::ui::SignInDialog* dialog, const QString& email,
                                     const QString& password)
{
    auto* server = child<QLineEdit>(dialog, "serverEdit");
    auto* emailEdit = child<QLineEdit>(dialog, "emailEdit");
    auto* passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    auto* remember = child<QCheckBox>(dialog, "rememberCheck");
    auto* signIn = child<QPushButton>(dialog, "signInButton");
    QVERIFY(server && emailEdit && passwordEdit && remember && signIn);

    server->clear();
    QTest::keyClicks(server, m_server.baseUrl().toString());
    emailEdit->clear();
    QTest::keyClicks(emailEdit, email);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    // No keychain in this test: the session stays in memory.
    if (remember->isChecked()) {
        QTest::mouseClick(remember, Qt::LeftButton);
    }
    QVERIFY(!remember->isChecked());
    QVERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
}

void TestSignInWindow::signInShowsDemoKeys()
{
    m_portal = makePortal();
    lp::ui::SignInDialog* dialog = m_portal->signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    fillAndSubmit(dialog, QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026"));

    QTRY_COMPARE_WITH_TIMEOUT(m_portal->session()->state(), lp::Session::State::SignedIn, 20000);
    QTRY_VERIFY(!m_portal->signInDialog() || !m_portal->signInDialog()->isVisible());

    auto* window = m_portal->mainWindow();
    QCOMPARE(window->windowTitle(), QStringLiteral("LicensePortal"));
    auto* table = child<QTableView>(window, "licenseTable");
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 5, 20000);
    bool found = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        found = found
            || table->model()
                   ->index(row, lp::LicenseModel::Product)
                   .data()
                   .toString()
                   .contains(QStringLiteral("Barcode Reader SDK"));
    }
    QVERIFY(found);
    QTRY_VERIFY(!m_portal->licenseService()->isBusy());
    QVERIFY(!child<QLabel>(window, "refreshStatusLabel")->text().isEmpty());
}

void TestSignInWindow::searchFiltersKeys()
{
    QVERIFY(m_portal);
    auto* window = m_portal->mainWindow();
    auto* search = child<QLineEdit>(window, "licenseSearchEdit");
    auto* table = child<QTableView>(window, "licenseTable");
    auto* empty = child<QLabel>(window, "licenseEmptyLabel");
    QVERIFY(search && table && empty);
    QAbstractItemModel* proxy = table->model();
    const int total = proxy->rowCount();

    // A handshake code is unique: exactly one key.
    const QString code = proxy->index(0, lp::LicenseModel::HandshakeCode).data().toString();
    QVERIFY(!code.isEmpty());
    QTest::keyClicks(search, code.toLower());
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, lp::LicenseModel::HandshakeCode).data().toString(), code);

    search->clear();
    QCOMPARE(proxy->rowCount(), total);
    int expected = 0;
    for (const auto& license : m_portal->licenseModel()->licenses()) {
        expected += license.product.contains(QStringLiteral("barcode reader"), Qt::CaseInsensitive) ? 1 : 0;
    }
    QTest::keyClicks(search, QStringLiteral("barcode reader"));
    QCOMPARE(proxy->rowCount(), expected);
    QVERIFY(expected > 0 && expected < total);

    search->clear();
    QTest::keyClicks(search, QStringLiteral("xyz-no-such-key"));
    QCOMPARE(proxy->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("xyz-no-such-key")));

    search->clear();
    QCOMPARE(proxy->rowCount(), total);
    QVERIFY(table->isVisible());

    // Ctrl+F comes back to the search box from anywhere in the window.
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

void TestSignInWindow::detailsShowMaskedKeyAndCopyPutsClearKeyOnClipboard()
{
    QVERIFY(m_portal);
    auto* window = m_portal->mainWindow();
    auto* table = child<QTableView>(window, "licenseTable");
    auto* details = child<QWidget>(window, "licenseDetails");
    QVERIFY(table && details);

    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
        if (table->model()
                ->index(r, lp::LicenseModel::Product)
                .data()
                .toString()
                .contains(QStringLiteral("Barcode"))) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    const QString id = table->model()->index(row, 0).data(lp::LicenseModel::IdRole).toString();
    const auto license
        = table->model()->index(row, 0).data(lp::LicenseModel::LicenseRole).value<lp::proto::License>();

    auto* handshake = child<QLabel>(details, "handshakeCodeLabel");
    auto* keyLabel = child<QLabel>(details, "licenseKeyLabel");
    auto* copyKey = child<QPushButton>(details, "copyKeyButton");
    auto* copyHandshake = child<QPushButton>(details, "copyHandshakeButton");
    QVERIFY(handshake && keyLabel && copyKey && copyHandshake);
    QCOMPARE(handshake->text(), license.handshakeCode);
    QCOMPARE(child<QLabel>(details, "productLabel")->text(), license.product);
    const QString masked = keyLabel->text();
    QVERIFY2(masked.contains(QChar(0x2022)), qPrintable(masked));

    QClipboard* clipboard = QGuiApplication::clipboard();
    QTest::mouseClick(copyHandshake, Qt::LeftButton);
    QCOMPARE(clipboard->text(), license.handshakeCode);

    clipboard->clear();
    QTest::mouseClick(copyKey, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!clipboard->text().isEmpty(), 15000);
    const QString clear = clipboard->text();
    QVERIFY(clear != masked);
    QVERIFY(!clear.contains(QChar(0x2022)));
    QCOMPARE(clear.left(4), masked.left(4));
    // Copying never reveals the key on screen.
    QCOMPARE(keyLabel->text(), masked);
    QVERIFY(!keyLabel->text().contains(clear));
    QVERIFY(child<QLabel>(details, "copyFeedbackLabel")->text().contains(QStringLiteral("copied")));

    // A refresh keeps the selection by license id.
    m_portal->licenseService()->refresh();
    QTRY_VERIFY(!m_portal->licenseService()->isBusy());
    QCOMPARE(window->licenseKeysPane()->selectedLicenseId(), id);
    QCOMPARE(handshake->text(), license.handshakeCode);
}

void TestSignInWindow::statusBarShowsAccount()
{
    QVERIFY(m_portal);
    auto* window = m_portal->mainWindow();
    const auto& me = m_portal->session()->me();
    QVERIFY(!me.account.name.isEmpty());
    const QString account = child<QLabel>(window, "accountStatusLabel")->text();
    QVERIFY2(account.contains(me.account.name), qPrintable(account));
    QVERIFY2(account.contains(me.user.name.isEmpty() ? me.user.email : me.user.name), qPrintable(account));
    const QString server = child<QLabel>(window, "serverStatusLabel")->text();
    QCOMPARE(server, QStringLiteral("%1:%2").arg(m_server.baseUrl().host()).arg(m_server.baseUrl().port()));
}

void TestSignInWindow::signOutReturnsToSignIn()
{
    QVERIFY(m_portal);
    auto* window = m_portal->mainWindow();
    auto* signOut = window->findChild<QAction*>(QStringLiteral("signOutAction"));
    QVERIFY(signOut && signOut->isEnabled());
    signOut->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_portal->session()->state(), lp::Session::State::SignedOut, 15000);
    QTRY_VERIFY(m_portal->signInDialog() && m_portal->signInDialog()->isVisible());
    QCOMPARE(m_portal->licenseModel()->rowCount(), 0);
    // The remembered email is prefilled; the password is not.
    QCOMPARE(child<QLineEdit>(m_portal->signInDialog(), "emailEdit")->text(),
             QStringLiteral("demo@example.com"));
    QVERIFY(child<QLineEdit>(m_portal->signInDialog(), "passwordEdit")->text().isEmpty());
    m_portal.reset();
}

void TestSignInWindow::wrongPasswordIsExplained()
{
    auto portal = makePortal();
    lp::ui::SignInDialog* dialog = portal->signInDialog();
    QVERIFY(dialog);
    fillAndSubmit(dialog, QStringLiteral("demo@example.com"), QStringLiteral("not-the-password"));
    auto* error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("password"), Qt::CaseInsensitive),
             qPrintable(error->text()));
    QVERIFY2(error->text().endsWith(QLatin1Char('.')), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(portal->session()->state(), lp::Session::State::SignedOut);
    // Inputs are usable again for a second try.
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
}

void TestSignInWindow::implausibleInputKeepsSignInDisabled()
{
    auto portal = makePortal();
    lp::ui::SignInDialog* dialog = portal->signInDialog();
    QVERIFY(dialog);
    auto* server = child<QLineEdit>(dialog, "serverEdit");
    auto* email = child<QLineEdit>(dialog, "emailEdit");
    auto* password = child<QLineEdit>(dialog, "passwordEdit");
    auto* signIn = child<QPushButton>(dialog, "signInButton");
    server->setText(m_server.baseUrl().toString());
    email->setText(QStringLiteral("demo@example.com"));
    password->setText(QStringLiteral("x"));
    QVERIFY(signIn->isEnabled());
    server->setText(QStringLiteral("ftp://example.com"));
    QVERIFY(!signIn->isEnabled());
    server->setText(m_server.baseUrl().toString());
    email->setText(QStringLiteral("demo-at-example.com"));
    QVERIFY(!signIn->isEnabled());
    emit email->editingFinished();
    QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("email address")));
}

void TestSignInWindow::missingKeychainIsToldWithoutBlocking()
{
    // ctest points D-Bus at nowhere for this suite: there is no Secret Service to remember the sign-in.
    auto portal = makePortal();
    lp::ui::SignInDialog* dialog = portal->signInDialog();
    QVERIFY(dialog);
    auto* server = child<QLineEdit>(dialog, "serverEdit");
    server->setText(m_server.baseUrl().toString());
    child<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("demo@example.com"));
    child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("demo-portal-2026"));
    child<QCheckBox>(dialog, "rememberCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(portal->session()->state(), lp::Session::State::SignedIn, 20000);
    auto* infoBar = portal->mainWindow()->infoBar();
    QTRY_VERIFY_WITH_TIMEOUT(infoBar->isVisible(), 30000);
    QVERIFY2(infoBar->text().contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
             qPrintable(infoBar->text()));
    QVERIFY(!portal->session()->isRemembered());
    // The window goes on working: the keys arrive regardless.
    QTRY_VERIFY_WITH_TIMEOUT(portal->licenseModel()->rowCount() >= 5, 20000);
}

QTEST_MAIN(TestSignInWindow)
#include "test_signin_window.moc"
