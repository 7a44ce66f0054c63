#include "Order.h"
#include "Payments.h"
#include "Quote.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QTest>

using namespace lp::proto;

namespace {
QStringList fieldsOf(const FieldErrors& errors)
{
    QStringList fields;
    for (const FieldError& error : errors) {
        fields.append(error.field);
    }
    return fields;
}

QStringList quoteRequestErrors(const QJsonObject& json)
{
    FieldErrors errors;
    return QuoteRequest::fromJson(json, &errors) ? QStringList() : fieldsOf(errors);
}

QJsonObject requestWith(QJsonArray items)
{
    return {{"license_id", "lic_1"}, {"items", items}};
}

QDateTime at(const char* text)
{
    return fromWireTime(QString::fromLatin1(text));
}

QuoteLine line(QuoteItem item, qint64 list, qint64 discount)
{
    return {item, at("2026-11-28T10:00:00Z"), at("2027-11-28T10:00:00Z"), list, discount, list - discount};
}

Order sampleOrder()
{
    Order order;
    order.id = "ord_1";
    order.quoteId = "quo_1";
    order.licenseId = "lic_1";
    order.product = "Barcode Reader SDK";
    order.handshakeCode = "12345-67890";
    order.status = OrderStatus::AwaitingPayment;
    order.paymentMethod = PaymentMethod::WireTransfer;
    order.items = {line(QuoteItem::renewal(2), 200000, 10000), line(QuoteItem::addDevices(5), 6000, 0)};
    order.total = 196000;
    order.currency = "EUR";
    order.createdAt = at("2026-11-28T10:00:00Z");
    order.updatedAt = at("2026-11-28T10:00:05Z");
    order.invoice = ProFormaInvoice {"PF-2026-000042",
                                     order.createdAt,
                                     at("2026-12-28T10:00:00Z"),
                                     "LP-7K3Q-X9M2",
                                     "LicensePortal Demo GmbH",
                                     "Demo Bank",
                                     "DE89370400440532013000",
                                     "COBADEFFXXX",
                                     {}};
    return order;
}
} // namespace

class TestCheckoutMessages : public QObject
{
    Q_OBJECT
private slots:
    void quoteRequestRoundTrip()
    {
        QuoteRequest request {"lic_1",
                              {QuoteItem::renewal(2), QuoteItem::addDevices(50), QuoteItem::addQuota(10000),
                               QuoteItem::refreshCadence(6)}};
        const QJsonObject json = request.toJson();
        // Only the field of each kind travels, under the wire names.
        const QJsonArray items = json.value("items").toArray();
        QCOMPARE(items.at(0).toObject(), (QJsonObject {{"kind", "renewal"}, {"years", 2}}));
        QCOMPARE(items.at(1).toObject(), (QJsonObject {{"kind", "add_devices"}, {"quantity", 50}}));
        QCOMPARE(items.at(2).toObject(), (QJsonObject {{"kind", "add_quota"}, {"quantity", 10000}}));
        QCOMPARE(items.at(3).toObject(), (QJsonObject {{"kind", "refresh_cadence"}, {"months", 6}}));
        FieldErrors errors;
        QCOMPARE(QuoteRequest::fromJson(json, &errors), request);
    }

