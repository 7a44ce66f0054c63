#include "SandboxBrowser.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <Order.h>
#include <Payments.h>
#include <Problem.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <Quote.h>
#include <WireTime.h>
#include <memory>

using namespace lp::proto;

namespace {
const QString kPassword = QStringLiteral("correct-horse-battery");
const QString kOwner = QStringLiteral("buyer@checkout.example");
const QString kOther = QStringLiteral("other@checkout.example");
const QString kDollars = QStringLiteral("dollars@checkout.example");
constexpr qint64 kDay = 24 * 3600;

QString type(const char* name)
{
    return problem::typeUri(name);
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonArray items(const QList<QuoteItem>& list)
{
    QJsonArray array;
    for (const auto& item : list) {
        array.append(item.toJson());
    }
    return array;
}

QDateTime timeOf(const QJsonObject& object, const char* key)
{
    return fromWireTime(object.value(QLatin1String(key)).toString());
}

QStringList perDevice(int devices = 10, int months = 12)
{
    return {QStringLiteral("--type"), QStringLiteral("per_device"),       QStringLiteral("--devices"),
            QString::number(devices), QStringLiteral("--refresh-months"), QString::number(months)};
}

QStringList perScan(qint64 quota = 100000, const QString& period = QStringLiteral("monthly"))
{
    return {QStringLiteral("--type"), QStringLiteral("per_scan"),       QStringLiteral("--scan-quota"),
            QString::number(quota),   QStringLiteral("--quota-period"), period};
}

// A price list whose quotes, PayPal approvals and invoices all expire three seconds after they are made.
QByteArray quickPriceList()
{
    QFile builtIn(QStringLiteral(LP_SOURCE_DIR "/server/resources/price-list.json"));
    if (!builtIn.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the built-in price list");
    }
    QJsonObject json = QJsonDocument::fromJson(builtIn.readAll()).object();
    json.insert(QStringLiteral("quote_validity_minutes"), 0.05);
    json.insert(QStringLiteral("paypal_approval_minutes"), 0.05);
    json.insert(QStringLiteral("offline_payment_days"), 3.0 / 86400.0);
    return QJsonDocument(json).toJson();
}
} // namespace

// The checkout against a real license-server: quotes of each kind and the ones refused, each sandbox card
// outcome, single-use tokens, idempotency under repeated and racing requests (two connections, two server
// processes), expired quotes, PayPal approved, cancelled and abandoned, wire transfer and check recorded by
// the operator's command (once), the order history, and another account's orders kept out of reach.
class TestCheckoutRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paymentConfig();
    void cardTokenization();
    void quotesOfEachKind_data();
    void quotesOfEachKind();
    void quoteInTheAccountsCurrency();
    void badQuotes_data();
    void badQuotes();
    void renewalOfAnExpiredLicenseStartsToday();
    void cardOutcomes_data();
    void cardOutcomes();
    void tokensAreSingleUse();
    void sameKeyRepeatedMakesOneOrder();
    void orderRequestRefusals();
    void racingRetriesOnTwoConnections();
    void racingRetriesOnTwoServers();
    void quoteOrderedOnceAndOneOrderAwaitingPerLicense();
    void licenseChangedSinceTheQuote();
    void payPalApproved();
    void payPalCancelledOnTheApprovalPage();
    void payPalCancelledByTheCustomer();
    void offlinePaymentRecorded_data();
    void offlinePaymentRecorded();
    void expiriesWithAQuickPriceList();
    void fulfilmentKeepsHandshakeCodeAndKey();
    void orderHistory();
    void anotherAccountsOrdersAreNotFound();
    void cardNumbersStayWithTheProvider();

private:
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& bearer,
                   const QJsonObject& body = {}, const HttpHeaders& extra = {}, TestServer* server = nullptr)
    {
        HttpHeaders headers = extra;
        if (!bearer.isEmpty()) {
            headers.append({"Authorization", bearer});
        }
        return sendHttp(m_network, (server ? server : &m_server)->baseUrl(), method, path,
                        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                        "application/json", headers);
    }
    QString newLicense(const QStringList& options, const QString& email = kOwner,
                       TestServer* server = nullptr)
    {
        QString id;
        const QString code = (server ? server : &m_server)
                                 ->createLicense(email,
                                                 QStringList {QStringLiteral("--product"),
                                                              QStringLiteral("Barcode Reader SDK")}
                                                     + options,
                                                 &id);
        return code.isEmpty() ? QString() : id;
    }
    HttpReply quoteReply(const QString& licenseId, const QJsonArray& list, const QByteArray& bearer,
                         TestServer* server = nullptr)
    {
        return send("POST", QLatin1String(lp::api::kQuotes), bearer,
                    {{QStringLiteral("license_id"), licenseId}, {QStringLiteral("items"), list}}, {}, server);
    }
    // A quote of the owner's (201), or an empty object after a warning.
    QJsonObject quote(const QString& licenseId, const QList<QuoteItem>& list, TestServer* server = nullptr)
    {
        const HttpReply reply = quoteReply(licenseId, items(list), server ? m_quickBearer : m_bearer, server);
        if (reply.status != 201) {
            qWarning() << "quote failed:" << reply.status << reply.body;
            return {};
        }
        return reply.json();
    }
    // A card token from the sandbox provider, as the client gets one.
    QString cardToken(const QString& number, const QString& cvc = QStringLiteral("123"),
                      TestServer* server = nullptr)
    {
        const HttpReply reply = tokenize(number, cvc, server);
        if (reply.status != 201) {
            qWarning() << "tokenization failed:" << reply.status << reply.body;
        }
        return reply.json().value(QLatin1String("id")).toString();
    }
    HttpReply tokenize(const QString& number, const QString& cvc, TestServer* server = nullptr,
                       int expiryYear = QDate::currentDate().year() + 2)
    {
        TestServer* target = server ? server : &m_server;
        const HttpReply config = send("GET", QLatin1String(lp::api::kPaymentConfig),
                                      server ? m_quickBearer : m_bearer, {}, {}, target);
        const QString key = config.json().value(QLatin1String("publishable_key")).toString();
        CardDetails card;
        card.number = number;
        card.expiryMonth = 12;
        card.expiryYear = expiryYear;
        card.cvc = cvc;
        card.holderName = QStringLiteral("Dana Whitfield");
        return sendHttp(m_network, target->baseUrl(), "POST", QStringLiteral("/sandbox/v1/tokens"),
                        QJsonDocument(card.toJson()).toJson(), "application/json",
                        {{"Authorization", "Bearer " + key.toLatin1()}});
    }
    static QJsonObject orderBody(const QString& quoteId, const QString& method, const QString& token = {})
    {
        QJsonObject body {{QStringLiteral("quote_id"), quoteId}, {QStringLiteral("payment_method"), method}};
        if (!token.isEmpty()) {
            body.insert(QStringLiteral("card_token"), token);
        }
        return body;
    }
    HttpReply order(const QJsonObject& body, const QString& key, const QByteArray& bearer = {},
                    TestServer* server = nullptr)
    {
        return send("POST", QLatin1String(lp::api::kOrders), bearer.isEmpty() ? m_bearer : bearer, body,
                    {{lp::api::kIdempotencyKeyHeader, key.toLatin1()}}, server);
    }
    QJsonObject getOrder(const QString& id, TestServer* server = nullptr)
    {
        const HttpReply reply = send("GET", QLatin1String(lp::api::kOrders) + QLatin1Char('/') + id,
                                     server ? m_quickBearer : m_bearer, {}, {}, server);
        if (reply.status != 200) {
            qWarning() << "order" << id << "answered" << reply.status << reply.body;
        }
        return reply.json();
    }
    QJsonObject license(const QString& id, bool reveal = false, TestServer* server = nullptr)
    {
        QString path = QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + id;
        if (reveal) {
            path += QStringLiteral("?reveal=license_key");
        }
        return send("GET", path, server ? m_quickBearer : m_bearer, {}, {}, server).json();
    }
    // Successful charges the sandbox holds for an order (the order id is the charge's idempotency key).
    int charges(const QString& orderId, TestServer* server = nullptr)
    {
        return (server ? server : &m_server)
            ->sql(QStringLiteral("SELECT COUNT(*) FROM sandbox_charges WHERE idempotency_key = ?"
                                 " AND status = 'succeeded'"),
                  {orderId})
            .toInt();
    }
    // Runs `license-server admin record-payment --order <id>`; its exit code and output.
    int recordPayment(const QString& order, QString* output, TestServer* server = nullptr)
    {
        return (server ? server : &m_server)
            ->admin({QStringLiteral("record-payment"), QStringLiteral("--order"), order}, output);
    }
    static QString status(const QJsonObject& order)
    {
        return order.value(QLatin1String("status")).toString();
    }
    static QString failureCode(const QJsonObject& order)
    {
        return order.value(QLatin1String("failure")).toObject().value(QLatin1String("code")).toString();
    }

    QNetworkAccessManager m_network;
    TestServer m_server;
    std::unique_ptr<TestServer> m_quick;
    QTemporaryDir m_dir;
    QByteArray m_bearer;
    QByteArray m_otherBearer;
    QByteArray m_dollarBearer;
    QByteArray m_quickBearer;
};

