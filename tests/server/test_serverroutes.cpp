#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <License.h>
#include <LicenseList.h>
#include <MeResponse.h>
#include <Problem.h>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <TokenPair.h>

namespace {

using Reply = HttpReply;

QString problemUri(const char* name)
{
    return lp::proto::problem::typeUri(name);
}

const QString kPassword = QStringLiteral("correct-horse-battery");

} // namespace

// Talks HTTP to a real license-server process. One server (with the demo data and two extra accounts)
// serves most of the suite, because every sign-in costs a deliberately slow key derivation.
class TestServerRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginReturnsTokens();
    void wrongPasswordAndUnknownEmailAnswerAlike();
    void meNeedsBearerToken();
    void refreshRotatesAndReuseRevokesSession();
    void logoutEndsSession();
    void licensesAreIsolatedPerAccount();
    void revealShowsKeyWhileListMasksIt();
    void licenseKeysAreEncryptedAtRest();
    void expiredSessionsArePurged();
    void demoDataCoversTheCases();
    void demoSeedingIsIdempotent();
    void rateLimitPerAccount();
    void rateLimitPerAddress();
    void forwardedForIsIgnoredFromUntrustedPeers();
    void badBodies();
    void unknownRouteAndWrongMethod();
    void requestIdIsEchoedAndLogged();
    void adminCliExitCodes();
    void startupErrorsExitWithOneSentence();

private:
    Reply send(TestServer& server, const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QByteArray& contentType = lp::api::kJsonContentType,
               const QList<QPair<QByteArray, QByteArray>>& headers = {});
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QByteArray& contentType = lp::api::kJsonContentType,
               const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return send(m_server, method, path, body, contentType, headers);
    }
    Reply login(TestServer& server, const QString& email, const QString& password);
    Reply login(const QString& email, const QString& password) { return login(m_server, email, password); }
    lp::proto::TokenPair signIn(const QString& email, const QString& password);
    Reply get(const QString& path, const QString& accessToken);
    QString createLicense(const QString& email, const QStringList& extra);

    QNetworkAccessManager m_network;
    TestServer m_server;
    QString m_licenseA;
    QString m_licenseB;
    lp::proto::TokenPair m_tokensA;
    lp::proto::TokenPair m_tokensB;
};

Reply TestServerRoutes::send(TestServer& server, const QByteArray& method, const QString& path,
                             const QByteArray& body, const QByteArray& contentType,
                             const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return sendHttp(m_network, server.baseUrl(), method, path, body, contentType, headers);
}

Reply TestServerRoutes::login(TestServer& server, const QString& email, const QString& password)
{
    const QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    return send(server, "POST", QLatin1String(lp::api::kLogin), QJsonDocument(body).toJson());
}

lp::proto::TokenPair TestServerRoutes::signIn(const QString& email, const QString& password)
{
    const Reply reply = login(email, password);
    lp::proto::FieldErrors errors;
    const auto tokens = lp::proto::TokenPair::fromJson(reply.json(), &errors);
    if (reply.status != 200 || !tokens) {
        qWarning() << "sign-in failed" << reply.status << reply.body;
        return {};
    }
    return *tokens;
}

Reply TestServerRoutes::get(const QString& path, const QString& accessToken)
{
    return send("GET", path, {}, {}, {{"Authorization", "Bearer " + accessToken.toLatin1()}});
}

QString TestServerRoutes::createLicense(const QString& email, const QStringList& extra)
{
    QString output;
    const int code = m_server.admin(
        QStringList {QStringLiteral("create-license"), QStringLiteral("--account-email"), email} + extra,
        &output);
    static const QRegularExpression id(QStringLiteral(R"(license_id: (\S+))"));
    const auto match = id.match(output);
    if (code != 0 || !match.hasMatch()) {
        qWarning().noquote() << "create-license failed:" << output;
        return {};
    }
    return match.captured(1);
}

