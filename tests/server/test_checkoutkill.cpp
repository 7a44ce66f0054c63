#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <Payments.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUuid>
#include <QtTest>
#include <Quote.h>
#include <WireTime.h>

using namespace lp::proto;

namespace {
const QString kPassword = QStringLiteral("correct-horse-battery");
const QString kOwner = QStringLiteral("killed@checkout.example");
} // namespace

// A card payment with the server killed (SIGKILL, no chance to clean up) at the worst moments: just before
// the provider is asked to charge, and just after it charged but before the order records it. Restarted on
// the same database, the server loses nothing and charges once: the order is fulfilled (or declined), the
// provider holds one charge, the license's term moved once, and a retry with the same Idempotency-Key
// answers that order.
class TestCheckoutKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createAccount(kOwner, kPassword, QStringLiteral("Killed Owner")));
        m_bearer = signInBearer(m_network, m_server.baseUrl(), kOwner, kPassword);
        QVERIFY(!m_bearer.isEmpty());
    }

    void killedDuringPayment_data()
    {
        QTest::addColumn<QString>("failpoint");
        QTest::addColumn<QString>("card");
        QTest::addColumn<int>("chargesWhenKilled");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("before the charge") << "before-charge"
                                           << "4242424242424242" << 0 << "fulfilled";
        QTest::newRow("after the charge") << "after-charge"
                                          << "4242424242424242" << 1 << "fulfilled";
        QTest::newRow("after a declined charge") << "after-charge"
                                                 << "4000000000000002" << 0 << "declined";
    }

    void killedDuringPayment()
    {
        QFETCH(QString, failpoint);
        QFETCH(QString, card);
        QFETCH(int, chargesWhenKilled);
        QFETCH(QString, outcome);
        QString licenseId;
        QVERIFY(!m_server
                     .createLicense(kOwner,
                                    {QStringLiteral("--product"), QStringLiteral("Barcode Reader SDK"),
                                     QStringLiteral("--type"), QStringLiteral("per_device"),
                                     QStringLiteral("--devices"), QStringLiteral("10")},
                                    &licenseId)
                     .isEmpty());
        const QJsonObject before
            = get(QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + licenseId).json();
        const QDateTime termEnd = fromWireTime(before.value(QLatin1String("term_end")).toString());

        // The quote and the card token come from a healthy server; the order goes to one that dies.
        const HttpReply quote
            = post(QLatin1String(lp::api::kQuotes),
                   {{QStringLiteral("license_id"), licenseId},
                    {QStringLiteral("items"), QJsonArray {QuoteItem::renewal(1).toJson()}}});
        QCOMPARE(quote.status, 201);
        const QString token = cardToken(card);
        QVERIFY(!token.isEmpty());
        restart({QStringLiteral("LP_FAILPOINT=") + failpoint});
        const QJsonObject body {{QStringLiteral("quote_id"), quote.json().value(QLatin1String("id"))},
                                {QStringLiteral("payment_method"), QStringLiteral("card")},
                                {QStringLiteral("card_token"), token}};
        const QByteArray key = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const HttpReply lost = post(QLatin1String(lp::api::kOrders), body, key);
        QCOMPARE(lost.status, 0); // the connection died with the server
        QVERIFY(m_server.waitForExit(10000));
        QVERIFY(m_server.crashed());
        QVERIFY2(m_server.log().contains(QStringLiteral("failpoint ") + failpoint),
                 qPrintable(m_server.log().right(2000)));
        // What the crash left: the order committed before the charge, and the charge if it was made.
        const QString orderId = m_server
                                    .sql(QStringLiteral("SELECT id FROM orders WHERE idempotency_key = ?"),
                                         {QString::fromLatin1(key)})
                                    .toString();
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(m_server.sql(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId}).toString(),
                 QStringLiteral("awaiting_payment"));
        QCOMPARE(succeededCharges(orderId), chargesWhenKilled);

        // Restarted without the failpoint: the payment is finished at start, once.
        restart({});
        QVERIFY2(m_server.log().contains(QStringLiteral("finishing the payment of order ") + orderId),
                 qPrintable(m_server.log().right(2000)));
        const HttpReply recovered = get(QLatin1String(lp::api::kOrders) + QLatin1Char('/') + orderId);
        QCOMPARE(recovered.status, 200);
        QCOMPARE(recovered.json().value(QLatin1String("status")).toString(), outcome);
        const QDateTime after
            = fromWireTime(get(QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + licenseId)
                               .json()
                               .value(QLatin1String("term_end"))
                               .toString());
        QCOMPARE(after, outcome == QLatin1String("fulfilled") ? termEnd.addYears(1) : termEnd);
        QCOMPARE(succeededCharges(orderId), outcome == QLatin1String("fulfilled") ? 1 : 0);
        QCOMPARE(m_server
                     .sql(QStringLiteral("SELECT COUNT(*) FROM sandbox_charges WHERE idempotency_key = ?"),
                          {orderId})
                     .toInt(),
                 1);

        // The client's retry with the same key: the same order, nothing charged or applied again.
        const HttpReply retry = post(QLatin1String(lp::api::kOrders), body, key);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json().value(QLatin1String("id")).toString(), orderId);
        QCOMPARE(retry.json().value(QLatin1String("status")).toString(), outcome);
        QCOMPARE(succeededCharges(orderId), outcome == QLatin1String("fulfilled") ? 1 : 0);
        QCOMPARE(fromWireTime(get(QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + licenseId)
                                  .json()
                                  .value(QLatin1String("term_end"))
                                  .toString()),
                 after);
        QCOMPARE(get(QLatin1String(lp::api::kOrders)).json().value(QLatin1String("items")).toArray().size(),
                 ++m_orders);
    }