void TestCheckoutRoutes::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.createAccount(kOwner, kPassword, QStringLiteral("Checkout Owner")));
    QVERIFY(m_server.createAccount(kOther, kPassword, QStringLiteral("Other Owner")));
    QString output;
    QCOMPARE(m_server.admin({QStringLiteral("create-account"), QStringLiteral("--email"), kDollars,
                             QStringLiteral("--name"), QStringLiteral("Dollar Owner"),
                             QStringLiteral("--password"), kPassword, QStringLiteral("--currency"),
                             QStringLiteral("USD")},
                            &output),
             0);
    m_bearer = signInBearer(m_network, m_server.baseUrl(), kOwner, kPassword);
    m_otherBearer = signInBearer(m_network, m_server.baseUrl(), kOther, kPassword);
    m_dollarBearer = signInBearer(m_network, m_server.baseUrl(), kDollars, kPassword);
    QVERIFY(!m_bearer.isEmpty() && !m_otherBearer.isEmpty() && !m_dollarBearer.isEmpty());
}

void TestCheckoutRoutes::paymentConfig()
{
    const HttpReply reply = send("GET", QLatin1String(lp::api::kPaymentConfig), m_bearer);
    QCOMPARE(reply.status, 200);
    FieldErrors errors;
    const auto config = PaymentConfig::fromJson(reply.json(), &errors);
    QVERIFY(config);
    QCOMPARE(config->provider, QStringLiteral("sandbox"));
    // On the address the client reached the server by, outside the portal's /v1 routes.
    QCOMPARE(config->cardTokenizationUrl,
             m_server.baseUrl().resolved(QUrl(QStringLiteral("/sandbox/v1/tokens"))));
    QVERIFY(config->publishableKey.startsWith(QLatin1String("pk_sandbox_")));
    QCOMPARE(config->methods,
             (QList<PaymentMethod> {PaymentMethod::Card, PaymentMethod::PayPal, PaymentMethod::WireTransfer,
                                    PaymentMethod::Check}));
    QCOMPARE(send("GET", QLatin1String(lp::api::kPaymentConfig), {}).status, 401);
}

void TestCheckoutRoutes::cardTokenization()
{
    HttpReply reply = tokenize(QStringLiteral("4242 4242 4242 4242"), QStringLiteral("123"));
    QCOMPARE(reply.status, 201);
    FieldErrors errors;
    const auto token = CardToken::fromJson(reply.json(), &errors);
    QVERIFY(token);
    QCOMPARE(token->brand, QStringLiteral("visa"));
    QCOMPARE(token->last4, QStringLiteral("4242"));
    QVERIFY(token->id.startsWith(QLatin1String("tok_sandbox_")));

    // Luhn, expiry and CVC are checked by the provider, each named.
    const auto refusedField = [](const HttpReply& answer) {
        return answer.status == 400 && answer.problemType() == type(problem::kValidation)
            ? answer.json()
                  .value(QLatin1String("errors"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QLatin1String("field"))
                  .toString()
            : QStringLiteral("status %1").arg(answer.status);
    };
    QCOMPARE(refusedField(tokenize(QStringLiteral("4242424242424241"), QStringLiteral("123"))),
             QStringLiteral("number"));
    QCOMPARE(refusedField(tokenize(QStringLiteral("4242424242424242"), QStringLiteral("123"), nullptr,
                                   QDate::currentDate().year() - 1)),
             QStringLiteral("exp_year"));
    QCOMPARE(refusedField(tokenize(QStringLiteral("378282246310005"), QStringLiteral("123"))),
             QStringLiteral("cvc"));
    QCOMPARE(tokenize(QStringLiteral("378282246310005"), QStringLiteral("1234")).status, 201);

    // Only with the provider's publishable key: the portal's bearer token is not one.
    CardDetails card;
    card.number = QStringLiteral("4242424242424242");
    card.expiryMonth = 12;
    card.expiryYear = QDate::currentDate().year() + 1;
    card.cvc = QStringLiteral("123");
    reply
        = sendHttp(m_network, m_server.baseUrl(), "POST", QStringLiteral("/sandbox/v1/tokens"),
                   QJsonDocument(card.toJson()).toJson(), "application/json", {{"Authorization", m_bearer}});
    QCOMPARE(reply.status, 401);
}

void TestCheckoutRoutes::quotesOfEachKind_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<QuoteItem>>("list");
    QTest::addColumn<qint64>("firstAmount"); // -1: only checked to be positive
    // The built-in prices: per device 500.00 a year + 24.00 per device; per scan 300.00 + 4.00 per 1,000
    // scans per period; 5 % off 2 years, 10 % off 3.
    QTest::newRow("renewal 1 year") << perDevice() << QList<QuoteItem> {QuoteItem::renewal(1)}
                                    << qint64(74000);
    QTest::newRow("renewal 2 years") << perDevice() << QList<QuoteItem> {QuoteItem::renewal(2)}
                                     << qint64(148000 - 7400);
    QTest::newRow("renewal 3 years") << perScan() << QList<QuoteItem> {QuoteItem::renewal(3)}
                                     << qint64(3 * 510000 - 153000);
    QTest::newRow("devices") << perDevice() << QList<QuoteItem> {QuoteItem::addDevices(5)} << qint64(-1);
    QTest::newRow("quota") << perScan() << QList<QuoteItem> {QuoteItem::addQuota(10000)} << qint64(-1);
    QTest::newRow("cadence") << perDevice() << QList<QuoteItem> {QuoteItem::refreshCadence(6)} << qint64(-1);
    QTest::newRow("all at once") << perDevice(10, 6)
                                 << QList<QuoteItem> {QuoteItem::renewal(1), QuoteItem::addDevices(5),
                                                      QuoteItem::refreshCadence(3)}
                                 << qint64(50000 + 15 * 2400 + 25000);
}