void TestServerRoutes::initTestCase()
{
    QVERIFY(m_server.startDemo());
    QVERIFY(m_server.createAccount(QStringLiteral("alice@a.example"), kPassword, QStringLiteral("Alice")));
    QVERIFY(m_server.createAccount(QStringLiteral("bob@b.example"), kPassword, QStringLiteral("Bob")));
    m_licenseA = createLicense(QStringLiteral("alice@a.example"),
                               {QStringLiteral("--product"), QStringLiteral("Barcode Reader SDK"),
                                QStringLiteral("--type"), QStringLiteral("per_device"),
                                QStringLiteral("--devices"), QStringLiteral("3")});
    m_licenseB
        = createLicense(QStringLiteral("bob@b.example"),
                        {QStringLiteral("--product"), QStringLiteral("Label Recognizer"),
                         QStringLiteral("--type"), QStringLiteral("per_scan"), QStringLiteral("--scan-quota"),
                         QStringLiteral("5000"), QStringLiteral("--quota-period"), QStringLiteral("annual")});
    QVERIFY(!m_licenseA.isEmpty());
    QVERIFY(!m_licenseB.isEmpty());
}

void TestServerRoutes::loginReturnsTokens()
{
    // Mixed case and spaces: emails are matched case-insensitively.
    const Reply reply = login(QStringLiteral(" Alice@A.example"), kPassword);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray(lp::api::kJsonContentType));
    QCOMPARE(reply.json().value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    lp::proto::FieldErrors errors;
    const auto tokens = lp::proto::TokenPair::fromJson(reply.json(), &errors);
    QVERIFY(tokens);
    QCOMPARE(tokens->expiresIn, 900);
    QVERIFY(tokens->accessToken.size() >= 43); // 256 bits in base64url
    QVERIFY(tokens->accessToken != tokens->refreshToken);
    m_tokensA = *tokens;
    m_tokensB = signIn(QStringLiteral("bob@b.example"), kPassword);
    QVERIFY(!m_tokensB.accessToken.isEmpty());
}

void TestServerRoutes::wrongPasswordAndUnknownEmailAnswerAlike()
{
    const Reply wrong = login(QStringLiteral("alice@a.example"), QStringLiteral("not-the-password"));
    const Reply unknown = login(QStringLiteral("nobody@nowhere.example"), kPassword);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.header("Content-Type"), QByteArray(lp::api::kProblemContentType));
    QCOMPARE(wrong.problemType(), problemUri(lp::proto::problem::kInvalidCredentials));
    QCOMPARE(wrong.detail(), QStringLiteral("The email address or password is incorrect."));
    QCOMPARE(unknown.body, wrong.body);
}

void TestServerRoutes::meNeedsBearerToken()
{
    const Reply anonymous = send("GET", QLatin1String(lp::api::kMe), {}, {});
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(anonymous.problemType(), problemUri(lp::proto::problem::kUnauthorized));
    QVERIFY(!anonymous.detail().isEmpty());

    const Reply forged
        = get(QLatin1String(lp::api::kMe), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    QCOMPARE(forged.status, 401);
    QCOMPARE(forged.header("WWW-Authenticate"), QByteArray("Bearer"));

    const Reply me = get(QLatin1String(lp::api::kMe), m_tokensA.accessToken);
    QCOMPARE(me.status, 200);
    lp::proto::FieldErrors errors;
    const auto parsed = lp::proto::MeResponse::fromJson(me.json(), &errors);
    QVERIFY(parsed);
    QCOMPARE(parsed->user.email, QStringLiteral("alice@a.example"));
    QCOMPARE(parsed->user.name, QStringLiteral("Alice"));
    QCOMPARE(parsed->account.name, QStringLiteral("Alice"));
    QVERIFY(parsed->account.id.startsWith(QLatin1String("acc_")));
}

void TestServerRoutes::refreshRotatesAndReuseRevokesSession()
{
    const auto first = signIn(QStringLiteral("alice@a.example"), kPassword);
    QVERIFY(!first.refreshToken.isEmpty());
    const auto refreshBody = [](const QString& token) {
        return QJsonDocument(QJsonObject {{QStringLiteral("refresh_token"), token}}).toJson();
    };
    const Reply rotated = send("POST", QLatin1String(lp::api::kRefresh), refreshBody(first.refreshToken));
    QCOMPARE(rotated.status, 200);
    lp::proto::FieldErrors errors;
    const auto second = lp::proto::TokenPair::fromJson(rotated.json(), &errors);
    QVERIFY(second);
    QVERIFY(second->refreshToken != first.refreshToken);
    QVERIFY(second->accessToken != first.accessToken);
    QCOMPARE(get(QLatin1String(lp::api::kMe), second->accessToken).status, 200);

    // The first refresh token again: someone else holds a copy, so the whole session ends.
    const Reply reused = send("POST", QLatin1String(lp::api::kRefresh), refreshBody(first.refreshToken));
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.problemType(), problemUri(lp::proto::problem::kInvalidRefreshToken));
    QCOMPARE(get(QLatin1String(lp::api::kMe), second->accessToken).status, 401);
    QCOMPARE(get(QLatin1String(lp::api::kMe), first.accessToken).status, 401);
    QCOMPARE(send("POST", QLatin1String(lp::api::kRefresh), refreshBody(second->refreshToken)).status, 401);

    // Other sessions of the same user are untouched.
    QCOMPARE(get(QLatin1String(lp::api::kMe), m_tokensA.accessToken).status, 200);

    const Reply garbage
        = send("POST", QLatin1String(lp::api::kRefresh), refreshBody(QStringLiteral("nonsense")));
    QCOMPARE(garbage.status, 401);
    QCOMPARE(garbage.problemType(), problemUri(lp::proto::problem::kInvalidRefreshToken));
}