private:
    void restart(const QStringList& environment)
    {
        m_server.stop();
        m_server.setEnvironment(environment);
        QVERIFY(m_server.start());
    }
    HttpReply get(const QString& path)
    {
        return sendHttp(m_network, m_server.baseUrl(), "GET", path, {}, "application/json",
                        {{"Authorization", m_bearer}});
    }
    HttpReply post(const QString& path, const QJsonObject& body, const QByteArray& idempotencyKey = {})
    {
        HttpHeaders headers {{"Authorization", m_bearer}};
        if (!idempotencyKey.isEmpty()) {
            headers.append({lp::api::kIdempotencyKeyHeader, idempotencyKey});
        }
        return sendHttp(m_network, m_server.baseUrl(), "POST", path, QJsonDocument(body).toJson(),
                        "application/json", headers);
    }
    QString cardToken(const QString& number)
    {
        const QString key = get(QLatin1String(lp::api::kPaymentConfig))
                                .json()
                                .value(QLatin1String("publishable_key"))
                                .toString();
        CardDetails card;
        card.number = number;
        card.expiryMonth = 12;
        card.expiryYear = QDate::currentDate().year() + 3;
        card.cvc = QStringLiteral("123");
        const HttpReply reply
            = sendHttp(m_network, m_server.baseUrl(), "POST", QStringLiteral("/sandbox/v1/tokens"),
                       QJsonDocument(card.toJson()).toJson(), "application/json",
                       {{"Authorization", "Bearer " + key.toLatin1()}});
        return reply.json().value(QLatin1String("id")).toString();
    }
    int succeededCharges(const QString& orderId)
    {
        return m_server
            .sql(QStringLiteral("SELECT COUNT(*) FROM sandbox_charges WHERE idempotency_key = ? AND status = "
                                "'succeeded'"),
                 {orderId})
            .toInt();
    }

    QNetworkAccessManager m_network;
    TestServer m_server;
    QByteArray m_bearer;
    int m_orders = 0;
};

QTEST_GUILESS_MAIN(TestCheckoutKill)
#include "test_checkoutkill.moc"