void TestCheckoutRoutes::quotesOfEachKind()
{
    QFETCH(QStringList, options);
    QFETCH(QList<QuoteItem>, list);
    QFETCH(qint64, firstAmount);
    const QString id = newLicense(options);
    QVERIFY(!id.isEmpty());
    const HttpReply reply = quoteReply(id, items(list), m_bearer);
    QCOMPARE(reply.status, 201);
    FieldErrors errors;
    const auto quote = Quote::fromJson(reply.json(), &errors); // also checks total = sum of the lines
    QVERIFY2(quote, qPrintable(errors.isEmpty() ? QString() : errors.first().field + errors.first().message));
    QVERIFY(quote->id.startsWith(QLatin1String("quo_")));
    QCOMPARE(quote->licenseId, id);
    QCOMPARE(quote->currency, QStringLiteral("EUR"));
    QCOMPARE(quote->expiresAt, quote->createdAt.addSecs(30 * 60));
    QCOMPARE(quote->items.size(), list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(quote->items.at(i).item, list.at(i));
        QVERIFY(quote->items.at(i).amount > 0);
    }
    if (firstAmount >= 0) {
        QCOMPARE(quote->items.first().amount, firstAmount);
    }
    const QJsonObject current = license(id);
    QCOMPARE(quote->current.termEnd, timeOf(current, "term_end"));
    for (const QuoteItem& item : list) {
        switch (item.kind) {
        case QuoteItemKind::Renewal:
            QCOMPARE(quote->result.termEnd, quote->current.termEnd.addYears(item.years));
            break;
        case QuoteItemKind::AddDevices:
            QCOMPARE(*quote->result.deviceAllowance, *quote->current.deviceAllowance + item.quantity);
            break;
        case QuoteItemKind::AddQuota:
            QCOMPARE(*quote->result.scanQuota, *quote->current.scanQuota + item.quantity);
            break;
        case QuoteItemKind::RefreshCadence:
            QCOMPARE(*quote->result.deviceRefreshMonths, item.months);
            break;
        }
    }
}

void TestCheckoutRoutes::quoteInTheAccountsCurrency()
{
    const QString id = newLicense(perDevice(), kDollars);
    const HttpReply reply = quoteReply(id, items({QuoteItem::renewal(1)}), m_dollarBearer);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    // The USD list: 550.00 + 10 × 26.00.
    QCOMPARE(reply.json().value(QLatin1String("total")).toInteger(), 81000);
}

void TestCheckoutRoutes::badQuotes_data()
{
    QTest::addColumn<QString>(
        "licenseKind"); // device, scan, other (another account's), none, suspended, expired
    QTest::addColumn<QJsonArray>("list");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("problemType");
    QTest::addColumn<QString>("field");
    const auto raw = [](const char* kind, const char* key, const QJsonValue& value) {
        return QJsonArray {
            QJsonObject {{QStringLiteral("kind"), QLatin1String(kind)}, {QLatin1String(key), value}}};
    };
    const QString validation = type(problem::kValidation);
    const QString notApplicable = type(problem::kNotApplicable);
    const QString notFound = type(problem::kNotFound);
    QTest::newRow("negative devices")
        << "device" << raw("add_devices", "quantity", -5) << 400 << validation << "items[0].quantity";
    QTest::newRow("zero devices") << "device" << raw("add_devices", "quantity", 0) << 400 << validation
                                  << "items[0].quantity";
    QTest::newRow("negative quota") << "scan" << raw("add_quota", "quantity", -1000) << 400 << validation
                                    << "items[0].quantity";
    QTest::newRow("quota not in thousands")
        << "scan" << raw("add_quota", "quantity", 1500) << 400 << validation << "items[0].quantity";
    QTest::newRow("zero years") << "device" << raw("renewal", "years", 0) << 400 << validation
                                << "items[0].years";
    QTest::newRow("four years") << "device" << raw("renewal", "years", 4) << 400 << validation
                                << "items[0].years";
    QTest::newRow("no items") << "device" << QJsonArray {} << 400 << validation << "items";
    QTest::newRow("a kind twice") << "device" << items({QuoteItem::renewal(1), QuoteItem::renewal(2)}) << 400
                                  << validation << "items[1].kind";
    QTest::newRow("unknown license") << "none" << items({QuoteItem::renewal(1)}) << 404 << notFound << "";
    QTest::newRow("another account's license")
        << "other" << items({QuoteItem::renewal(1)}) << 404 << notFound << "";
    QTest::newRow("devices for per scan")
        << "scan" << items({QuoteItem::addDevices(5)}) << 409 << notApplicable << "items[0].kind";
    QTest::newRow("quota for per device")
        << "device" << items({QuoteItem::addQuota(5000)}) << 409 << notApplicable << "items[0].kind";
    QTest::newRow("cadence not shorter")
        << "device" << items({QuoteItem::refreshCadence(12)}) << 409 << notApplicable << "items[0].months";
    QTest::newRow("suspended") << "suspended" << items({QuoteItem::renewal(1)}) << 409 << notApplicable << "";
    QTest::newRow("expired, no renewal")
        << "expired" << items({QuoteItem::addDevices(1)}) << 409 << notApplicable << "";
}

void TestCheckoutRoutes::badQuotes()
{
    QFETCH(QString, licenseKind);
    QFETCH(QJsonArray, list);
    QFETCH(int, status);
    QFETCH(QString, problemType);
    QFETCH(QString, field);
    QString id;
    if (licenseKind == QLatin1String("scan")) {
        id = newLicense(perScan());
    } else if (licenseKind == QLatin1String("other")) {
        id = newLicense(perDevice(), kOther);
    } else if (licenseKind == QLatin1String("none")) {
        id = QStringLiteral("lic_doesnotexist0000");
    } else {
        id = newLicense(perDevice());
    }
    if (licenseKind == QLatin1String("suspended")) {
        m_server.sql(QStringLiteral("UPDATE licenses SET suspended = 1 WHERE id = ?"), {id});
    } else if (licenseKind == QLatin1String("expired")) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_server.sql(QStringLiteral("UPDATE licenses SET term_start = ?, term_end = ? WHERE id = ?"),
                     {now - 400 * kDay, now - 35 * kDay, id});
    }
    const HttpReply reply = quoteReply(id, list, m_bearer);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.problemType(), problemType);
    QVERIFY(!reply.detail().isEmpty());
    if (!field.isEmpty()) {
        const QJsonArray errors = reply.json().value(QLatin1String("errors")).toArray();
        QVERIFY2(!errors.isEmpty(), reply.body.constData());
        QCOMPARE(errors.first().toObject().value(QLatin1String("field")).toString(), field);
    }
    if (licenseKind == QLatin1String("other")) {
        // Exactly as for a license that does not exist.
        QCOMPARE(reply.detail(), quoteReply(QStringLiteral("lic_doesnotexist0000"), list, m_bearer).detail());
    }
    if (licenseKind == QLatin1String("expired")) {
        QVERIFY2(reply.detail().contains(QLatin1String("renew it in the same order")),
                 qPrintable(reply.detail()));
    }
    // Not signed in: 401 before anything else.
    QCOMPARE(quoteReply(id, list, {}).status, 401);
}