void TestServerRoutes::logoutEndsSession()
{
    const auto tokens = signIn(QStringLiteral("bob@b.example"), kPassword);
    QVERIFY(!tokens.accessToken.isEmpty());
    QCOMPARE(get(QLatin1String(lp::api::kMe), tokens.accessToken).status, 200);
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("refresh_token"), tokens.refreshToken}}).toJson();
    const Reply logout = send("POST", QLatin1String(lp::api::kLogout), body);
    QCOMPARE(logout.status, 204);
    QVERIFY(logout.body.isEmpty());
    QCOMPARE(get(QLatin1String(lp::api::kMe), tokens.accessToken).status, 401);
    QCOMPARE(send("POST", QLatin1String(lp::api::kRefresh), body).status, 401);
    // Signing out twice is harmless.
    QCOMPARE(send("POST", QLatin1String(lp::api::kLogout), body).status, 204);
    QCOMPARE(get(QLatin1String(lp::api::kMe), m_tokensB.accessToken).status, 200);
}

void TestServerRoutes::licensesAreIsolatedPerAccount()
{
    const QString licenses = QLatin1String(lp::api::kLicenses);
    const Reply listA = get(licenses, m_tokensA.accessToken);
    QCOMPARE(listA.status, 200);
    lp::proto::FieldErrors errors;
    const auto parsedA = lp::proto::LicenseList::fromJson(listA.json(), &errors);
    QVERIFY2(parsedA, qPrintable(QString::fromUtf8(listA.body)));
    QCOMPARE(parsedA->items.size(), 1);
    QCOMPARE(parsedA->items.first().id, m_licenseA);
    QCOMPARE(parsedA->items.first().type, lp::proto::LicenseType::PerDevice);
    QCOMPARE(parsedA->items.first().deviceAllowance, 3);
    QCOMPARE(parsedA->items.first().devicesInUse, 0);
    QCOMPARE(parsedA->items.first().deviceRefreshMonths, 12);
    QCOMPARE(parsedA->items.first().status, lp::proto::LicenseStatus::Active);
    QVERIFY(!parsedA->items.first().scanQuota);

    const auto parsedB
        = lp::proto::LicenseList::fromJson(get(licenses, m_tokensB.accessToken).json(), &errors);
    QVERIFY(parsedB);
    QCOMPARE(parsedB->items.size(), 1);
    QCOMPARE(parsedB->items.first().id, m_licenseB);
    QCOMPARE(parsedB->items.first().scanQuota, 5000);
    QCOMPARE(parsedB->items.first().scansUsed, 0);
    QCOMPARE(parsedB->items.first().quotaPeriod, lp::proto::QuotaPeriod::Annual);
    QVERIFY(!parsedB->items.first().deviceAllowance);

    QCOMPARE(get(licenses + QLatin1Char('/') + m_licenseA, m_tokensA.accessToken).status, 200);
    const Reply foreign = get(licenses + QLatin1Char('/') + m_licenseA, m_tokensB.accessToken);
    const Reply missing = get(licenses + QStringLiteral("/lic_doesnotexist0000"), m_tokensB.accessToken);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.problemType(), problemUri(lp::proto::problem::kNotFound));
    QCOMPARE(foreign.body, missing.body);
    QCOMPARE(missing.status, 404);

    QCOMPARE(send("GET", licenses, {}, {}).status, 401);
}

