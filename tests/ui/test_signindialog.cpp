// The sign-in dialog on its own: prefilling, local validation, and the words for an unreachable server.
#include "ApiClient.h"
#include "AppSettings.h"
#include "CredentialStore.h"
#include "Session.h"
#include "SignInDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using lp::ui::SignInDialog;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void validatesServer_data();
    void validatesServer();
    void validatesEmail_data();
    void validatesEmail();
    void prefillsFromSettings();
    void defaultsToLocalDemoServer();
    void unreachableServerIsExplained();

private:
    QTemporaryDir m_dir;
};

void TestSignInDialog::validatesServer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("http") << "http://127.0.0.1:8080" << true;
    QTest::newRow("https") << "https://licenses.example.com" << true;
    QTest::newRow("spaces") << "  https://licenses.example.com  " << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("ftp") << "ftp://example.com" << false;
    QTest::newRow("no scheme") << "licenses.example.com" << false;
    QTest::newRow("no host") << "https://" << false;
}

void TestSignInDialog::validatesServer()
{
    QFETCH(QString, text);
    QFETCH(bool, plausible);
    const QString problem = SignInDialog::serverProblem(text);
    QCOMPARE(problem.isEmpty(), plausible);
    if (!plausible) {
        QVERIFY(problem.endsWith(QLatin1Char('.')));
    }
}

void TestSignInDialog::validatesEmail_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("plain") << "demo@example.com" << true;
    QTest::newRow("plus") << "jane.doe+licenses@northwind.co.uk" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no at") << "demo.example.com" << false;
    QTest::newRow("no domain dot") << "demo@localhost" << false;
    QTest::newRow("two ats") << "a@b@example.com" << false;
    QTest::newRow("space") << "jane doe@example.com" << false;
}

void TestSignInDialog::validatesEmail()
{
    QFETCH(QString, text);
    QFETCH(bool, plausible);
    QCOMPARE(SignInDialog::emailProblem(text).isEmpty(), plausible);
}

void TestSignInDialog::prefillsFromSettings()
{
    lp::AppSettings settings(m_dir.filePath(QStringLiteral("prefill.ini")));
    settings.setLastServer(QUrl(QStringLiteral("https://licenses.example.com")));
    settings.setLastEmail(QStringLiteral("jane@northwind.example"));
    settings.setRememberMe(true);
    lp::ApiClient api;
    lp::CredentialStore credentials;
    lp::Session session(&api, &credentials, &settings);
    SignInDialog dialog(&session, &settings);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("serverEdit"))->text(),
             QStringLiteral("https://licenses.example.com"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit"))->text(),
             QStringLiteral("jane@northwind.example"));
    QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->isChecked());
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(signIn->isDefault());
    QVERIFY(!signIn->isEnabled());
    QTest::keyClicks(password, QStringLiteral("secret"));
    QVERIFY(signIn->isEnabled());

    // --server wins over the remembered one.
    dialog.setServer(QUrl(QStringLiteral("http://10.0.0.5:9000")));
    QCOMPARE(dialog.server(), QUrl(QStringLiteral("http://10.0.0.5:9000")));
}

void TestSignInDialog::defaultsToLocalDemoServer()
{
    lp::AppSettings settings(m_dir.filePath(QStringLiteral("empty.ini")));
    lp::ApiClient api;
    lp::CredentialStore credentials;
    lp::Session session(&api, &credentials, &settings);
    SignInDialog dialog(&session, &settings);
    QCOMPARE(dialog.server(), lp::AppSettings::defaultServerUrl());
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit"))->text().isEmpty());
}

void TestSignInDialog::unreachableServerIsExplained()
{
    // A port that was just free: nothing listens there, so the connection is refused at once.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    lp::AppSettings settings(m_dir.filePath(QStringLiteral("unreachable.ini")));
    lp::ApiClient api;
    lp::CredentialStore credentials;
    lp::Session session(&api, &credentials, &settings);
    SignInDialog dialog(&session, &settings);
    dialog.show();
    dialog.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("demo@example.com"));
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("demo-portal-2026"));
    dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(false);
    auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("reach"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(signIn->isEnabled());
}

QTEST_MAIN(TestSignInDialog)
#include "test_signindialog.moc"