void TestCheckoutRoutes::renewalOfAnExpiredLicenseStartsToday()
{
    const QString id = newLicense(perDevice());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_server.sql(QStringLiteral("UPDATE licenses SET term_start = ?, term_end = ? WHERE id = ?"),
                 {now - 400 * kDay, now - 35 * kDay, id});
    QCOMPARE(license(id).value(QLatin1String("status")).toString(), QStringLiteral("expired"));
    const QJsonObject quoted = quote(id, {QuoteItem::renewal(1), QuoteItem::addDevices(2)});
    QVERIFY(!quoted.isEmpty());
    const QDateTime createdAt = timeOf(quoted, "created_at");
    const QJsonObject result = quoted.value(QLatin1String("result")).toObject();
    // The new term starts when the quote is made, not in the past it was not licensed for.
    QCOMPARE(timeOf(result, "term_start"), createdAt);
    QCOMPARE(timeOf(result, "term_end"), createdAt.addYears(1));
    const QJsonObject renewal = quoted.value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(timeOf(renewal, "covers_from"), createdAt);
    // The devices ride on the renewed year (12 devices), the missed months are not charged.
    QCOMPARE(renewal.value(QLatin1String("amount")).toInteger(), 50000 + 12 * 2400);
    QCOMPARE(quoted.value(QLatin1String("items"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QLatin1String("amount"))
                 .toInteger(),
             0);

    const HttpReply paid
        = order(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                          cardToken(QStringLiteral("4242424242424242"))),
                newKey());
    QCOMPARE(paid.status, 201);
    QCOMPARE(status(paid.json()), QStringLiteral("fulfilled"));
    const QJsonObject after = license(id);
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    // Fulfilled moments after the quote: the term starts then and runs one year.
    const QDateTime start = timeOf(after, "term_start");
    QVERIFY(start >= createdAt && start <= createdAt.addSecs(60));
    QCOMPARE(timeOf(after, "term_end"), start.addYears(1));
    QCOMPARE(after.value(QLatin1String("device_allowance")).toInteger(), 12);
}

void TestCheckoutRoutes::cardOutcomes_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("cvc");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<QString>("expected"); // paid_with, or the failure code
    QTest::addColumn<QString>("message");
    QTest::newRow("visa") << "4242424242424242"
                          << "123"
                          << "fulfilled" << QString::fromUtf8("Visa •••• 4242") << "";
    QTest::newRow("mastercard") << "5555555555554444"
                                << "123"
                                << "fulfilled" << QString::fromUtf8("Mastercard •••• 4444") << "";
    QTest::newRow("amex") << "378282246310005"
                          << "1234"
                          << "fulfilled" << QString::fromUtf8("American Express •••• 0005") << "";
    QTest::newRow("declined") << "4000000000000002"
                              << "123"
                              << "declined"
                              << "card_declined"
                              << "declined";
    QTest::newRow("insufficient funds") << "4000000000009995"
                                        << "123"
                                        << "declined"
                                        << "insufficient_funds"
                                        << "insufficient funds";
    QTest::newRow("expired card") << "4000000000000069"
                                  << "123"
                                  << "declined"
                                  << "expired_card"
                                  << "expired";
    QTest::newRow("not a test card") << "4111111111111111"
                                     << "123"
                                     << "declined"
                                     << "card_declined"
                                     << "This is the sandbox: use a test card number.";
}

void TestCheckoutRoutes::cardOutcomes()
{
    QFETCH(QString, number);
    QFETCH(QString, cvc);
    QFETCH(QString, expectedStatus);
    QFETCH(QString, expected);
    QFETCH(QString, message);
    const QString id = newLicense(perDevice());
    const QJsonObject before = license(id);
    const QJsonObject quoted = quote(id, {QuoteItem::renewal(1)});
    const HttpReply reply = order(orderBody(quoted.value(QLatin1String("id")).toString(),
                                            QStringLiteral("card"), cardToken(number, cvc)),
                                  newKey());
    QCOMPARE(reply.status, 201);
    const QJsonObject placed = reply.json();
    QCOMPARE(status(placed), expectedStatus);
    QCOMPARE(placed.value(QLatin1String("total")).toInteger(),
             quoted.value(QLatin1String("total")).toInteger());
    const QString orderId = placed.value(QLatin1String("id")).toString();
    const QJsonObject after = license(id);
    if (expectedStatus == QLatin1String("fulfilled")) {
        const QJsonObject receipt = placed.value(QLatin1String("receipt")).toObject();
        QCOMPARE(receipt.value(QLatin1String("paid_with")).toString(), expected);
        QVERIFY2(QRegularExpression(QStringLiteral("^RC-\\d{4}-\\d{6}$"))
                     .match(receipt.value(QLatin1String("number")).toString())
                     .hasMatch(),
                 qPrintable(receipt.value(QLatin1String("number")).toString()));
        QCOMPARE(timeOf(after, "term_end"), timeOf(before, "term_end").addYears(1));
        QCOMPARE(timeOf(placed.value(QLatin1String("result")).toObject(), "term_end"),
                 timeOf(after, "term_end"));
        QCOMPARE(charges(orderId), 1);
    } else {
        QCOMPARE(failureCode(placed), expected);
        const QString said
            = placed.value(QLatin1String("failure")).toObject().value(QLatin1String("message")).toString();
        QVERIFY2(said.contains(message), qPrintable(said));
        QVERIFY(placed.value(QLatin1String("receipt")).isNull());
        QVERIFY(placed.value(QLatin1String("result")).isNull());
        QCOMPARE(timeOf(after, "term_end"), timeOf(before, "term_end"));
        QCOMPARE(charges(orderId), 0);
    }
    QCOMPARE(status(getOrder(orderId)), expectedStatus);
}

void TestCheckoutRoutes::tokensAreSingleUse()
{
    const QString token = cardToken(QStringLiteral("4242424242424242"));
    const QJsonObject first = quote(newLicense(perDevice()), {QuoteItem::renewal(1)});
    QCOMPARE(
        order(orderBody(first.value(QLatin1String("id")).toString(), QStringLiteral("card"), token), newKey())
            .status,
        201);
    // The same token for another order: refused before anything is ordered or charged.
    const QString secondLicense = newLicense(perDevice());
    const QJsonObject second = quote(secondLicense, {QuoteItem::renewal(1)});
    HttpReply reply = order(
        orderBody(second.value(QLatin1String("id")).toString(), QStringLiteral("card"), token), newKey());
    QCOMPARE(reply.status, 400);
    QCOMPARE(
        reply.json().value(QLatin1String("errors")).toArray().at(0).toObject().value(QLatin1String("field")),
        QJsonValue(QStringLiteral("card_token")));
    QVERIFY2(reply.detail().contains(QLatin1String("already used")), qPrintable(reply.detail()));
    reply = order(orderBody(second.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                            QStringLiteral("tok_sandbox_madeup")),
                  newKey());
    QCOMPARE(reply.status, 400);
    QCOMPARE(license(secondLicense).value(QLatin1String("term_end")),
             second.value(QLatin1String("current")).toObject().value(QLatin1String("term_end")));
}

void TestCheckoutRoutes::sameKeyRepeatedMakesOneOrder()
{
    const QString id = newLicense(perDevice());
    const QJsonObject before = license(id);
    const QJsonObject quoted = quote(id, {QuoteItem::renewal(1)});
    const QJsonObject body = orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                                       cardToken(QStringLiteral("4242424242424242")));
    const QString key = newKey();
    const HttpReply first = order(body, key);
    QCOMPARE(first.status, 201);
    const QString orderId = first.json().value(QLatin1String("id")).toString();
    // A client retrying after a lost answer: the same order as it is now, never a second one or charge.
    for (int i = 0; i < 3; ++i) {
        const HttpReply again = order(body, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QLatin1String("id")).toString(), orderId);
        QCOMPARE(status(again.json()), QStringLiteral("fulfilled"));
    }
    QCOMPARE(charges(orderId), 1);
    QCOMPARE(timeOf(license(id), "term_end"), timeOf(before, "term_end").addYears(1));

    // The same key with another body: refused, nothing ordered.
    const QJsonObject other
        = orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("wire_transfer"));
    const HttpReply reused = order(other, key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.problemType(), type(problem::kIdempotencyKeyReused));
    // Keys are per account: another account's identical key is its own.
    const QJsonObject othersQuote = [&] {
        const HttpReply reply
            = quoteReply(newLicense(perDevice(), kOther), items({QuoteItem::renewal(1)}), m_otherBearer);
        return reply.json();
    }();
    QCOMPARE(order(orderBody(othersQuote.value(QLatin1String("id")).toString(), QStringLiteral("check")), key,
                   m_otherBearer)
                 .status,
             201);
}

