// ApiClient against a real license-server on loopback; a local QTcpServer only for the faults a real
// server cannot produce on demand (a hang, a reset, a malformed or oversized body, a gateway error).
#include "ApiClient.h"
#include "LicenseList.h"
#include "MeResponse.h"
#include "Problem.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <memory>
#include <sys/socket.h>

using namespace lp;
using namespace std::chrono_literals;

namespace {
const QString kDemoEmail = QStringLiteral("demo@example.com");
const QString kDemoPassword = QStringLiteral("demo-portal-2026");

// What a job reported, captured in its finished() slot (the job deletes itself afterwards).
template<typename T>
struct Outcome
{
    int finishedCount = 0;
    bool succeeded = false;
    ApiError error;
    QString requestId;
    std::optional<T> value;
};

template<typename T = int>
std::shared_ptr<Outcome<T>> watch(ApiJob* job)
{
    auto outcome = std::make_shared<Outcome<T>>();
    QObject::connect(job, &ApiJob::finished, job, [outcome](ApiJob* done) {
        ++outcome->finishedCount;
        outcome->succeeded = done->succeeded();
        outcome->error = done->error();
        outcome->requestId = done->requestId();
        if (const T* value = done->value<T>()) {
            outcome->value = *value;
        }
    });
    return outcome;
}

// Waits for the job's answer, then a little longer to catch a second finished().
template<typename T>
bool settle(const std::shared_ptr<Outcome<T>>& outcome, int timeoutMs = 20000)
{
    const bool done = QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, timeoutMs);
    QTest::qWait(50);
    return done;
}

// A misbehaving HTTP peer on loopback.
class FaultServer : public QTcpServer
{
public:
    enum class Mode { Hang, Answer, Reset };
    explicit FaultServer(Mode mode, QByteArray answer = {})
        : m_mode(mode)
        , m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int connections = 0;

private:
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& request = m_requests[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n")) {
            return;
        }
        switch (m_mode) {
        case Mode::Hang:
            break; // accepted, read, never answered
        case Mode::Answer:
            socket->write(m_answer);
            socket->disconnectFromHost();
            break;
        case Mode::Reset: {
            // SO_LINGER 0: close() sends a RST instead of a FIN.
            const linger hard {1, 0};
            ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                         sizeof hard);
            socket->abort();
            break;
        }
        }
    }
    Mode m_mode;
    QByteArray m_answer;
    QHash<QTcpSocket*, QByteArray> m_requests;
};

