// Session against a real license-server and the real Secret Service (run through with-keyring.sh).
#include "ApiClient.h"
#include "AppSettings.h"
#include "CredentialStore.h"
#include "Session.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace lp;

namespace {
const QString kDemoEmail = QStringLiteral("demo@example.com");
const QString kDemoPassword = QStringLiteral("demo-portal-2026");
const QString kService = QStringLiteral("LicensePortalSessionTest");
} // namespace

// One client as the application wires it: an API client, the keychain, settings and the session.
struct Client
{
    explicit Client(const QString& iniPath)
        : settings(iniPath)
        , credentials(kService)
        , session(&api, &credentials, &settings)
    { }
    ApiClient api;
    AppSettings settings;
    CredentialStore credentials;
    Session session;
};

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.startDemo(), qPrintable(m_server.log())); }

    void init() { m_ini = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter)); }

    void rememberedSignInSurvivesARestartAndFollowsRotation()
    {
        QString firstToken;
        {
            Client client(m_ini);
            QSignalSpy signedIn(&client.session, &Session::signedIn);
            QSignalSpy unavailable(&client.session, &Session::keychainUnavailable);
            client.session.signIn(m_server.baseUrl(), kDemoEmail, kDemoPassword, true);
            QCOMPARE(client.session.state(), Session::State::SigningIn);
            QVERIFY(signedIn.wait(20000));
            QCOMPARE(client.session.state(), Session::State::SignedIn);
            QCOMPARE(client.session.me().user.email, kDemoEmail);
            QVERIFY(client.session.isRemembered());
            QCOMPARE(unavailable.count(), 0);
            firstToken = client.api.refreshToken();
            QCOMPARE(stored(client.credentials).secret, firstToken);
            QCOMPARE(client.settings.lastEmail(), kDemoEmail);
            QCOMPARE(client.settings.lastServer(), m_server.baseUrl());
            QVERIFY(client.settings.rememberMe());

            // A rotation while signed in is written through.
            QSignalSpy tokensChanged(&client.api, &ApiClient::tokensChanged);
            client.api.refresh();
            QVERIFY(tokensChanged.wait(20000));
            QVERIFY(client.api.refreshToken() != firstToken);
            QTRY_COMPARE(stored(client.credentials).secret, client.api.refreshToken());
            firstToken = client.api.refreshToken();
        }

        // A restart: a new client with the same settings signs in silently from the keychain.
        Client restarted(m_ini);
        QSignalSpy finished(&restarted.session, &Session::silentSignInFinished);
        restarted.session.trySilentSignIn();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(restarted.session.state(), Session::State::SignedIn);
        QCOMPARE(restarted.session.me().user.email, kDemoEmail);
        // The silent sign-in rotated the token; the keychain must hold the new one.
        QVERIFY(restarted.api.refreshToken() != firstToken);
        QTRY_COMPARE(stored(restarted.credentials).secret, restarted.api.refreshToken());

        // Sign-out forgets it, and the next start cannot sign in silently.
        QSignalSpy signedOut(&restarted.session, &Session::signedOut);
        restarted.session.signOut();
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(restarted.session.state(), Session::State::SignedOut);
        QTRY_COMPARE(stored(restarted.credentials).status, CredentialStore::Status::NotFound);

        Client again(m_ini);
        QSignalSpy failed(&again.session, &Session::silentSignInFinished);
        again.session.trySilentSignIn();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().toBool(), false);
        QCOMPARE(again.session.state(), Session::State::SignedOut);
    }

    void notRememberedStoresNothing()
    {
        Client client(m_ini);
        // A token left by an earlier "remember me" must go too.
        std::optional<CredentialStore::Result> written;
        client.credentials.writeRefreshToken(m_server.baseUrl(), kDemoEmail, QStringLiteral("old-token"),
                                             this, [&](const CredentialStore::Result& r) { written = r; });
        QTRY_VERIFY(written.has_value());
        QSignalSpy signedIn(&client.session, &Session::signedIn);
        client.session.signIn(m_server.baseUrl(), kDemoEmail, kDemoPassword, false);
        QVERIFY(signedIn.wait(20000));
        QVERIFY(!client.session.isRemembered());
        QVERIFY(!client.settings.rememberMe());
        QTRY_COMPARE(stored(client.credentials).status, CredentialStore::Status::NotFound);
        // And a token rotation does not write one.
        QSignalSpy tokensChanged(&client.api, &ApiClient::tokensChanged);
        client.api.refresh();
        QVERIFY(tokensChanged.wait(20000));
        QTest::qWait(300);
        QCOMPARE(stored(client.credentials).status, CredentialStore::Status::NotFound);

        Client restarted(m_ini);
        QSignalSpy finished(&restarted.session, &Session::silentSignInFinished);
        restarted.session.trySilentSignIn();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
    }

    void wrongPasswordFails()
    {
        Client client(m_ini);
        QSignalSpy failed(&client.session, &Session::signInFailed);
        client.session.signIn(m_server.baseUrl(), QStringLiteral("nobody@example.com"),
                              QStringLiteral("wrong-password"), true);
        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.status, 401);
        QCOMPARE(client.session.state(), Session::State::SignedOut);
        QCOMPARE(client.settings.lastEmail(), QString());
    }

    void staleKeychainTokenIsDeleted()
    {
        Client client(m_ini);
        client.settings.setLastServer(m_server.baseUrl());
        client.settings.setLastEmail(kDemoEmail);
        client.settings.setRememberMe(true);
        std::optional<CredentialStore::Result> written;
        client.credentials.writeRefreshToken(m_server.baseUrl(), kDemoEmail,
                                             QStringLiteral("revoked-long-ago"), this,
                                             [&](const CredentialStore::Result& r) { written = r; });
        QTRY_VERIFY(written.has_value());
        QSignalSpy finished(&client.session, &Session::silentSignInFinished);
        QSignalSpy expired(&client.session, &Session::sessionExpired);
        client.session.trySilentSignIn();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(expired.count(), 0);
        QTRY_COMPARE(stored(client.credentials).status, CredentialStore::Status::NotFound);
    }

    void refusedRefreshWhileSignedInExpiresTheSession()
    {
        Client client(m_ini);
        QSignalSpy signedIn(&client.session, &Session::signedIn);
        client.session.signIn(m_server.baseUrl(), kDemoEmail, kDemoPassword, true);
        QVERIFY(signedIn.wait(20000));
        // The session is revoked elsewhere (another client signs out with the same refresh token).
        ApiClient other;
        other.setBaseUrl(m_server.baseUrl());
        other.setRefreshToken(client.api.refreshToken());
        QSignalSpy loggedOut(other.logout(), &ApiJob::finished);
        QVERIFY(loggedOut.wait(20000));
        client.api.setTokens({QStringLiteral("expired-access"), client.api.refreshToken(), 900});

        QSignalSpy expired(&client.session, &Session::sessionExpired);
        client.api.fetchMe();
        QVERIFY(expired.wait(20000));
        QCOMPARE(client.session.state(), Session::State::SignedOut);
        QTRY_COMPARE(stored(client.credentials).status, CredentialStore::Status::NotFound);
    }

private:
    CredentialStore::Result stored(CredentialStore& store)
    {
        std::optional<CredentialStore::Result> result;
        store.readRefreshToken(m_server.baseUrl(), kDemoEmail, this,
                               [&](const CredentialStore::Result& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
            qWarning("the keychain did not answer");
        }
        return result.value_or(CredentialStore::Result {});
    }

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_ini;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
