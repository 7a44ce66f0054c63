#include "LoginRequest.h"
#include "MeResponse.h"
#include "RefreshRequest.h"
#include "TokenPair.h"

#include <QtTest>

using namespace lp::proto;

class TestAuthMessages : public QObject
{
    Q_OBJECT
private slots:
    void loginRoundTrip()
    {
        const LoginRequest request {QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026")};
        FieldErrors errors;
        const auto parsed = LoginRequest::fromJson(request.toJson(), &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->email, request.email);
        QCOMPARE(parsed->password, request.password);
    }

    void loginRejects_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("numeric email") << QJsonObject {{"email", 5}, {"password", "x"}} << "email";
        QTest::newRow("not an email") << QJsonObject {{"email", "demo"}, {"password", "x"}} << "email";
        QTest::newRow("missing password") << QJsonObject {{"email", "a@b.co"}} << "password";
        QTest::newRow("empty password") << QJsonObject {{"email", "a@b.co"}, {"password", ""}} << "password";
        QTest::newRow("huge password")
            << QJsonObject {{"email", "a@b.co"}, {"password", QString(2000, 'x')}} << "password";
        QTest::newRow("array password")
            << QJsonObject {{"email", "a@b.co"}, {"password", QJsonArray {}}} << "password";
    }
    void loginRejects()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        FieldErrors errors;
        QVERIFY(!LoginRequest::fromJson(body, &errors));
        QCOMPARE(errors.first().field, field);
    }

    void tokensRoundTrip()
    {
        const TokenPair tokens {QStringLiteral("acc"), QStringLiteral("ref"), 900};
        const QJsonObject json = tokens.toJson();
        QCOMPARE(json.value("token_type").toString(), QStringLiteral("Bearer"));
        FieldErrors errors;
        const auto parsed = TokenPair::fromJson(json, &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->accessToken, tokens.accessToken);
        QCOMPARE(parsed->refreshToken, tokens.refreshToken);
        QCOMPARE(parsed->expiresIn, 900);
        QVERIFY(!TokenPair::fromJson(
            QJsonObject {{"access_token", "a"}, {"refresh_token", ""}, {"expires_in", 9}}, &errors));
        QVERIFY(!TokenPair::fromJson(
            QJsonObject {{"access_token", "a"}, {"refresh_token", "b"}, {"expires_in", -9}}, &errors));
    }

    void refreshRejectsEmpty()
    {
        FieldErrors errors;
        QVERIFY(!RefreshRequest::fromJson(QJsonObject {{"refresh_token", ""}}, &errors));
        QVERIFY(!RefreshRequest::fromJson(QJsonObject {{"refresh_token", 12}}, &errors));
        QVERIFY(RefreshRequest::fromJson(RefreshRequest {QStringLiteral("abc")}.toJson(), &errors));
    }

    void meRoundTripAndNestedPaths()
    {
        const MeResponse me {
            {QStringLiteral("usr_1"), QStringLiteral("demo@example.com"), QStringLiteral("Dana Demo")},
            {QStringLiteral("acc_1"), QStringLiteral("Northwind Logistics")}};
        FieldErrors errors;
        const auto parsed = MeResponse::fromJson(me.toJson(), &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->user, me.user);
        QCOMPARE(parsed->account, me.account);

        QJsonObject broken = me.toJson();
        QJsonObject user = broken.value("user").toObject();
        user.insert(QStringLiteral("email"), 42);
        broken.insert(QStringLiteral("user"), user);
        QVERIFY(!MeResponse::fromJson(broken, &errors));
        QCOMPARE(errors.first().field, QStringLiteral("user.email"));
    }
};

QTEST_GUILESS_MAIN(TestAuthMessages)
#include "test_authmessages.moc"