void TestCheckoutRoutes::orderRequestRefusals()
{
    const QString id = newLicense(perDevice());
    const QJsonObject quoted = quote(id, {QuoteItem::renewal(1)});
    const QJsonObject body
        = orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("wire_transfer"));
    const auto fieldOf = [](const HttpReply& reply) {
        return reply.json()
            .value(QLatin1String("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("field"))
            .toString();
    };
    // No Idempotency-Key, or one that is not a key.
    HttpReply reply = send("POST", QLatin1String(lp::api::kOrders), m_bearer, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(fieldOf(reply), QStringLiteral("Idempotency-Key"));
    QCOMPARE(order(body, QStringLiteral("short")).status, 400);
    QCOMPARE(order(body, QStringLiteral("has spaces in it")).status, 400);
    // A card order needs a token, other methods must not carry one.
    reply = order(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("card")), newKey());
    QCOMPARE(reply.status, 400);
    QCOMPARE(fieldOf(reply), QStringLiteral("card_token"));
    reply
        = order(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("bitcoin")), newKey());
    QCOMPARE(fieldOf(reply), QStringLiteral("payment_method"));
    // An unknown quote, and another account's quote, are not found alike.
    reply = order(orderBody(QStringLiteral("quo_doesnotexist0000"), QStringLiteral("check")), newKey());
    QCOMPARE(reply.status, 404);
    reply = order(body, newKey(), m_otherBearer);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.problemType(), type(problem::kNotFound));
    QCOMPARE(send("POST", QLatin1String(lp::api::kOrders), {}, body,
                  {{lp::api::kIdempotencyKeyHeader, "a-valid-key"}})
                 .status,
             401);
}

void TestCheckoutRoutes::racingRetriesOnTwoConnections()
{
    const QString id = newLicense(perDevice());
    const QJsonObject before = license(id);
    const QJsonObject quoted = quote(id, {QuoteItem::renewal(2)});
    const QByteArray body
        = QJsonDocument(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                                  cardToken(QStringLiteral("4242424242424242"))))
              .toJson();
    const QByteArray key = newKey().toLatin1();
    // Two connections of their own, both sent before either is answered.
    QNetworkAccessManager first;
    QNetworkAccessManager second;
    const auto post = [&](QNetworkAccessManager& network) {
        QUrl url = m_server.baseUrl();
        url.setPath(QLatin1String(lp::api::kOrders));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", m_bearer);
        request.setRawHeader(lp::api::kIdempotencyKeyHeader, key);
        return network.post(request, body);
    };
    std::unique_ptr<QNetworkReply> a(post(first));
    std::unique_ptr<QNetworkReply> b(post(second));
    QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 30000);
    const int statusA = a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int statusB = b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QCOMPARE(QSet<int>({statusA, statusB}), QSet<int>({200, 201}));
    const QJsonObject answerA = QJsonDocument::fromJson(a->readAll()).object();
    const QJsonObject answerB = QJsonDocument::fromJson(b->readAll()).object();
    QCOMPARE(answerA.value(QLatin1String("id")), answerB.value(QLatin1String("id")));
    QCOMPARE(charges(answerA.value(QLatin1String("id")).toString()), 1);
    QCOMPARE(timeOf(license(id), "term_end"), timeOf(before, "term_end").addYears(2));

    // Two attempts with different keys at one quote: one order, the other refused.
    const QJsonObject again = quote(id, {QuoteItem::addDevices(1)});
    const QJsonObject wire
        = orderBody(again.value(QLatin1String("id")).toString(), QStringLiteral("wire_transfer"));
    const HttpReply one = order(wire, newKey());
    const HttpReply two = order(wire, newKey());
    QCOMPARE(one.status, 201);
    QCOMPARE(two.status, 409);
    QCOMPARE(two.problemType(), type(problem::kOrderConflict));
}

void TestCheckoutRoutes::racingRetriesOnTwoServers()
{
    // A second server process on the same database, as behind a load balancer.
    TestServer twin(m_server.databaseSpec());
    QStringList arguments;
    if (!m_server.secretKeyFile().isEmpty()) {
        arguments << QStringLiteral("--secret-key-file") << m_server.secretKeyFile();
    }
    QVERIFY(twin.start(arguments));
    for (int round = 0; round < 3; ++round) {
        const QString id = newLicense(perDevice());
        const QJsonObject before = license(id);
        const QJsonObject quoted = quote(id, {QuoteItem::renewal(1)});
        const QByteArray body
            = QJsonDocument(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                                      cardToken(QStringLiteral("5555555555554444"))))
                  .toJson();
        const QByteArray key = newKey().toLatin1();
        QNetworkAccessManager first;
        QNetworkAccessManager second;
        const auto post = [&](QNetworkAccessManager& network, const QUrl& base) {
            QUrl url = base;
            url.setPath(QLatin1String(lp::api::kOrders));
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", m_bearer);
            request.setRawHeader(lp::api::kIdempotencyKeyHeader, key);
            return network.post(request, body);
        };
        std::unique_ptr<QNetworkReply> a(post(first, m_server.baseUrl()));
        std::unique_ptr<QNetworkReply> b(post(second, twin.baseUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 30000);
        const int statusA = a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const int statusB = b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bodyA = a->readAll();
        const QByteArray bodyB = b->readAll();
        QVERIFY2(QSet<int>({statusA, statusB}) == QSet<int>({200, 201}),
                 qPrintable(QStringLiteral("%1 %2 %3 %4")
                                .arg(statusA)
                                .arg(statusB)
                                .arg(QString::fromUtf8(bodyA), QString::fromUtf8(bodyB))));
        const QJsonObject answerA = QJsonDocument::fromJson(bodyA).object();
        const QJsonObject answerB = QJsonDocument::fromJson(bodyB).object();
        QCOMPARE(answerA.value(QLatin1String("id")), answerB.value(QLatin1String("id")));
        QCOMPARE(status(answerA), QStringLiteral("fulfilled"));
        QCOMPARE(status(answerB), QStringLiteral("fulfilled"));
        QCOMPARE(charges(answerA.value(QLatin1String("id")).toString()), 1);
        QCOMPARE(timeOf(license(id), "term_end"), timeOf(before, "term_end").addYears(1));
    }
}

