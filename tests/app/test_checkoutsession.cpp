// CheckoutSession against a real license-server with the demo account: quotes of each kind and a quote
// superseded by a newer one, card payments (success, declines, a lost answer sent again under the same
// Idempotency-Key), PayPal approved through the sandbox approval page as a browser would and cancelled,
// wire transfer and check recorded by the operator's admin command, an expired quote quoted again, and
// input refused before anything is sent. Every test buys for a license of its own.
#include "CheckoutSession.h"
#include "Clock.h"
#include "DemoAccount.h"
#include "FaultyNetwork.h"
#include "SandboxBrowser.h"

#include <ApiPaths.h>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace lp;
using Outcome = CheckoutSession::Outcome;
using State = CheckoutSession::State;

namespace {
constexpr int kWait = DemoAccount::kWait;
const QString kDemoEmail = QStringLiteral("demo@example.com");

proto::CardDetails card(const QString& number, const QString& cvc = QStringLiteral("123"))
{
    proto::CardDetails details;
    details.number = number;
    details.expiryMonth = 12;
    details.expiryYear = QDate::currentDate().year() + 2;
    details.cvc = cvc;
    details.holderName = QStringLiteral("Dana Whitfield");
    return details;
}

bool waitForState(CheckoutSession& session, std::initializer_list<State> states, int timeout = kWait)
{
    return QTest::qWaitFor(
        [&] {
            for (State state : states) {
                if (session.state() == state) {
                    return true;
                }
            }
            return false;
        },
        timeout);
}

bool quoted(CheckoutSession& session)
{
    return waitForState(session, {State::Quoted, State::Failed}) && session.state() == State::Quoted
        && session.quote().has_value();
}

// Records the Idempotency-Key of every order sent, and while `shadowOrders` is set, answers orders with 503
// without letting the client see the real answer, but still sends them to the server: an order made whose
// answer was lost on the way back.
class RecordingNetwork : public FaultyNetwork
{
public:
    QStringList orderKeys;
    bool shadowOrders = false;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override
    {
        const bool order
            = operation == PostOperation && request.url().path() == QLatin1String(lp::api::kOrders);
        if (order) {
            orderKeys << QString::fromLatin1(request.rawHeader(lp::api::kIdempotencyKeyHeader));
            if (shadowOrders && outgoingData) {
                // The body goes with a request of our own: the order is made, its answer dropped.
                const QByteArray body = outgoingData->peek(outgoingData->bytesAvailable());
                QNetworkReply* shadow = m_shadow.post(request, body);
                QObject::connect(shadow, &QNetworkReply::finished, shadow, &QObject::deleteLater);
            }
        }
        return FaultyNetwork::createRequest(operation, request, outgoingData);
    }

private:
    QNetworkAccessManager m_shadow;
};
} // namespace

class TestCheckoutSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_demo.start());
    }

    void quotesEachKind_data()
    {
        QTest::addColumn<QStringList>("licenseOptions");
        QTest::addColumn<QList<proto::QuoteItem>>("items");
        const QStringList perDevice {QStringLiteral("--type"),           QStringLiteral("per_device"),
                                     QStringLiteral("--devices"),        QStringLiteral("20"),
                                     QStringLiteral("--refresh-months"), QStringLiteral("12")};
        const QStringList perScan {QStringLiteral("--type"),         QStringLiteral("per_scan"),
                                   QStringLiteral("--scan-quota"),   QStringLiteral("50000"),
                                   QStringLiteral("--quota-period"), QStringLiteral("monthly")};
        QTest::newRow("renewal") << perDevice << QList<proto::QuoteItem> {proto::QuoteItem::renewal(2)};
        QTest::newRow("devices") << perDevice << QList<proto::QuoteItem> {proto::QuoteItem::addDevices(5)};
        QTest::newRow("cadence") << perDevice
                                 << QList<proto::QuoteItem> {proto::QuoteItem::refreshCadence(6)};
        QTest::newRow("quota") << perScan << QList<proto::QuoteItem> {proto::QuoteItem::addQuota(10000)};
        QTest::newRow("all per-device")
            << perDevice
            << QList<proto::QuoteItem> {proto::QuoteItem::renewal(1), proto::QuoteItem::addDevices(5),
                                        proto::QuoteItem::refreshCadence(3)};
    }

    void quotesEachKind()
    {
        QFETCH(QStringList, licenseOptions);
        QFETCH(QList<proto::QuoteItem>, items);
        const QString id = newLicense(licenseOptions);
        QVERIFY(!id.isEmpty());
        CheckoutSession session(&m_demo.api(), &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        QSignalSpy states(&session, &CheckoutSession::stateChanged);
        QVERIFY(session.setItems(items));
        QCOMPARE(session.state(), State::Quoting);
        QVERIFY2(quoted(session), qPrintable(session.problem().message));
        const proto::Quote& quote = *session.quote();
        QCOMPARE(quote.licenseId, id);
        QCOMPARE(quote.items.size(), items.size());
        qint64 sum = 0;
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(quote.items.at(i).item, items.at(i));
            QVERIFY(quote.items.at(i).amount > 0);
            QCOMPARE(quote.items.at(i).amount, quote.items.at(i).listPrice - quote.items.at(i).discount);
            sum += quote.items.at(i).amount;
        }
        QCOMPARE(quote.total, sum);
        QVERIFY(!quote.currency.isEmpty());
        QVERIFY(quote.expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(session.quoteValid());
        for (const proto::QuoteItem& item : items) {
            switch (item.kind) {
            case proto::QuoteItemKind::Renewal:
                QCOMPARE(quote.result.termEnd, quote.current.termEnd.addYears(item.years));
                break;
            case proto::QuoteItemKind::AddDevices:
                QCOMPARE(*quote.result.deviceAllowance, *quote.current.deviceAllowance + item.quantity);
                break;
            case proto::QuoteItemKind::AddQuota:
                QCOMPARE(*quote.result.scanQuota, *quote.current.scanQuota + item.quantity);
                break;
            case proto::QuoteItemKind::RefreshCadence:
                QCOMPARE(*quote.result.deviceRefreshMonths, item.months);
                break;
            }
        }
        QCOMPARE(states.count(), 2); // Quoting, Quoted
    }

    void newerQuoteSupersedesOlder()
    {
        const QString id = newPerDeviceLicense();
        CheckoutSession session(&m_demo.api(), &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        QList<int> yearsSeen;
        connect(&session, &CheckoutSession::quoteChanged, this, [&] {
            if (session.quote()) {
                yearsSeen << session.quote()->items.first().item.years;
            }
        });
        session.setItems({proto::QuoteItem::renewal(1)});
        QTest::qWait(0); // the first request is on its way
        session.setItems({proto::QuoteItem::renewal(2)});
        QVERIFY(!session.quote()); // nothing stale in between
        QTest::qWait(0);
        session.setItems({proto::QuoteItem::renewal(3)});
        QVERIFY(quoted(session));
        QCOMPARE(session.quote()->items.first().item.years, 3);
        QTest::qWait(300); // the older answers have come by now, and are dropped
        QCOMPARE(yearsSeen, QList<int> {3});
        QCOMPARE(session.quote()->items.first().item.years, 3);

        // Rapid changes before the delay are coalesced into one request.
        session.setQuoteDelay(std::chrono::milliseconds(100));
        QSignalSpy quotes(&session, &CheckoutSession::quoteChanged);
        session.setItems({proto::QuoteItem::renewal(1)});
        session.setItems({proto::QuoteItem::renewal(2), proto::QuoteItem::addDevices(1)});
        QVERIFY(quoted(session));
        QCOMPARE(session.quote()->items.size(), 2);
        QCOMPARE(quotes.count(), 2); // cleared once, the new quote once

        // Nothing chosen: no quote, idle.
        QVERIFY(session.setItems({}));
        QCOMPARE(session.state(), State::Idle);
        QVERIFY(!session.quote());
    }

    void cardSuccess()
    {
        const QString id = newPerDeviceLicense();
        const proto::License before = fetchLicense(id);
        CheckoutSession session(&m_demo.api(), &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        session.setItems({proto::QuoteItem::renewal(2), proto::QuoteItem::addDevices(5)});
        QVERIFY(quoted(session));
        const proto::Quote quote = *session.quote();
        QSignalSpy outcomes(&session, &CheckoutSession::attemptFinished);
        QSignalSpy completed(&session, &CheckoutSession::completed);
        QSignalSpy orders(&session, &CheckoutSession::orderChanged);
        QVERIFY(session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
        QCOMPARE(session.state(), State::Paying);
        QVERIFY(!session.setItems({proto::QuoteItem::renewal(1)})); // not while paying
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.first().at(0).value<Outcome>(), Outcome::Fulfilled);
        QCOMPARE(session.state(), State::Completed);
        QCOMPARE(completed.count(), 1);
        QVERIFY(orders.count() >= 1);
        const proto::Order& order = *session.order();
        QCOMPARE(order.status, proto::OrderStatus::Fulfilled);
        QCOMPARE(order.quoteId, quote.id);
        QCOMPARE(order.total, quote.total);
        QVERIFY(order.receipt.has_value());
        QVERIFY2(order.receipt->paidWith.contains(QLatin1String("4242")),
                 qPrintable(order.receipt->paidWith));
        QCOMPARE(order.result->termEnd, quote.result.termEnd);
        QCOMPARE(order.handshakeCode, before.handshakeCode);

        // The license itself moved on, under the same handshake code.
        const proto::License after = fetchLicense(id);
        QCOMPARE(after.handshakeCode, before.handshakeCode);
        QCOMPARE(after.termEnd, quote.result.termEnd);
        QCOMPARE(after.termEnd, before.termEnd.addYears(2));
        QCOMPARE(*after.deviceAllowance, *before.deviceAllowance + 5);

        QTest::qWait(200);
        QCOMPARE(outcomes.count(), 1); // exactly one outcome
        QVERIFY(!session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
    }

    void declinedThenAnotherCard()
    {
        RecordingNetwork network;
        ApiClient api(&network);
        QVERIFY(m_demo.signIn(api));
        const QString id = newPerDeviceLicense();
        CheckoutSession session(&api, &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        session.setItems({proto::QuoteItem::renewal(1)});
        QVERIFY(quoted(session));
        QSignalSpy outcomes(&session, &CheckoutSession::attemptFinished);
        QVERIFY(session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4000000000000002"))));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.last().at(0).value<Outcome>(), Outcome::Declined);
        QCOMPARE(session.state(), State::Quoted);
        QCOMPARE(session.problem().failureCode, QStringLiteral("card_declined"));
        QVERIFY2(session.problem().message.contains(QLatin1String("declined")),
                 qPrintable(session.problem().message));
        QCOMPARE(session.order()->status, proto::OrderStatus::Declined);
        const QString declinedOrder = session.order()->id;
        QVERIFY(session.canPay());
        QCOMPARE(fetchLicense(id).termEnd, session.quote()->current.termEnd); // nothing changed

        QVERIFY(session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.count(), 2);
        QCOMPARE(outcomes.last().at(0).value<Outcome>(), Outcome::Fulfilled);
        QVERIFY(session.problem().isEmpty());
        QVERIFY(session.order()->id != declinedOrder);
        // One key per attempt: the second attempt is not the first one sent again.
        QCOMPARE(network.orderKeys.size(), 2);
        QVERIFY(network.orderKeys.at(0) != network.orderKeys.at(1));
        QVERIFY(!QUuid::fromString(network.orderKeys.at(0)).isNull());
    }

    void insufficientFunds()
    {
        const QString id = newPerDeviceLicense();
        CheckoutSession session(&m_demo.api(), &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        session.setItems({proto::QuoteItem::addDevices(3)});
        QVERIFY(quoted(session));
        QSignalSpy outcomes(&session, &CheckoutSession::attemptFinished);
        QVERIFY(session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4000000000009995"))));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.first().at(0).value<Outcome>(), Outcome::Declined);
        QCOMPARE(session.problem().failureCode, QStringLiteral("insufficient_funds"));
        QVERIFY2(session.problem().message.contains(QLatin1String("insufficient funds")),
                 qPrintable(session.problem().message));
    }

    void lostAnswerSentAgainUnderTheSameKey()
    {
        RecordingNetwork network;
        ApiClient api(&network);
        QVERIFY(m_demo.signIn(api));
        const QString id = newPerDeviceLicense();
        CheckoutSession session(&api, &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        session.setItems({proto::QuoteItem::renewal(1)});
        QVERIFY(quoted(session));

        // The server makes the order, but no answer comes back (503 after the retries).
        network.shadowOrders = true;
        network.fail(QNetworkAccessManager::PostOperation, QLatin1String(lp::api::kOrders), 503,
                     QStringLiteral("The service is restarting."));
        QSignalSpy outcomes(&session, &CheckoutSession::attemptFinished);
        QVERIFY(session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.last().at(0).value<Outcome>(), Outcome::Failed);
        QVERIFY(session.unsettled());
        QVERIFY2(session.problem().message.contains(QLatin1String("never charged twice")),
                 qPrintable(session.problem().message));
        QVERIFY(network.orderKeys.size() >= 1);

        // Sent again, the same key finds the order made the first time.
        network.shadowOrders = false;
        network.fail(QNetworkAccessManager::PostOperation, QLatin1String(lp::api::kOrders), 0, {});
        QVERIFY(session.retry());
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.last().at(0).value<Outcome>(), Outcome::Fulfilled);
        QVERIFY(!session.unsettled());
        QCOMPARE(QSet<QString>(network.orderKeys.cbegin(), network.orderKeys.cend()).size(), 1);
        // Charged once: one order for this license.
        ApiJob* job = api.fetchOrders();
        QSignalSpy listed(job, &ApiJob::finished);
        QVERIFY(listed.wait(kWait));
        int ordersOfLicense = 0;
        for (const proto::Order& order : job->value<proto::OrderList>()->items) {
            ordersOfLicense += order.licenseId == id ? 1 : 0;
        }
        QCOMPARE(ordersOfLicense, 1);
        QCOMPARE(fetchLicense(id).termEnd, session.quote()->result.termEnd);
    }

    void payPalApproved()
    {
        const QString id = newPerDeviceLicense();
        CheckoutSession session(&m_demo.api(), &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        session.setPollInterval(std::chrono::milliseconds(200));
        session.setItems({proto::QuoteItem::renewal(1)});
        QVERIFY(quoted(session));
        const proto::Quote quote = *session.quote();
        QSignalSpy approval(&session, &CheckoutSession::approvalUrlReady);
        QSignalSpy outcomes(&session, &CheckoutSession::attemptFinished);
        QVERIFY(session.pay(proto::PaymentMethod::PayPal));
        QVERIFY(approval.wait(kWait));
        QCOMPARE(session.state(), State::AwaitingApproval);
        QVERIFY(outcomes.isEmpty()); // still under way
        const QUrl url = approval.first().at(0).toUrl();
        QVERIFY(url.isValid());
        QCOMPARE(session.order()->approvalUrl, url);

        QVERIFY(submitSandboxApproval(url, QStringLiteral("approve")));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.count(), 1);
        QCOMPARE(outcomes.first().at(0).value<Outcome>(), Outcome::Fulfilled);
        QCOMPARE(session.state(), State::Completed);
        QCOMPARE(session.order()->status, proto::OrderStatus::Fulfilled);
        QCOMPARE(fetchLicense(id).termEnd, quote.result.termEnd);
    }

    void payPalCancelled()
    {
        const QString id = newPerDeviceLicense();
        const proto::License before = fetchLicense(id);
        CheckoutSession session(&m_demo.api(), &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        session.setPollInterval(std::chrono::milliseconds(200));
        session.setItems({proto::QuoteItem::renewal(1)});
        QVERIFY(quoted(session));
        QSignalSpy approval(&session, &CheckoutSession::approvalUrlReady);
        QSignalSpy outcomes(&session, &CheckoutSession::attemptFinished);
        QVERIFY(session.pay(proto::PaymentMethod::PayPal));
        QVERIFY(approval.wait(kWait));
        QVERIFY(session.cancel());
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.first().at(0).value<Outcome>(), Outcome::Cancelled);
        QCOMPARE(session.order()->status, proto::OrderStatus::Cancelled);
        QCOMPARE(session.problem().failureCode, QStringLiteral("cancelled_by_customer"));
        QCOMPARE(session.state(), State::Quoted);
        QVERIFY(!session.cancel()); // nothing left to cancel
        QSignalSpy orders(&session, &CheckoutSession::orderChanged);
        QTest::qWait(600); // polling has stopped
        QCOMPARE(orders.count(), 0);
        QCOMPARE(fetchLicense(id).termEnd, before.termEnd);

        // The approval page no longer approves a cancelled order; a new attempt gets a new quote and order.
        QVERIFY(session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.last().at(0).value<Outcome>(), Outcome::Fulfilled);
    }

    void offlineRecorded_data()
    {
        QTest::addColumn<proto::PaymentMethod>("method");
        QTest::newRow("wire transfer") << proto::PaymentMethod::WireTransfer;
        QTest::newRow("check") << proto::PaymentMethod::Check;
    }

    void offlineRecorded()
    {
        QFETCH(proto::PaymentMethod, method);
        const QString id = newPerDeviceLicense();
        const proto::License before = fetchLicense(id);
        CheckoutSession session(&m_demo.api(), &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        session.setOfflinePollInterval(std::chrono::milliseconds(200));
        session.setItems({proto::QuoteItem::renewal(3)});
        QVERIFY(quoted(session));
        const proto::Quote quote = *session.quote();
        QSignalSpy outcomes(&session, &CheckoutSession::attemptFinished);
        QSignalSpy completed(&session, &CheckoutSession::completed);
        QVERIFY(session.pay(method));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.first().at(0).value<Outcome>(), Outcome::AwaitingOfflinePayment);
        QCOMPARE(session.state(), State::AwaitingOfflinePayment);
        const proto::Order order = *session.order();
        QCOMPARE(order.status, proto::OrderStatus::AwaitingPayment);
        QVERIFY(order.invoice.has_value());
        const proto::ProFormaInvoice& invoice = *order.invoice;
        QVERIFY(!invoice.payee.isEmpty());
        QVERIFY(!invoice.paymentReference.isEmpty());
        QVERIFY(invoice.dueAt > QDateTime::currentDateTimeUtc());
        if (method == proto::PaymentMethod::WireTransfer) {
            QVERIFY(!invoice.iban.isEmpty());
            QVERIFY(invoice.mailingAddress.isEmpty());
        } else {
            QVERIFY(!invoice.mailingAddress.isEmpty());
            QVERIFY(invoice.iban.isEmpty());
        }
        QCOMPARE(fetchLicense(id).termEnd, before.termEnd); // nothing changes before the payment

        QString output;
        QCOMPARE(m_demo.server().admin(
                     {QStringLiteral("record-payment"), QStringLiteral("--order"), order.id}, &output),
                 0);
        QVERIFY2(completed.wait(kWait), qPrintable(output));
        QCOMPARE(session.state(), State::Completed);
        QCOMPARE(session.order()->status, proto::OrderStatus::Fulfilled);
        QCOMPARE(outcomes.count(), 1); // the attempt's outcome was the placed order
        const proto::License after = fetchLicense(id);
        QCOMPARE(after.termEnd, quote.result.termEnd);
        QCOMPARE(after.handshakeCode, before.handshakeCode);
    }

    void expiredQuoteQuotedAgain()
    {
        const QString id = newPerDeviceLicense();
        ManualClock clock(QDateTime::currentDateTimeUtc());
        CheckoutSession session(&m_demo.api(), &clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        session.setItems({proto::QuoteItem::renewal(1)});
        QVERIFY(quoted(session));
        const proto::Quote first = *session.quote();
        // Past its expiry (by our clock): paying asks for a new quote first, and pays that one.
        clock.set(first.expiresAt.addSecs(1));
        QVERIFY(!session.quoteValid());
        QSignalSpy outcomes(&session, &CheckoutSession::attemptFinished);
        QSignalSpy quotes(&session, &CheckoutSession::quoteChanged);
        QVERIFY(session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.first().at(0).value<Outcome>(), Outcome::Fulfilled);
        QCOMPARE(quotes.count(), 1);
        QVERIFY(session.quote()->id != first.id);
        QCOMPARE(session.order()->quoteId, session.quote()->id);
    }

    void quoteExpiredOnTheServer()
    {
        RecordingNetwork network;
        ApiClient api(&network);
        QVERIFY(m_demo.signIn(api));
        const QString id = newPerDeviceLicense();
        CheckoutSession session(&api, &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        session.setItems({proto::QuoteItem::renewal(1)});
        QVERIFY(quoted(session));
        const proto::Quote first = *session.quote();
        // Our clock says valid, the server says expired (410): no order was made, so the session quotes
        // again and pays the new quote under a new key, within the same attempt.
        m_demo.server().sql(QStringLiteral("UPDATE quotes SET expires_at = ? WHERE id = ?"),
                            {QDateTime::currentSecsSinceEpoch() - 60, first.id});
        QSignalSpy outcomes(&session, &CheckoutSession::attemptFinished);
        QVERIFY(session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.count(), 1);
        QCOMPARE(outcomes.first().at(0).value<Outcome>(), Outcome::Fulfilled);
        QVERIFY(session.quote()->id != first.id);
        QCOMPARE(session.order()->quoteId, session.quote()->id);
        QCOMPARE(network.orderKeys.size(), 2);
        QVERIFY(network.orderKeys.at(0) != network.orderKeys.at(1));
    }

    void licenseChangedSinceTheQuote()
    {
        const QString id = newPerDeviceLicense();
        CheckoutSession first(&m_demo.api(), &m_clock, id);
        CheckoutSession second(&m_demo.api(), &m_clock, id);
        for (CheckoutSession* session : {&first, &second}) {
            session->setQuoteDelay(std::chrono::milliseconds(0));
            session->setItems({proto::QuoteItem::addDevices(2)});
            QVERIFY(quoted(*session));
        }
        // Another order (another window, another colleague) changes the license first.
        QSignalSpy secondDone(&second, &CheckoutSession::attemptFinished);
        QVERIFY(second.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
        QVERIFY(secondDone.wait(kWait));
        QCOMPARE(second.state(), State::Completed);

        QSignalSpy outcomes(&first, &CheckoutSession::attemptFinished);
        QVERIFY(first.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
        QVERIFY(outcomes.wait(kWait));
        QCOMPARE(outcomes.first().at(0).value<Outcome>(), Outcome::Failed);
        QCOMPARE(first.problem().error.problemType, QStringLiteral("license-changed"));
        // A new quote of the license as it is now follows by itself; the reason stays to be read.
        QVERIFY(quoted(first));
        QCOMPARE(*first.quote()->current.deviceAllowance, *second.order()->result->deviceAllowance);
        QVERIFY2(first.problem().message.contains(QLatin1String("changed")),
                 qPrintable(first.problem().message));
        QVERIFY(!first.unsettled());
    }

    void badInputRefused()
    {
        const QString id = newPerDeviceLicense();
        CheckoutSession session(&m_demo.api(), &m_clock, id);
        session.setQuoteDelay(std::chrono::milliseconds(0));
        QSignalSpy states(&session, &CheckoutSession::stateChanged);
        // No quote yet: nothing to pay.
        QVERIFY(!session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));
        QVERIFY(!session.problem().isEmpty());
        QVERIFY(states.isEmpty());

        session.setItems({proto::QuoteItem::renewal(1)});
        QVERIFY(quoted(session));
        states.clear();
        QVERIFY(!session.pay(proto::PaymentMethod::Card)); // no card
        QVERIFY(!session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424241"))));
        QVERIFY(session.problem().cardFields.contains(CardForm::Field::Number));
        proto::CardDetails expired = card(QStringLiteral("4242424242424242"));
        expired.expiryYear = QDate::currentDate().year() - 1;
        QVERIFY(!session.pay(proto::PaymentMethod::Card, expired));
        QVERIFY(session.problem().cardFields.contains(CardForm::Field::Expiry));
        QVERIFY(!session.pay(proto::PaymentMethod::Card,
                             card(QStringLiteral("378282246310005"), QStringLiteral("123"))));
        QVERIFY(session.problem().cardFields.contains(CardForm::Field::Cvc)); // amex has 4 digits
        QVERIFY(states.isEmpty()); // none of it was sent
        QCOMPARE(session.state(), State::Quoted);

        // The server refuses what the license cannot take, in words, next to the item.
        session.setItems({proto::QuoteItem::addQuota(10000)}); // a per-device key
        QVERIFY(waitForState(session, {State::Failed, State::Quoted}));
        QCOMPARE(session.state(), State::Failed);
        QCOMPARE(session.problem().error.problemType, QStringLiteral("not-applicable"));
        QVERIFY(!session.problem().message.isEmpty());
        QVERIFY(!session.quote());
        QVERIFY(!session.pay(proto::PaymentMethod::Card, card(QStringLiteral("4242424242424242"))));

        session.setItems({proto::QuoteItem::addDevices(0)});
        QVERIFY(waitForState(session, {State::Failed, State::Quoted}));
        QCOMPARE(session.state(), State::Failed);
        QCOMPARE(session.problem().error.status, 400);
        QVERIFY(session.problem().itemFields.contains(proto::QuoteItemKind::AddDevices));

        // A license of another account (or none) answers 404, in words.
        CheckoutSession unknown(&m_demo.api(), &m_clock, QStringLiteral("lic_unknown"));
        unknown.setQuoteDelay(std::chrono::milliseconds(0));
        unknown.setItems({proto::QuoteItem::renewal(1)});
        QVERIFY(waitForState(unknown, {State::Failed, State::Quoted}));
        QCOMPARE(unknown.state(), State::Failed);
        QVERIFY2(unknown.problem().message.contains(QLatin1String("not in your account")),
                 qPrintable(unknown.problem().message));
    }

private:
    QString newLicense(const QStringList& options)
    {
        QString id;
        const QString code = m_demo.server().createLicense(
            kDemoEmail, QStringList {QStringLiteral("--product"), QStringLiteral("Checkout Test")} + options,
            &id);
        return code.isEmpty() ? QString() : id;
    }

    QString newPerDeviceLicense()
    {
        return newLicense({QStringLiteral("--type"), QStringLiteral("per_device"),
                           QStringLiteral("--devices"), QStringLiteral("10"),
                           QStringLiteral("--refresh-months"), QStringLiteral("12")});
    }

    proto::License fetchLicense(const QString& id)
    {
        ApiJob* job = m_demo.api().fetchLicense(id, false);
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(kWait) || !job->value<proto::License>()) {
            qWarning() << "fetchLicense failed" << job->error().userMessage();
            return {};
        }
        return *job->value<proto::License>();
    }

    DemoAccount m_demo;
    SystemClock m_clock;
};

QTEST_MAIN(TestCheckoutSession)
#include "test_checkoutsession.moc"