    void quoteRequestRefusals_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QStringList>("fields");
        const auto item = [](const char* kind, const char* field, QJsonValue value) {
            return QJsonObject {{"kind", kind}, {field, value}};
        };
        QTest::newRow("no items") << requestWith({}) << QStringList {"items"};
        QTest::newRow("no license") << QJsonObject {{"items", QJsonArray {item("renewal", "years", 1)}}}
                                    << QStringList {"license_id"};
        QTest::newRow("zero years") << requestWith({item("renewal", "years", 0)})
                                    << QStringList {"items[0].years"};
        QTest::newRow("four years") << requestWith({item("renewal", "years", 4)})
                                    << QStringList {"items[0].years"};
        QTest::newRow("fractional years")
            << requestWith({item("renewal", "years", 1.5)}) << QStringList {"items[0].years"};
        QTest::newRow("negative devices")
            << requestWith({item("add_devices", "quantity", -5)}) << QStringList {"items[0].quantity"};
        QTest::newRow("zero devices")
            << requestWith({item("add_devices", "quantity", 0)}) << QStringList {"items[0].quantity"};
        QTest::newRow("quota not in thousands")
            << requestWith({item("add_quota", "quantity", 1500)}) << QStringList {"items[0].quantity"};
        QTest::newRow("negative quota")
            << requestWith({item("add_quota", "quantity", -1000)}) << QStringList {"items[0].quantity"};
        QTest::newRow("cadence of 4 months")
            << requestWith({item("refresh_cadence", "months", 4)}) << QStringList {"items[0].months"};
        QTest::newRow("unknown kind")
            << requestWith({item("discount", "years", 1)}) << QStringList {"items[0].kind"};
        QTest::newRow("a kind twice")
            << requestWith({item("renewal", "years", 1), item("renewal", "years", 2)})
            << QStringList {"items[1].kind"};
        QTest::newRow("quantity as text")
            << requestWith({item("add_devices", "quantity", "50")}) << QStringList {"items[0].quantity"};
        QTest::newRow("item not an object") << requestWith({QJsonValue(3)}) << QStringList {"items[0]"};
    }

    void quoteRequestRefusals()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QStringList, fields);
        QCOMPARE(quoteRequestErrors(json), fields);
    }

    void quoteRoundTripAndTotalChecked()
    {
        Quote quote;
        quote.id = "quo_1";
        quote.licenseId = "lic_1";
        quote.items
            = {line(QuoteItem::renewal(2), 200000, 10000), line(QuoteItem::refreshCadence(6), 5000, 0)};
        quote.total = 195000;
        quote.currency = "EUR";
        quote.createdAt = at("2026-11-28T10:00:00Z");
        quote.expiresAt = at("2026-11-28T10:30:00Z");
        quote.current
            = {at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z"), 25, 12, std::nullopt, std::nullopt};
        quote.result
            = {at("2026-01-01T00:00:00Z"), at("2029-01-01T00:00:00Z"), 25, 6, std::nullopt, std::nullopt};
        FieldErrors errors;
        QCOMPARE(Quote::fromJson(quote.toJson(), &errors), quote);
        QVERIFY(errors.isEmpty());

        QJsonObject wrongTotal = quote.toJson();
        wrongTotal["total"] = 195001;
        QVERIFY(!Quote::fromJson(wrongTotal, &errors));
        QCOMPARE(fieldsOf(errors), QStringList {"total"});

        errors.clear();
        QJsonObject badLine = quote.toJson();
        QJsonArray lines = badLine["items"].toArray();
        QJsonObject first = lines.at(0).toObject();
        first["amount"] = 1; // not list_price - discount
        lines[0] = first;
        badLine["items"] = lines;
        QVERIFY(!Quote::fromJson(badLine, &errors));
        QVERIFY(fieldsOf(errors).contains("items[0].amount"));

        errors.clear();
        QJsonObject lowerCase = quote.toJson();
        lowerCase["currency"] = "eur";
        QVERIFY(!Quote::fromJson(lowerCase, &errors));
        QCOMPARE(fieldsOf(errors), QStringList {"currency"});
    }

    void orderRequestNeedsATokenOnlyForCards()
    {
        FieldErrors errors;
        const OrderRequest card {"quo_1", PaymentMethod::Card, "tok_abc"};
        QCOMPARE(OrderRequest::fromJson(card.toJson(), &errors), card);
        const OrderRequest wire {"quo_1", PaymentMethod::WireTransfer, {}};
        QCOMPARE(OrderRequest::fromJson(wire.toJson(), &errors), wire);
        QVERIFY(!wire.toJson().contains("card_token"));
        QVERIFY(errors.isEmpty());

        QVERIFY(!OrderRequest::fromJson({{"quote_id", "quo_1"}, {"payment_method", "card"}}, &errors));
        QCOMPARE(fieldsOf(errors), QStringList {"card_token"});
        errors.clear();
        QVERIFY(!OrderRequest::fromJson(
            {{"quote_id", "quo_1"}, {"payment_method", "check"}, {"card_token", "tok"}}, &errors));
        QCOMPARE(fieldsOf(errors), QStringList {"card_token"});
        errors.clear();
        QVERIFY(!OrderRequest::fromJson({{"quote_id", "quo_1"}, {"payment_method", "bitcoin"}}, &errors));
        QCOMPARE(fieldsOf(errors), QStringList {"payment_method"});
    }

    void orderRoundTrips()
    {
        Order order = sampleOrder();
        FieldErrors errors;
        QCOMPARE(Order::fromJson(order.toJson(), &errors), order);

        order.status = OrderStatus::Fulfilled;
        order.paymentMethod = PaymentMethod::Card;
        order.invoice.reset();
        order.receipt
            = Receipt {"RC-2026-000042", at("2026-11-28T10:00:05Z"), card::describe("visa", "4242")};
        order.result = LicenseTerms {at("2026-01-01T00:00:00Z"), at("2029-01-01T00:00:00Z"), 30, 12, {}, {}};
        QCOMPARE(Order::fromJson(order.toJson(), &errors), order);
        QVERIFY(order.isFinal());

        order.status = OrderStatus::AwaitingPayment;
        order.paymentMethod = PaymentMethod::PayPal;
        order.receipt.reset();
        order.result.reset();
        order.approvalUrl = QUrl("http://127.0.0.1:8080/sandbox/paypal/approve/pp_1");
        QCOMPARE(Order::fromJson(order.toJson(), &errors), order);
        QVERIFY(!order.isFinal());

        order.status = OrderStatus::Declined;
        order.approvalUrl.reset();
        order.failure = PaymentFailure {"insufficient_funds", "The card has insufficient funds."};
        QCOMPARE(Order::fromJson(order.toJson(), &errors), order);
        QVERIFY(errors.isEmpty());

        OrderList list {{sampleOrder(), order}};
        const auto parsed = OrderList::fromJson(list.toJson(), &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->items, list.items);
    }

    void orderRefusesAForeignApprovalUrlSchemeAndUnknownStatus()
    {
        QJsonObject json = sampleOrder().toJson();
        json["approval_url"] = "javascript:alert(1)";
        FieldErrors errors;
        QVERIFY(!Order::fromJson(json, &errors));
        QCOMPARE(fieldsOf(errors), QStringList {"approval_url"});

        errors.clear();
        json = sampleOrder().toJson();
        json["status"] = "refunded";
        QVERIFY(!Order::fromJson(json, &errors));
        QCOMPARE(fieldsOf(errors), QStringList {"status"});

        errors.clear();
        json = sampleOrder().toJson();
        QJsonObject invoice = json["invoice"].toObject();
        invoice["iban"] = QJsonValue::Null;
        json["invoice"] = invoice;
        QVERIFY(!Order::fromJson(json, &errors));
        QCOMPARE(fieldsOf(errors), QStringList {"invoice.iban"});
    }

    void paymentConfigKeepsKnownMethods()
    {
        const QJsonObject json {{"provider", "sandbox"},
                                {"card_tokenization_url", "http://127.0.0.1:8080/sandbox/v1/tokens"},
                                {"publishable_key", "pk_sandbox_1"},
                                {"methods", QJsonArray {"card", "sepa_debit", "paypal"}}};
        FieldErrors errors;
        const auto config = PaymentConfig::fromJson(json, &errors);
        QVERIFY(config);
        QCOMPARE(config->methods, (QList<PaymentMethod> {PaymentMethod::Card, PaymentMethod::PayPal}));
        QJsonObject ftp = json;
        ftp["card_tokenization_url"] = "ftp://example.com/tokens";
        QVERIFY(!PaymentConfig::fromJson(ftp, &errors));
        // Card numbers never go out in clear, except to a sandbox on this machine.
        QJsonObject clear = json;
        clear["card_tokenization_url"] = "http://pay.example.com/tokens";
        QVERIFY(!PaymentConfig::fromJson(clear, &errors));
        clear["card_tokenization_url"] = "https://pay.example.com/tokens";
        QVERIFY(PaymentConfig::fromJson(clear, &errors));
    }

    void cardRules_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("luhn");
        QTest::addColumn<QString>("brand");
        QTest::addColumn<bool>("length");
        QTest::newRow("visa test") << "4242424242424242" << true << "visa" << true;
        QTest::newRow("visa decline") << "4000000000000002" << true << "visa" << true;
        QTest::newRow("visa funds") << "4000000000009995" << true << "visa" << true;
        QTest::newRow("mastercard") << "5555555555554444" << true << "mastercard" << true;
        QTest::newRow("mastercard 2-series") << "2223003122003222" << true << "mastercard" << true;
        QTest::newRow("amex") << "378282246310005" << true << "amex" << true;
        QTest::newRow("discover") << "6011111111111117" << true << "discover" << true;
        QTest::newRow("one digit off") << "4242424242424241" << false << "visa" << true;
        QTest::newRow("visa too short")
            << "424242424242424" << true << "visa" << false; // Luhn alone is not enough
        QTest::newRow("amex as 16") << "3782822463100052" << true << "amex" << false;
        QTest::newRow("empty") << "" << false << "unknown" << false;
    }

    void cardRules()
    {
        QFETCH(QString, number);
        QFETCH(bool, luhn);
        QFETCH(QString, brand);
        QFETCH(bool, length);
        QCOMPARE(card::luhnValid(number), luhn);
        QCOMPARE(card::brandOf(number), brand);
        QCOMPARE(card::lengthValid(number), length);
    }

    void cardFormatting()
    {
        QCOMPARE(card::grouped("4242424242424242"), "4242 4242 4242 4242");
        QCOMPARE(card::grouped("378282246310005"), "3782 822463 10005");
        QCOMPARE(card::grouped("42424"), "4242 4");
        QCOMPARE(card::digitsOnly("4242 4242-4242 4242"), "4242424242424242");
        QCOMPARE(card::describe("visa", "4242"), QString::fromUtf8("Visa •••• 4242"));
        QCOMPARE(card::cvcLength("amex"), 4);
        QCOMPARE(card::cvcLength("visa"), 3);
    }

    void cardExpiryIsTheEndOfItsMonth()
    {
        const QDate today(2026, 11, 28);
        QVERIFY(!card::expired(11, 2026, today));
        QVERIFY(card::expired(10, 2026, today));
        QVERIFY(card::expired(12, 2025, today));
        QVERIFY(!card::expired(1, 2027, today));
    }

    void cardDetailsValidatedAtTheProvider()
    {
        const QDate today(2026, 11, 28);
        FieldErrors errors;
        const CardDetails good {"4242424242424242", 12, 2030, "123", "Dana Whitfield"};
        const auto parsed = CardDetails::fromJson(good.toJson(), today, &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->number, good.number);

        QJsonObject spaced = good.toJson();
        spaced["number"] = "4242 4242 4242 4242";
        QVERIFY(CardDetails::fromJson(spaced, today, &errors));

        const auto refusal = [&today](QJsonObject json) {
            FieldErrors found;
            CardDetails::fromJson(json, today, &found);
            return fieldsOf(found);
        };
        QJsonObject json = good.toJson();
        json["number"] = "4242424242424241";
        QCOMPARE(refusal(json), QStringList {"number"});
        json = good.toJson();
        json["number"] = "4242-4242-4242-4242";
        QCOMPARE(refusal(json), QStringList {"number"});
        json = good.toJson();
        json["exp_month"] = 10;
        json["exp_year"] = 2026;
        QCOMPARE(refusal(json), QStringList {"exp_year"});
        json = good.toJson();
        json["exp_month"] = 13;
        QCOMPARE(refusal(json), QStringList {"exp_month"});
        json = good.toJson();
        json["cvc"] = "12";
        QCOMPARE(refusal(json), QStringList {"cvc"});
        json = good.toJson();
        json["number"] = "378282246310005";
        QCOMPARE(refusal(json), QStringList {"cvc"}); // amex wants four digits
        json["cvc"] = "1234";
        QCOMPARE(refusal(json), QStringList {});
        json = good.toJson();
        json["cvc"] = "12a";
        QCOMPARE(refusal(json), QStringList {"cvc"});
    }
};

QTEST_GUILESS_MAIN(TestCheckoutMessages)
#include "test_checkoutmessages.moc"