void TestServerRoutes::revealShowsKeyWhileListMasksIt()
{
    const QString path = QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + m_licenseA;
    const Reply masked = get(path, m_tokensA.accessToken);
    const Reply revealed = get(path + QStringLiteral("?reveal=license_key"), m_tokensA.accessToken);
    QCOMPARE(revealed.status, 200);
    lp::proto::FieldErrors errors;
    const auto clear = lp::proto::License::fromJson(revealed.json(), &errors);
    const auto hidden = lp::proto::License::fromJson(masked.json(), &errors);
    QVERIFY(clear && hidden);
    QVERIFY(clear->licenseKey.startsWith(QLatin1String("t0")));
    QCOMPARE(clear->licenseKey.size(), 96);
    QCOMPARE(hidden->licenseKey, lp::proto::maskLicenseKey(clear->licenseKey));
    const auto list = lp::proto::LicenseList::fromJson(
        get(QLatin1String(lp::api::kLicenses), m_tokensA.accessToken).json(), &errors);
    QVERIFY(list);
    QCOMPARE(list->items.first().licenseKey, hidden->licenseKey);
    QVERIFY(clear->handshakeCode.contains(QRegularExpression(QStringLiteral(R"(^100\d{6}-\d{6}$)"))));

    const QString log = m_server.log();
    QVERIFY(log.contains(QLatin1String("revealed the key of license ") + m_licenseA));
    QVERIFY(!log.contains(clear->licenseKey));
}

void TestServerRoutes::licenseKeysAreEncryptedAtRest()
{
    const QString path = QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + m_licenseA;
    const Reply revealed = get(path + QStringLiteral("?reveal=license_key"), m_tokensA.accessToken);
    const QString clearKey = revealed.json().value(QLatin1String("license_key")).toString();
    QVERIFY(clearKey.startsWith(QLatin1String("t0")));

    const QString stored
        = m_server.sql(QStringLiteral("SELECT license_key FROM licenses WHERE id = ?"), {m_licenseA})
              .toString();
    QVERIFY2(stored.startsWith(QLatin1String("gcm1:")), qPrintable(stored.left(8)));
    QVERIFY(!stored.contains(clearKey));
    if (!m_server.isPostgres()) {
        // Not in any page of the file either (the write-ahead log included).
        const QString database = m_server.databaseSpec();
        for (const QString& file : QStringList {database, database + QStringLiteral("-wal")}) {
            QFile bytes(file);
            if (bytes.open(QIODevice::ReadOnly)) {
                QVERIFY2(!bytes.readAll().contains(clearKey.toLatin1()), qPrintable(file));
            }
        }
    }

    // A server given another key refuses to start with a sentence, instead of failing every reveal later;
    // the key it would have made up is not left behind to be mistaken for the real one.
    QTemporaryDir otherKeyDir;
    const QString otherKey = otherKeyDir.filePath(QStringLiteral("other.key"));
    TestServer other(m_server.databaseSpec());
    QVERIFY(!other.start({QStringLiteral("--secret-key-file"), otherKey}));
    QVERIFY2(other.log().contains(QLatin1String("were sealed with a key")), qPrintable(other.log()));
    QVERIFY(!QFile::exists(otherKey));
    // An existing key file that is not this database's key is refused too, and left alone.
    QFile wrongKey(otherKey);
    QVERIFY(wrongKey.open(QIODevice::WriteOnly));
    wrongKey.write(QByteArray(32, '\x2a').toBase64());
    wrongKey.close();
    TestServer wrong(m_server.databaseSpec());
    QVERIFY(!wrong.start({QStringLiteral("--secret-key-file"), otherKey}));
    QVERIFY2(wrong.log().contains(QLatin1String("is not the key")), qPrintable(wrong.log()));
    QVERIFY(QFile::exists(otherKey));
    // The admin CLI checks the same way.
    QString output;
    QCOMPARE(m_server.admin({QStringLiteral("list-accounts"), QStringLiteral("--secret-key-file"), otherKey},
                            &output),
             1);
    QVERIFY(output.contains(QLatin1String("--secret-key-file")));
}