void TestCheckoutRoutes::quoteOrderedOnceAndOneOrderAwaitingPerLicense()
{
    const QString id = newLicense(perDevice());
    const QJsonObject quoted = quote(id, {QuoteItem::renewal(1)});
    const QString quoteId = quoted.value(QLatin1String("id")).toString();
    const HttpReply wire = order(orderBody(quoteId, QStringLiteral("wire_transfer")), newKey());
    QCOMPARE(wire.status, 201);
    // The quote is ordered: not again under another key.
    HttpReply reply = order(orderBody(quoteId, QStringLiteral("check")), newKey());
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.problemType(), type(problem::kOrderConflict));
    // Nor another quote of the license while that order awaits payment.
    const QJsonObject another = quote(id, {QuoteItem::addDevices(2)});
    reply = order(orderBody(another.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                            cardToken(QStringLiteral("4242424242424242"))),
                  newKey());
    QCOMPARE(reply.status, 409);
    QVERIFY2(reply.detail().contains(QLatin1String("awaiting payment")), qPrintable(reply.detail()));
    // Cancelled, the license takes orders again, and the cancelled quote can be ordered anew.
    const QString wireId = wire.json().value(QLatin1String("id")).toString();
    const QString cancelPath
        = QLatin1String(lp::api::kOrders) + QLatin1Char('/') + wireId + QLatin1String(lp::api::kCancelSuffix);
    reply = send("POST", cancelPath, m_bearer);
    QCOMPARE(reply.status, 200);
    QCOMPARE(status(reply.json()), QStringLiteral("cancelled"));
    QCOMPARE(failureCode(reply.json()), QStringLiteral("cancelled_by_customer"));
    QCOMPARE(send("POST", cancelPath, m_bearer).status, 200); // a retry of the cancel
    QCOMPARE(recordPayment(wireId, nullptr), 1); // a cancelled order takes no payment
    reply = order(orderBody(another.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                            cardToken(QStringLiteral("4242424242424242"))),
                  newKey());
    QCOMPARE(reply.status, 201);
    QCOMPARE(status(reply.json()), QStringLiteral("fulfilled"));
    // A fulfilled order cannot be cancelled.
    reply = send("POST",
                 QLatin1String(lp::api::kOrders) + QLatin1Char('/')
                     + reply.json().value(QLatin1String("id")).toString()
                     + QLatin1String(lp::api::kCancelSuffix),
                 m_bearer);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.problemType(), type(problem::kOrderConflict));
}

void TestCheckoutRoutes::licenseChangedSinceTheQuote()
{
    const QString id = newLicense(perDevice());
    const QJsonObject first = quote(id, {QuoteItem::renewal(1)});
    const QJsonObject second = quote(id, {QuoteItem::renewal(1)});
    QCOMPARE(order(orderBody(first.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                             cardToken(QStringLiteral("4242424242424242"))),
                   newKey())
                 .status,
             201);
    const HttpReply stale
        = order(orderBody(second.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                          cardToken(QStringLiteral("4242424242424242"))),
                newKey());
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.problemType(), type(problem::kLicenseChanged));
    QVERIFY2(stale.detail().contains(QLatin1String("new quote")), qPrintable(stale.detail()));
}

void TestCheckoutRoutes::payPalApproved()
{
    const QString id = newLicense(perScan());
    const QJsonObject before = license(id);
    const QJsonObject quoted = quote(id, {QuoteItem::addQuota(20000), QuoteItem::renewal(1)});
    const HttpReply reply
        = order(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("paypal")), newKey());
    QCOMPARE(reply.status, 201);
    const QJsonObject placed = reply.json();
    QCOMPARE(status(placed), QStringLiteral("awaiting_payment"));
    const QUrl approval(placed.value(QLatin1String("approval_url")).toString());
    QCOMPARE(approval.authority(), m_server.baseUrl().authority());
    QVERIFY(approval.path().startsWith(QLatin1String("/sandbox/paypal/approve/")));
    // The page a browser shows: HTML, with the amount.
    const HttpReply page = sendHttp(m_network, approval, "GET", approval.path());
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("Approve payment"));
    QVERIFY2(
        page.body.contains(QStringLiteral("EUR %1.")
                               .arg(QLocale(QLocale::English)
                                        .toString(quoted.value(QLatin1String("total")).toInteger() / 100))
                               .toUtf8()),
        page.body.constData());
    QCOMPARE(timeOf(license(id), "term_end"), timeOf(before, "term_end")); // nothing before the approval

    QVERIFY(submitSandboxApproval(approval, QStringLiteral("approve")));
    const QString orderId = placed.value(QLatin1String("id")).toString();
    const QJsonObject done = getOrder(orderId);
    QCOMPARE(status(done), QStringLiteral("fulfilled"));
    QCOMPARE(done.value(QLatin1String("receipt")).toObject().value(QLatin1String("paid_with")).toString(),
             QStringLiteral("PayPal"));
    QVERIFY(done.value(QLatin1String("approval_url")).isNull());
    const QJsonObject after = license(id);
    QCOMPARE(timeOf(after, "term_end"), timeOf(before, "term_end").addYears(1));
    QCOMPARE(after.value(QLatin1String("scan_quota")).toInteger(), 120000);
    // Approving again (a double click) applies nothing twice.
    const HttpReply again
        = sendHttp(m_network, approval, "POST", approval.path() + QStringLiteral("/approve"),
                   "approval=" + approval.fileName().toLatin1(), "application/x-www-form-urlencoded");
    QCOMPARE(again.status, 200);
    QVERIFY(again.body.contains("already approved"));
    QCOMPARE(timeOf(license(id), "term_end"), timeOf(before, "term_end").addYears(1));
    QCOMPARE(license(id).value(QLatin1String("scan_quota")).toInteger(), 120000);
}

void TestCheckoutRoutes::payPalCancelledOnTheApprovalPage()
{
    const QString id = newLicense(perDevice());
    const QJsonObject before = license(id);
    const QJsonObject quoted = quote(id, {QuoteItem::renewal(1)});
    const QJsonObject placed
        = order(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("paypal")), newKey())
              .json();
    const QUrl approval(placed.value(QLatin1String("approval_url")).toString());
    QVERIFY(submitSandboxApproval(approval, QStringLiteral("cancel")));
    const QJsonObject cancelled = getOrder(placed.value(QLatin1String("id")).toString());
    QCOMPARE(status(cancelled), QStringLiteral("cancelled"));
    QCOMPARE(failureCode(cancelled), QStringLiteral("cancelled_by_customer"));
    // The page no longer approves it.
    const HttpReply late
        = sendHttp(m_network, approval, "POST", approval.path() + QStringLiteral("/approve"),
                   "approval=" + approval.fileName().toLatin1(), "application/x-www-form-urlencoded");
    QCOMPARE(late.status, 409);
    QCOMPARE(status(getOrder(placed.value(QLatin1String("id")).toString())), QStringLiteral("cancelled"));
    QCOMPARE(timeOf(license(id), "term_end"), timeOf(before, "term_end"));
}

void TestCheckoutRoutes::payPalCancelledByTheCustomer()
{
    const QString id = newLicense(perDevice());
    const QJsonObject before = license(id);
    const QJsonObject quoted = quote(id, {QuoteItem::refreshCadence(3)});
    const QJsonObject placed
        = order(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("paypal")), newKey())
              .json();
    const QString orderId = placed.value(QLatin1String("id")).toString();
    const HttpReply reply = send("POST",
                                 QLatin1String(lp::api::kOrders) + QLatin1Char('/') + orderId
                                     + QLatin1String(lp::api::kCancelSuffix),
                                 m_bearer);
    QCOMPARE(reply.status, 200);
    QCOMPARE(status(reply.json()), QStringLiteral("cancelled"));
    // The customer approves in the browser window left open: the order stays cancelled, nothing applies.
    const QUrl approval(placed.value(QLatin1String("approval_url")).toString());
    const HttpReply late
        = sendHttp(m_network, approval, "POST", approval.path() + QStringLiteral("/approve"),
                   "approval=" + approval.fileName().toLatin1(), "application/x-www-form-urlencoded");
    QCOMPARE(late.status, 409);
    QCOMPARE(status(getOrder(orderId)), QStringLiteral("cancelled"));
    QCOMPARE(license(id).value(QLatin1String("device_refresh_months")),
             before.value(QLatin1String("device_refresh_months")));
}