QByteArray httpAnswer(int status, const QByteArray& contentType, const QByteArray& body,
                      const QByteArray& extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra
        + "\r\n" + body;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.startDemo(), qPrintable(m_server.log())); }

    void loginStoresTokens()
    {
        ApiClient client;
        client.setBaseUrl(m_server.baseUrl());
        QSignalSpy tokensChanged(&client, &ApiClient::tokensChanged);
        auto login = watch<proto::TokenPair>(client.login(kDemoEmail, kDemoPassword));
        QVERIFY(settle(login));
        QCOMPARE(login->finishedCount, 1);
        QVERIFY2(login->succeeded, qPrintable(login->error.userMessage()));
        QVERIFY(login->value);
        QVERIFY(!login->value->accessToken.isEmpty());
        QCOMPARE(client.refreshToken(), login->value->refreshToken);
        QCOMPARE(tokensChanged.count(), 1);
    }

    void fetchLicensesParsesDemoAndLogsRequestId()
    {
        ApiClient client;
        QVERIFY(signIn(client));
        auto licenses = watch<proto::LicenseList>(client.fetchLicenses());
        QVERIFY(settle(licenses));
        QCOMPARE(licenses->finishedCount, 1);
        QVERIFY2(licenses->succeeded, qPrintable(licenses->error.userMessage()));
        QVERIFY(licenses->value->items.size() >= 5);
        for (const proto::License& license : licenses->value->items) {
            QVERIFY(!license.handshakeCode.isEmpty());
        }
        QVERIFY(!QUuid::fromString(licenses->requestId).isNull());
        QTRY_VERIFY(m_server.log().contains(licenses->requestId));

        auto me = watch<proto::MeResponse>(client.fetchMe());
        QVERIFY(settle(me));
        QCOMPARE(me->value->user.email, kDemoEmail);
        QVERIFY(licenses->requestId != me->requestId);
    }

    void fetchLicenseRevealsKey()
    {
        ApiClient client;
        QVERIFY(signIn(client));
        auto licenses = watch<proto::LicenseList>(client.fetchLicenses());
        QVERIFY(settle(licenses));
        const proto::License first = licenses->value->items.first();
        auto revealed = watch<proto::License>(client.fetchLicense(first.id, true));
        QVERIFY(settle(revealed));
        QVERIFY2(revealed->succeeded, qPrintable(revealed->error.userMessage()));
        QCOMPARE(revealed->value->handshakeCode, first.handshakeCode);
        QVERIFY(!revealed->value->licenseKey.isEmpty());
        QVERIFY(!revealed->value->licenseKey.contains(QChar(0x2022)));

        auto missing = watch<proto::License>(client.fetchLicense(QStringLiteral("no-such-license"), false));
        QVERIFY(settle(missing));
        QCOMPARE(missing->error.kind, ApiError::Kind::Http);
        QCOMPARE(missing->error.status, 404);
        QVERIFY(!missing->error.userMessage().isEmpty());
    }

    void wrongPasswordIsHttp401WithSentence()
    {
        ApiClient client;
        client.setBaseUrl(m_server.baseUrl());
        auto login = watch<proto::TokenPair>(client.login(kDemoEmail, QStringLiteral("not-the-password")));
        QVERIFY(settle(login));
        QCOMPARE(login->finishedCount, 1);
        QCOMPARE(login->error.kind, ApiError::Kind::Http);
        QCOMPARE(login->error.status, 401);
        QCOMPARE(login->error.problemType, QLatin1String(proto::problem::kInvalidCredentials));
        const QString message = login->error.userMessage();
        QVERIFY(message.endsWith(QLatin1Char('.')));
        QVERIFY(!message.contains(QLatin1String("401")));
        QVERIFY(!client.hasRefreshToken());
    }

    void unreachablePort()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        auto login = watch<proto::TokenPair>(client.login(kDemoEmail, kDemoPassword));
        QVERIFY(settle(login));
        QCOMPARE(login->finishedCount, 1);
        QCOMPARE(login->error.kind, ApiError::Kind::Unreachable);
        QCOMPARE(login->error.userMessage(),
                 QStringLiteral(
                     "Cannot reach the license server at 127.0.0.1. Check the address and your connection."));
    }

    void expiredAccessTokenRefreshesAndReplays()
    {
        ApiClient client;
        QVERIFY(signIn(client));
        const QString oldRefresh = client.refreshToken();
        client.setTokens({QStringLiteral("garbage-access-token"), oldRefresh, 900});
        QSignalSpy tokensChanged(&client, &ApiClient::tokensChanged);
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        // Two calls at once: both get a 401, both wait for one refresh (a second would present a
        // rotated-out token and be refused).
        auto licenses = watch<proto::LicenseList>(client.fetchLicenses());
        auto me = watch<proto::MeResponse>(client.fetchMe());
        QVERIFY(settle(licenses));
        QVERIFY(settle(me));
        QCOMPARE(licenses->finishedCount, 1);
        QVERIFY2(licenses->succeeded, qPrintable(licenses->error.userMessage()));
        QVERIFY(licenses->value->items.size() >= 5);
        QVERIFY2(me->succeeded, qPrintable(me->error.userMessage()));
        QCOMPARE(tokensChanged.count(), 1);
        QCOMPARE(expired.count(), 0);
        QVERIFY(client.refreshToken() != oldRefresh);
        QCOMPARE(tokensChanged.first().first().value<proto::TokenPair>().refreshToken, client.refreshToken());
    }

    void refreshTokenOnlySignsInSilently()
    {
        ApiClient first;
        QVERIFY(signIn(first));
        ApiClient client;
        client.setBaseUrl(m_server.baseUrl());
        client.setRefreshToken(first.refreshToken());
        QSignalSpy tokensChanged(&client, &ApiClient::tokensChanged);
        auto me = watch<proto::MeResponse>(client.fetchMe());
        QVERIFY(settle(me));
        QVERIFY2(me->succeeded, qPrintable(me->error.userMessage()));
        QCOMPARE(me->value->user.email, kDemoEmail);
        QCOMPARE(tokensChanged.count(), 1);
    }

    void refusedRefreshExpiresSession()
    {
        ApiClient client;
        client.setBaseUrl(m_server.baseUrl());
        client.setTokens({QStringLiteral("garbage-access"), QStringLiteral("garbage-refresh"), 900});
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        auto a = watch<proto::LicenseList>(client.fetchLicenses());
        auto b = watch<proto::MeResponse>(client.fetchMe());
        QVERIFY(settle(a));
        QVERIFY(settle(b));
        QCOMPARE(a->finishedCount, 1);
        QCOMPARE(b->finishedCount, 1);
        QCOMPARE(a->error.kind, ApiError::Kind::Http);
        QCOMPARE(a->error.status, 401);
        QCOMPARE(b->error.status, 401);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!client.hasRefreshToken());
    }

    void logoutRevokesTheSession()
    {
        ApiClient client;
        QVERIFY(signIn(client));
        const QString refresh = client.refreshToken();
        auto logout = watch(client.logout());
        QVERIFY(!client.hasRefreshToken());
        QVERIFY(settle(logout));
        QVERIFY2(logout->succeeded, qPrintable(logout->error.userMessage()));
        client.setRefreshToken(refresh);
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        auto me = watch<proto::MeResponse>(client.fetchMe());
        QVERIFY(settle(me));
        QCOMPARE(me->error.status, 401);
        QCOMPARE(expired.count(), 1);
    }

    // --- faults a real server cannot produce on demand -----------------------------------------------

    void hangTimesOutAndRetriesIdempotentRequests()
    {
        FaultServer hang(FaultServer::Mode::Hang);
        ApiClient client;
        client.setBaseUrl(hang.url());
        client.setTransferTimeout(300ms);
        QElapsedTimer timer;
        timer.start();
        auto licenses = watch<proto::LicenseList>(client.fetchLicenses());
        QVERIFY(settle(licenses));
        QCOMPARE(licenses->finishedCount, 1);
        QCOMPARE(licenses->error.kind, ApiError::Kind::Timeout);
        QCOMPARE(licenses->error.userMessage(), QStringLiteral("The license server did not answer in time."));
        QCOMPARE(hang.connections, 3); // the first attempt and two retries
        // Backoff 300 ms + 1 s between three timed-out attempts (coarse timers may fire a little early).
        QVERIFY(timer.elapsed() >= 2000);

        // A sign-in is not idempotent: never repeated.
        hang.connections = 0;
        auto login = watch<proto::TokenPair>(client.login(kDemoEmail, kDemoPassword));
        QVERIFY(settle(login));
        QCOMPARE(login->finishedCount, 1);
        QCOMPARE(login->error.kind, ApiError::Kind::Timeout);
        QCOMPARE(hang.connections, 1);
    }

    void cancelFinishesOnce()
    {
        FaultServer hang(FaultServer::Mode::Hang);
        ApiClient client;
        client.setBaseUrl(hang.url());
        ApiJob* job = client.fetchLicenses();
        auto outcome = watch<proto::LicenseList>(job);
        QTRY_COMPARE(hang.connections, 1);
        job->cancel();
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->finishedCount, 1);
        QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
    }

    void malformedBodyIsInvalidResponse()
    {
        FaultServer broken(FaultServer::Mode::Answer,
                           httpAnswer(200, "application/json", "{\"items\": [tru"));
        ApiClient client;
        client.setBaseUrl(broken.url());
        auto licenses = watch<proto::LicenseList>(client.fetchLicenses());
        QVERIFY(settle(licenses));
        QCOMPARE(licenses->finishedCount, 1);
        QCOMPARE(licenses->error.kind, ApiError::Kind::InvalidResponse);
        QCOMPARE(
            licenses->error.userMessage(),
            QStringLiteral("The server sent an answer this version of LicensePortal does not understand."));
        QCOMPARE(broken.connections, 1); // a contract violation is not retried
    }

    void contractViolationNamesTheField()
    {
        FaultServer wrong(
            FaultServer::Mode::Answer,
            httpAnswer(200, "application/json", R"({"user": {"id": "u1", "email": 7}, "account": {}})"));
        ApiClient client;
        client.setBaseUrl(wrong.url());
        auto me = watch<proto::MeResponse>(client.fetchMe());
        QVERIFY(settle(me));
        QCOMPARE(me->error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(me->error.detail.contains(QLatin1String("user.")), qPrintable(me->error.detail));
    }

    void oversizedAnswerIsRefused()
    {
        FaultServer huge(
            FaultServer::Mode::Answer,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9437184\r\n\r\n{");
        ApiClient client;
        client.setBaseUrl(huge.url());
        auto licenses = watch<proto::LicenseList>(client.fetchLicenses());
        QVERIFY(settle(licenses));
        QCOMPARE(licenses->finishedCount, 1);
        QCOMPARE(licenses->error.kind, ApiError::Kind::InvalidResponse);
    }

    void resetConnectionFails()
    {
        FaultServer reset(FaultServer::Mode::Reset);
        ApiClient client;
        client.setBaseUrl(reset.url());
        auto licenses = watch<proto::LicenseList>(client.fetchLicenses());
        QVERIFY(settle(licenses));
        QCOMPARE(licenses->finishedCount, 1);
        QCOMPARE(licenses->error.kind, ApiError::Kind::Unreachable);
        QVERIFY(reset.connections >= 3); // retried (Qt may reconnect once more on its own)
    }

    void gatewayErrorsAreRetriedThenReported()
    {
        const QByteArray problem
            = R"({"type": "about:blank", "title": "Unavailable", "status": 503, "detail": "Maintenance until noon."})";
        FaultServer busy(FaultServer::Mode::Answer,
                         httpAnswer(503, "application/problem+json", problem, "Retry-After: 120\r\n"));
        ApiClient client;
        client.setBaseUrl(busy.url());
        auto me = watch<proto::MeResponse>(client.fetchMe());
        QVERIFY(settle(me));
        QCOMPARE(me->finishedCount, 1);
        QCOMPARE(me->error.kind, ApiError::Kind::Http);
        QCOMPARE(me->error.status, 503);
        QCOMPARE(me->error.retryAfterSeconds, 120);
        QCOMPARE(me->error.userMessage(), QStringLiteral("Maintenance until noon."));
        QCOMPARE(busy.connections, 3);
    }

    void untrustedCertificateIsRefusedUnlessTrusted()
    {
        if (!QSslSocket::supportsSsl()) {
            QSKIP("no TLS backend");
        }
        // A self-signed certificate, as a misconfigured or intercepting server would present.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("cert.pem"))});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            QSKIP("the openssl tool is not available");
        }
        const auto certificates = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(certificates.size(), 1);
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Ec);
        QVERIFY(!key.isNull());

        QSslServer server;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificates.first());
        configuration.setPrivateKey(key);
        server.setSslConfiguration(configuration);
        connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->readAll().contains("\r\n\r\n")) {
                        socket->write(httpAnswer(200, "application/json", "{}"));
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
        auto refused = watch<proto::MeResponse>(client.fetchMe());
        QVERIFY(settle(refused));
        QCOMPARE(refused->finishedCount, 1);
        QCOMPARE(refused->error.kind, ApiError::Kind::Certificate);
        QVERIFY(!refused->error.sslErrors.isEmpty());
        // The certificate the user is asked to trust is the server's own.
        QCOMPARE(refused->error.peerCertificate, certificates.first());
        QVERIFY(refused->error.userMessage().startsWith(
            QLatin1String("The server's certificate could not be verified: ")));

        // Trusted explicitly by its digest: the connection goes through (and the empty body is then
        // rejected by the contract, which proves the TLS part succeeded).
        client.setTrustedCertificates({refused->error.peerCertificate.digest(QCryptographicHash::Sha256)});
        auto trusted = watch<proto::MeResponse>(client.fetchMe());
        QVERIFY(settle(trusted));
        QCOMPARE(trusted->error.kind, ApiError::Kind::InvalidResponse);
    }

    void userMessages()
    {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.status = 429;
        error.problemType = QLatin1String(proto::problem::kRateLimited);
        error.retryAfterSeconds = 14 * 60 - 10;
        QVERIFY2(error.userMessage().startsWith(
                     QLatin1String("Too many sign-in attempts. Try again in 14 minute")),
                 qPrintable(error.userMessage()));
        error = {};
        error.kind = ApiError::Kind::Http;
        error.status = 401;
        error.problemType = QLatin1String(proto::problem::kInvalidCredentials);
        QCOMPARE(error.userMessage(), QStringLiteral("The email address or password is incorrect."));
        error.status = 500;
        error.problemType.clear();
        QCOMPARE(error.userMessage(), QStringLiteral("The server answered with an error (HTTP 500)."));
        error.kind = ApiError::Kind::Certificate;
        error.sslErrors = {QSslError(QSslError::SelfSignedCertificate)};
        QCOMPARE(error.userMessage(),
                 QStringLiteral("The server's certificate could not be verified: %1.")
                     .arg(QSslError(QSslError::SelfSignedCertificate).errorString()));
    }

private:
    bool signIn(ApiClient& client)
    {
        client.setBaseUrl(m_server.baseUrl());
        auto login = watch<proto::TokenPair>(client.login(kDemoEmail, kDemoPassword));
        return settle(login) && login->succeeded;
    }

    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "test_apiclient.moc"