void TestServerRoutes::expiredSessionsArePurged()
{
    TestServer server;
    QVERIFY(server.start());
    QVERIFY(server.createAccount(QStringLiteral("dave@d.example"), kPassword, QStringLiteral("Dave")));
    const QJsonObject body {{QStringLiteral("email"), QStringLiteral("dave@d.example")},
                            {QStringLiteral("password"), kPassword}};
    QCOMPARE(send(server, "POST", QLatin1String(lp::api::kLogin), QJsonDocument(body).toJson()).status, 200);
    const QString count = QStringLiteral("SELECT (SELECT COUNT(*) FROM sessions) + (SELECT COUNT(*) FROM "
                                         "access_tokens) + (SELECT COUNT(*) FROM refresh_tokens)");
    QCOMPARE(server.sql(count).toInt(), 3);
    server.stop();
    // Thirty days later, as far as the tokens are concerned.
    server.sql(QStringLiteral("UPDATE access_tokens SET expires_at = 1"));
    server.sql(QStringLiteral("UPDATE refresh_tokens SET expires_at = 1"));
    QVERIFY(server.start());
    QCOMPARE(server.sql(count).toInt(), 0);
    QVERIFY(server.log().contains(QLatin1String("purged 3 expired tokens and sessions")));
}

void TestServerRoutes::demoDataCoversTheCases()
{
    const auto tokens = signIn(QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026"));
    QVERIFY(!tokens.accessToken.isEmpty());
    const Reply me = get(QLatin1String(lp::api::kMe), tokens.accessToken);
    QCOMPARE(me.json().value(QLatin1String("account")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Northwind Logistics"));
    lp::proto::FieldErrors errors;
    const auto list = lp::proto::LicenseList::fromJson(
        get(QLatin1String(lp::api::kLicenses), tokens.accessToken).json(), &errors);
    QVERIFY(list);
    QVERIFY(list->items.size() >= 5);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool nearlyFull = false, quotaMostlyUsed = false, expiringSoon = false, expired = false, fleet = false;
    QSet<QString> codes;
    for (const auto& license : list->items) {
        codes.insert(license.handshakeCode);
        if (license.product == QStringLiteral("Barcode Reader SDK – Mobile")) {
            nearlyFull = license.deviceAllowance == 25 && license.devicesInUse == 23
                && license.deviceRefreshMonths == 12 && license.status == lp::proto::LicenseStatus::Active;
        }
        if (license.product == QStringLiteral("Barcode Reader SDK – Server")) {
            const double used = static_cast<double>(license.scansUsed.value_or(0)) / 100000.0;
            quotaMostlyUsed = license.scanQuota == 100000 && used > 0.55 && used < 0.7
                && license.quotaPeriod == lp::proto::QuotaPeriod::Monthly;
        }
        if (license.product == QStringLiteral("Document Normalizer SDK")) {
            expiringSoon = license.status == lp::proto::LicenseStatus::Active
                && now.daysTo(license.termEnd) <= 18 && now.daysTo(license.termEnd) >= 17;
        }
        if (license.product == QStringLiteral("Label Recognizer")) {
            expired = license.status == lp::proto::LicenseStatus::Expired
                && license.type == lp::proto::LicenseType::PerScan;
        }
        if (license.product == QStringLiteral("Warehouse Scanner Fleet")) {
            fleet = license.deviceAllowance == 200 && license.devicesInUse == 141
                && license.deviceRefreshMonths == 6 && license.nextDeviceRefresh
                && *license.nextDeviceRefresh > now;
        }
    }
    QVERIFY(nearlyFull);
    QVERIFY(quotaMostlyUsed);
    QVERIFY(expiringSoon);
    QVERIFY(expired);
    QVERIFY(fleet);
    QCOMPARE(codes.size(), list->items.size());
}

void TestServerRoutes::demoSeedingIsIdempotent()
{
    const auto tokens = signIn(QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026"));
    const int before = get(QLatin1String(lp::api::kLicenses), tokens.accessToken)
                           .json()
                           .value(QLatin1String("items"))
                           .toArray()
                           .size();
    m_server.stop();
    QVERIFY(m_server.startDemo());
    // Sessions live in the database: the restarted server still knows the token.
    const int after = get(QLatin1String(lp::api::kLicenses), tokens.accessToken)
                          .json()
                          .value(QLatin1String("items"))
                          .toArray()
                          .size();
    QVERIFY(before >= 5);
    QCOMPARE(after, before);
    QString output;
    QCOMPARE(m_server.admin({QStringLiteral("list-accounts")}, &output), 0);
    QCOMPARE(output.count(QStringLiteral("demo@example.com")), 1);
    QVERIFY(output.contains(QLatin1String("alice@a.example")));
}

void TestServerRoutes::rateLimitPerAccount()
{
    QVERIFY(m_server.createAccount(QStringLiteral("carol@c.example"), kPassword, QStringLiteral("Carol")));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(login(QStringLiteral("carol@c.example"), QStringLiteral("guess-%1").arg(i)).status, 401);
    }
    // Limited before the password is checked: even the right one is refused now.
    const Reply limited = login(QStringLiteral("CAROL@c.example"), kPassword);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.problemType(), problemUri(lp::proto::problem::kRateLimited));
    QVERIFY(limited.header(lp::api::kRetryAfterHeader).toInt() > 0);
    QVERIFY(limited.header(lp::api::kRetryAfterHeader).toInt() <= 15 * 60 + 1);
    QVERIFY(limited.detail().contains(
        QRegularExpression(QStringLiteral(R"(^Too many sign-in attempts\. Try again in \d+ minutes?\.$)"))));
    // Another account from the same address is not affected.
    QCOMPARE(login(QStringLiteral("alice@a.example"), kPassword).status, 200);
}

void TestServerRoutes::rateLimitPerAddress()
{
    // A server of its own behind a "proxy" (this test, on loopback): afterwards one client address is
    // locked out of every account for a while.
    TestServer server;
    QVERIFY(server.start({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
    const QList<QPair<QByteArray, QByteArray>> sprayer {{"X-Forwarded-For", "198.51.100.23, 203.0.113.7"}};
    const QByteArray body = R"({"email":"%1@spray.example","password":"password"})";
    for (int i = 0; i < 20; ++i) {
        const Reply reply
            = send(server, "POST", QLatin1String(lp::api::kLogin),
                   QByteArray(body).replace("%1", QByteArray::number(i)), lp::api::kJsonContentType, sprayer);
        QCOMPARE(reply.status, 401);
    }
    const Reply limited = send(server, "POST", QLatin1String(lp::api::kLogin),
                               QByteArray(body).replace("%1", "fresh"), lp::api::kJsonContentType, sprayer);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header(lp::api::kRetryAfterHeader).toInt() > 0);
    // The limit is per client, as named by the trusted proxy: other clients behind it still get in.
    const Reply other
        = send(server, "POST", QLatin1String(lp::api::kLogin), QByteArray(body).replace("%1", "fresh"),
               lp::api::kJsonContentType, {{"X-Forwarded-For", "203.0.113.99"}});
    QCOMPARE(other.status, 401);
}

void TestServerRoutes::forwardedForIsIgnoredFromUntrustedPeers()
{
    // Only 192.0.2.1 is a trusted proxy; this test connects from 127.0.0.1, so a client that names a new
    // address in X-Forwarded-For on every attempt is still counted as itself.
    TestServer server;
    QVERIFY(server.start({QStringLiteral("--trusted-proxy"), QStringLiteral("192.0.2.1")}));
    const QByteArray body = R"({"email":"%1@spoof.example","password":"password"})";
    for (int i = 0; i < 20; ++i) {
        const QByteArray forged = "203.0.113." + QByteArray::number(i + 1);
        const Reply reply = send(server, "POST", QLatin1String(lp::api::kLogin),
                                 QByteArray(body).replace("%1", QByteArray::number(i)),
                                 lp::api::kJsonContentType, {{"X-Forwarded-For", forged}});
        QCOMPARE(reply.status, 401);
    }
    const Reply limited
        = send(server, "POST", QLatin1String(lp::api::kLogin), QByteArray(body).replace("%1", "fresh"),
               lp::api::kJsonContentType, {{"X-Forwarded-For", "198.51.100.77"}});
    QCOMPARE(limited.status, 429);
}

void TestServerRoutes::badBodies()
{
    const QString loginPath = QLatin1String(lp::api::kLogin);
    const Reply malformed = send("POST", loginPath, "{\"email\": ");
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.problemType(), problemUri(lp::proto::problem::kInvalidBody));
    QVERIFY(!malformed.detail().isEmpty());

    const Reply notAnObject = send("POST", loginPath, "[1, 2]");
    QCOMPARE(notAnObject.status, 400);
    QCOMPARE(notAnObject.problemType(), problemUri(lp::proto::problem::kInvalidBody));

    const Reply wrongType = send("POST", loginPath, "{\"email\": 5, \"password\": \"secret-secret\"}");
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(wrongType.problemType(), problemUri(lp::proto::problem::kValidation));
    lp::proto::FieldErrors errors;
    const auto problem = lp::proto::Problem::fromJson(wrongType.json(), &errors);
    QVERIFY(problem);
    QCOMPARE(problem->status, 400);
    QCOMPARE(problem->errors.size(), 1);
    QCOMPARE(problem->errors.first().field, QStringLiteral("email"));

    const Reply missing = send("POST", loginPath, "{}");
    QCOMPARE(missing.status, 400);
    const auto missingProblem = lp::proto::Problem::fromJson(missing.json(), &errors);
    QVERIFY(missingProblem);
    QCOMPARE(missingProblem->errors.size(), 2);

    const Reply refreshMissing = send("POST", QLatin1String(lp::api::kRefresh), "{\"refresh_token\": 7}");
    QCOMPARE(refreshMissing.status, 400);
    QCOMPARE(refreshMissing.problemType(), problemUri(lp::proto::problem::kValidation));

    const QByteArray huge = "{\"email\": \"" + QByteArray(70 * 1024, 'a') + "\"}";
    const Reply tooLarge = send("POST", loginPath, huge);
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.problemType(), problemUri(lp::proto::problem::kBodyTooLarge));

    const Reply plainText = send("POST", loginPath, "email=a@b.c", "text/plain");
    QCOMPARE(plainText.status, 415);
    QCOMPARE(plainText.problemType(), problemUri(lp::proto::problem::kUnsupportedMediaType));
    QCOMPARE(plainText.header("Content-Type"), QByteArray(lp::api::kProblemContentType));

    // Parameters after the media type are fine.
    const Reply withCharset = send("POST", loginPath, "{}", "application/json; charset=utf-8");
    QCOMPARE(withCharset.status, 400);
}

void TestServerRoutes::unknownRouteAndWrongMethod()
{
    const Reply unknown = send("GET", QStringLiteral("/v1/nothing-here"), {}, {});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.header("Content-Type"), QByteArray(lp::api::kProblemContentType));
    QCOMPARE(unknown.problemType(), problemUri(lp::proto::problem::kNotFound));

    const Reply wrongMethod = send("GET", QLatin1String(lp::api::kLogin), {}, {});
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), QByteArray("POST"));
    QCOMPARE(wrongMethod.problemType(), problemUri(lp::proto::problem::kMethodNotAllowed));

    const Reply deleteLicense
        = send("DELETE", QLatin1String(lp::api::kLicenses) + QStringLiteral("/x"), {}, {});
    QCOMPARE(deleteLicense.status, 405);
    QCOMPARE(deleteLicense.header("Allow"), QByteArray("GET"));
}