void TestCheckoutRoutes::offlinePaymentRecorded_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("byReference");
    QTest::newRow("wire transfer") << "wire_transfer" << false;
    QTest::newRow("check, by payment reference") << "check" << true;
}

void TestCheckoutRoutes::offlinePaymentRecorded()
{
    QFETCH(QString, method);
    QFETCH(bool, byReference);
    const QString id = newLicense(perDevice());
    const QJsonObject before = license(id);
    const QJsonObject quoted = quote(id, {QuoteItem::renewal(3), QuoteItem::addDevices(10)});
    const HttpReply reply = order(orderBody(quoted.value(QLatin1String("id")).toString(), method), newKey());
    QCOMPARE(reply.status, 201);
    FieldErrors errors;
    const auto placed = Order::fromJson(reply.json(), &errors);
    QVERIFY(placed);
    QCOMPARE(placed->status, OrderStatus::AwaitingPayment);
    QVERIFY(placed->invoice);
    const ProFormaInvoice& invoice = *placed->invoice;
    QVERIFY2(QRegularExpression(QStringLiteral("^PF-\\d{4}-\\d{6}$")).match(invoice.number).hasMatch(),
             qPrintable(invoice.number));
    QVERIFY2(QRegularExpression(QStringLiteral("^LP-[A-Z2-9]{4}-[A-Z2-9]{4}$"))
                 .match(invoice.paymentReference)
                 .hasMatch(),
             qPrintable(invoice.paymentReference));
    QCOMPARE(invoice.dueAt, invoice.issuedAt.addDays(30));
    QVERIFY(!invoice.payee.isEmpty());
    if (method == QLatin1String("wire_transfer")) {
        QVERIFY(!invoice.iban.isEmpty() && !invoice.bic.isEmpty() && !invoice.bankName.isEmpty());
        QVERIFY(invoice.mailingAddress.isEmpty());
    } else {
        QVERIFY(!invoice.mailingAddress.isEmpty());
        QVERIFY(invoice.iban.isEmpty());
    }
    QCOMPARE(timeOf(license(id), "term_end"), timeOf(before, "term_end")); // nothing before the payment

    QString output;
    QCOMPARE(recordPayment(byReference ? invoice.paymentReference : placed->id, &output), 0);
    const QDateTime newEnd = timeOf(before, "term_end").addYears(3);
    QVERIFY2(output.contains(newEnd.date().toString(Qt::ISODate)), qPrintable(output));
    const QJsonObject done = getOrder(placed->id);
    QCOMPARE(status(done), QStringLiteral("fulfilled"));
    QCOMPARE(
        done.value(QLatin1String("receipt")).toObject().value(QLatin1String("paid_with")).toString(),
        QStringLiteral("%1, reference %2")
            .arg(method == QLatin1String("check") ? QStringLiteral("Check") : QStringLiteral("Wire transfer"),
                 invoice.paymentReference));
    QCOMPARE(timeOf(license(id), "term_end"), newEnd);
    QCOMPARE(license(id).value(QLatin1String("device_allowance")).toInteger(), 20);

    // Recording it again applies nothing and says why; an unknown order is refused in words too.
    QCOMPARE(recordPayment(placed->id, &output), 1);
    QVERIFY2(output.contains(QLatin1String("not awaiting payment")), qPrintable(output));
    QCOMPARE(timeOf(license(id), "term_end"), newEnd);
    QCOMPARE(license(id).value(QLatin1String("device_allowance")).toInteger(), 20);
    QCOMPARE(recordPayment(QStringLiteral("ord_doesnotexist0000"), &output), 1);
    QVERIFY2(output.contains(QLatin1String("There is no order")), qPrintable(output));
}

void TestCheckoutRoutes::expiriesWithAQuickPriceList()
{
    // A server of its own whose quotes, PayPal approvals and invoices expire after three seconds.
    QVERIFY(m_dir.isValid());
    const QString priceList = m_dir.filePath(QStringLiteral("quick-prices.json"));
    QFile file(priceList);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(quickPriceList());
    file.close();
    m_quick = std::make_unique<TestServer>();
    TestServer* quick = m_quick.get();
    QVERIFY(quick->start({QStringLiteral("--price-list"), priceList}));
    QVERIFY(quick->createAccount(kOwner, kPassword, QStringLiteral("Quick Owner")));
    m_quickBearer = signInBearer(m_network, quick->baseUrl(), kOwner, kPassword);
    QVERIFY(!m_quickBearer.isEmpty());

    const QString quoteLicense = newLicense(perDevice(), kOwner, quick);
    const QJsonObject staleQuote = quote(quoteLicense, {QuoteItem::renewal(1)}, quick);
    const QString token = cardToken(QStringLiteral("4242424242424242"), QStringLiteral("123"), quick);
    const QString payPalLicense = newLicense(perDevice(), kOwner, quick);
    const QJsonObject payPal
        = order(
              orderBody(
                  quote(payPalLicense, {QuoteItem::renewal(1)}, quick).value(QLatin1String("id")).toString(),
                  QStringLiteral("paypal")),
              newKey(), m_quickBearer, quick)
              .json();
    const QString wireLicense = newLicense(perDevice(), kOwner, quick);
    const QJsonObject wire
        = order(orderBody(
                    quote(wireLicense, {QuoteItem::renewal(1)}, quick).value(QLatin1String("id")).toString(),
                    QStringLiteral("wire_transfer")),
                newKey(), m_quickBearer, quick)
              .json();
    QCOMPARE(status(payPal), QStringLiteral("awaiting_payment"));
    QCOMPARE(status(wire), QStringLiteral("awaiting_payment"));
    const QDateTime deadline = timeOf(staleQuote, "expires_at").addSecs(2);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > deadline, 15000);

    // An expired quote: 410, nothing ordered or charged (the token still works for a new quote).
    HttpReply reply
        = order(orderBody(staleQuote.value(QLatin1String("id")).toString(), QStringLiteral("card"), token),
                newKey(), m_quickBearer, quick);
    QCOMPARE(reply.status, 410);
    QCOMPARE(reply.problemType(), type(problem::kQuoteExpired));
    const QJsonObject fresh = quote(quoteLicense, {QuoteItem::renewal(1)}, quick);
    reply = order(orderBody(fresh.value(QLatin1String("id")).toString(), QStringLiteral("card"), token),
                  newKey(), m_quickBearer, quick);
    QCOMPARE(reply.status, 201);
    QCOMPARE(status(reply.json()), QStringLiteral("fulfilled"));

    // A PayPal approval not completed in time: cancelled, and the page no longer approves it.
    const QJsonObject abandoned = getOrder(payPal.value(QLatin1String("id")).toString(), quick);
    QCOMPARE(status(abandoned), QStringLiteral("cancelled"));
    QCOMPARE(failureCode(abandoned), QStringLiteral("approval_abandoned"));
    const QUrl approval(payPal.value(QLatin1String("approval_url")).toString());
    QCOMPARE(sendHttp(m_network, approval, "POST", approval.path() + QStringLiteral("/approve"),
                      "approval=" + approval.fileName().toLatin1(), "application/x-www-form-urlencoded")
                 .status,
             409);
    QCOMPARE(license(payPalLicense, false, quick).value(QLatin1String("term_end")),
             payPal.value(QLatin1String("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("covers_from")));

    // An invoice not paid by its due date: expired. The operator who then records the payment (received on
    // time but booked late, or late) has the money: the order is fulfilled after all, and only once.
    const QString wireId = wire.value(QLatin1String("id")).toString();
    const QJsonObject overdue = getOrder(wireId, quick);
    QCOMPARE(status(overdue), QStringLiteral("expired"));
    QCOMPARE(failureCode(overdue), QStringLiteral("payment_overdue"));
    QString output;
    QCOMPARE(recordPayment(wireId, &output, quick), 0);
    const QJsonObject recorded = getOrder(wireId, quick);
    QCOMPARE(status(recorded), QStringLiteral("fulfilled"));
    QVERIFY(recorded.value(QLatin1String("failure")).isNull());
    QCOMPARE(recordPayment(wireId, &output, quick), 1);
    QVERIFY2(output.contains(QLatin1String("not awaiting payment")), qPrintable(output));
}

void TestCheckoutRoutes::fulfilmentKeepsHandshakeCodeAndKey()
{
    const QString id = newLicense(perDevice(25, 12));
    const QJsonObject before = license(id, true);
    const QString code = before.value(QLatin1String("handshake_code")).toString();
    const QString key = before.value(QLatin1String("license_key")).toString();
    QVERIFY(key.startsWith(QLatin1String("t0")) && key.size() > 40);
    const QJsonObject quoted
        = quote(id, {QuoteItem::renewal(2), QuoteItem::addDevices(25), QuoteItem::refreshCadence(6)});
    const QJsonObject placed
        = order(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("card"),
                          cardToken(QStringLiteral("4242424242424242"))),
                newKey())
              .json();
    QCOMPARE(status(placed), QStringLiteral("fulfilled"));
    QCOMPARE(placed.value(QLatin1String("handshake_code")).toString(), code);
    QCOMPARE(placed.value(QLatin1String("result")), quoted.value(QLatin1String("result")));
    const QJsonObject after = license(id, true);
    QCOMPARE(after.value(QLatin1String("handshake_code")).toString(), code);
    QCOMPARE(after.value(QLatin1String("license_key")).toString(), key);
    QCOMPARE(after.value(QLatin1String("device_allowance")).toInteger(), 50);
    QCOMPARE(after.value(QLatin1String("device_refresh_months")).toInteger(), 6);
    QCOMPARE(timeOf(after, "term_end"), timeOf(before, "term_end").addYears(2));
    QCOMPARE(timeOf(after, "term_start"), timeOf(before, "term_start"));
}

void TestCheckoutRoutes::orderHistory()
{
    // A fresh account's history, newest first, each item as GET /v1/orders/{id} answers it.
    const QString email = QStringLiteral("history@checkout.example");
    QVERIFY(m_server.createAccount(email, kPassword, QStringLiteral("History")));
    const QByteArray bearer = signInBearer(m_network, m_server.baseUrl(), email, kPassword);
    QStringList made;
    for (const QString& method :
         {QStringLiteral("check"), QStringLiteral("card"), QStringLiteral("paypal")}) {
        const QString id = newLicense(perDevice(), email);
        const HttpReply quoted = quoteReply(id, items({QuoteItem::renewal(1)}), bearer);
        QCOMPARE(quoted.status, 201);
        const QString token
            = method == QLatin1String("card") ? cardToken(QStringLiteral("4000000000000002")) : QString();
        const HttpReply placed = order(
            orderBody(quoted.json().value(QLatin1String("id")).toString(), method, token), newKey(), bearer);
        QCOMPARE(placed.status, 201);
        made.prepend(placed.json().value(QLatin1String("id")).toString());
        if (made.size() < 3) {
            QTest::qWait(1100); // distinct creation seconds, so that "newest first" is observable
        }
    }
    const HttpReply list = send("GET", QLatin1String(lp::api::kOrders), bearer);
    QCOMPARE(list.status, 200);
    FieldErrors errors;
    const auto orders = OrderList::fromJson(list.json(), &errors);
    QVERIFY(orders);
    QStringList listed;
    for (const Order& item : orders->items) {
        listed << item.id;
        const HttpReply detail
            = send("GET", QLatin1String(lp::api::kOrders) + QLatin1Char('/') + item.id, bearer);
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json(), item.toJson());
        QCOMPARE(item.product, QStringLiteral("Barcode Reader SDK"));
        QVERIFY(!item.handshakeCode.isEmpty());
    }
    QCOMPARE(listed, made);
    QCOMPARE(orders->items.at(0).paymentMethod, PaymentMethod::PayPal);
    QVERIFY(orders->items.at(0).approvalUrl.has_value());
    QCOMPARE(orders->items.at(1).status, OrderStatus::Declined);
    QCOMPARE(orders->items.at(2).status, OrderStatus::AwaitingPayment);
    QVERIFY(orders->items.at(2).invoice.has_value());
    QCOMPARE(send("GET", QLatin1String(lp::api::kOrders), {}).status, 401);
}

void TestCheckoutRoutes::anotherAccountsOrdersAreNotFound()
{
    const QJsonObject quoted = quote(newLicense(perDevice()), {QuoteItem::renewal(1)});
    const QString orderId
        = order(orderBody(quoted.value(QLatin1String("id")).toString(), QStringLiteral("check")), newKey())
              .json()
              .value(QLatin1String("id"))
              .toString();
    const QString path = QLatin1String(lp::api::kOrders) + QLatin1Char('/') + orderId;
    const HttpReply theirs = send("GET", path, m_otherBearer);
    const HttpReply none = send(
        "GET", QLatin1String(lp::api::kOrders) + QStringLiteral("/ord_doesnotexist0000"), m_otherBearer);
    QCOMPARE(theirs.status, 404);
    QCOMPARE(none.status, 404);
    QCOMPARE(theirs.detail(), none.detail());
    QCOMPARE(send("POST", path + QLatin1String(lp::api::kCancelSuffix), m_otherBearer).status, 404);
    for (const QJsonValue& item : send("GET", QLatin1String(lp::api::kOrders), m_otherBearer)
                                      .json()
                                      .value(QLatin1String("items"))
                                      .toArray()) {
        QVERIFY(item.toObject().value(QLatin1String("id")).toString() != orderId);
    }
    QCOMPARE(status(getOrder(orderId)), QStringLiteral("awaiting_payment")); // untouched
}

void TestCheckoutRoutes::cardNumbersStayWithTheProvider()
{
    // Every card of this suite went to the provider's endpoint; neither the database nor the server's log
    // holds a number (only brand, last four digits and expiry are kept).
    const QByteArray number = "5555555555554444";
    QVERIFY(!m_server.log().contains(QString::fromLatin1(number)));
    QVERIFY(!m_server.log().contains(QStringLiteral("4242424242424242")));
    if (m_server.isPostgres()) {
        QCOMPARE(m_server
                     .sql(QStringLiteral(
                              "SELECT COUNT(*) FROM sandbox_card_tokens t WHERE CAST(t AS TEXT) LIKE ?"),
                          {QStringLiteral("%4242424242424242%")})
                     .toInt(),
                 0);
        return;
    }
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_server.databaseSpec() + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    QVERIFY(bytes.contains("sandbox_card_tokens"));
    QVERIFY(!bytes.contains(number));
    QVERIFY(!bytes.contains("4242424242424242"));
}

QTEST_GUILESS_MAIN(TestCheckoutRoutes)
#include "test_checkoutroutes.moc"