void TestServerRoutes::requestIdIsEchoedAndLogged()
{
    const Reply reply
        = send("GET", QLatin1String(lp::api::kMe), {}, {}, {{lp::api::kRequestIdHeader, "trace-4711-abc"}});
    QCOMPARE(reply.header(lp::api::kRequestIdHeader), QByteArray("trace-4711-abc"));
    QTRY_VERIFY(m_server.log().contains(QLatin1String("trace-4711-abc GET /v1/me 401")));

    // Anything that could forge a log line is replaced by a fresh id.
    const Reply forged
        = send("GET", QLatin1String(lp::api::kMe), {}, {}, {{lp::api::kRequestIdHeader, "bad id\tx"}});
    const QByteArray id = forged.header(lp::api::kRequestIdHeader);
    QVERIFY(QString::fromLatin1(id).contains(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$"))));
}

void TestServerRoutes::adminCliExitCodes()
{
    QString output;
    QCOMPARE(m_server.admin({QStringLiteral("--help")}, &output), 0);
    QVERIFY(output.contains(QLatin1String("create-account")));
    QCOMPARE(m_server.admin({QStringLiteral("create-account"), QStringLiteral("--help")}, &output), 0);
    QVERIFY(output.contains(QLatin1String("--password-stdin")));
    QCOMPARE(m_server.admin({QStringLiteral("create-license"), QStringLiteral("--help")}, &output), 0);
    QCOMPARE(m_server.admin({QStringLiteral("list-accounts"), QStringLiteral("--help")}, &output), 0);
    QCOMPARE(m_server.admin({QStringLiteral("no-such-command")}, &output), 2);
    QCOMPARE(m_server.admin({QStringLiteral("create-account"), QStringLiteral("--email"),
                             QStringLiteral("not-an-email"), QStringLiteral("--password"), kPassword,
                             QStringLiteral("--name"), QStringLiteral("X")},
                            &output),
             2);
    QCOMPARE(m_server.admin({QStringLiteral("create-account"), QStringLiteral("--bogus")}, &output), 2);
    QCOMPARE(m_server.admin({QStringLiteral("create-license"), QStringLiteral("--account-email"),
                             QStringLiteral("alice@a.example"), QStringLiteral("--product"),
                             QStringLiteral("P"), QStringLiteral("--type"), QStringLiteral("per_device"),
                             QStringLiteral("--refresh-months"), QStringLiteral("4")},
                            &output),
             2);
    // A duplicate email is a failure, not a usage error.
    QCOMPARE(m_server.admin({QStringLiteral("create-account"), QStringLiteral("--email"),
                             QStringLiteral("alice@a.example"), QStringLiteral("--password"), kPassword,
                             QStringLiteral("--name"), QStringLiteral("Again")},
                            &output),
             1);
    QVERIFY(output.contains(QLatin1String("already exists")));
}

void TestServerRoutes::startupErrorsExitWithOneSentence()
{
    const auto run = [](const QStringList& arguments, QString* errorOutput) {
        QProcess process;
        process.start(TestServer::serverBinary(), arguments);
        process.waitForFinished(30000);
        *errorOutput = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QString error;
    QCOMPARE(run({QStringLiteral("--db"), QStringLiteral("mysql://localhost/x"), QStringLiteral("--port"),
                  QStringLiteral("0")},
                 &error),
             1);
    QVERIFY(error.contains(QLatin1String("postgresql://")));
    QCOMPARE(error.count(QLatin1Char('\n')), 0);

    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QCOMPARE(run({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--port"),
                  QString::number(occupied.serverPort())},
                 &error),
             1);
    // The last line: the log may hold startup lines (the migration of the new file) before it.
    QVERIFY2(
        error.section(QLatin1Char('\n'), -1).startsWith(QLatin1String("Cannot listen on 127.0.0.1 port")),
        qPrintable(error));

    QCOMPARE(run({QStringLiteral("--port"), QStringLiteral("http")}, &error), 2);
    QCOMPARE(run({QStringLiteral("--no-such-option")}, &error), 2);
}

QTEST_MAIN(TestServerRoutes)
#include "test_serverroutes.moc"
