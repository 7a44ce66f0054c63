#pragma once

#include "ApiError.h"
#include "CardForm.h"

#include <Order.h>
#include <Payments.h>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <Quote.h>
#include <chrono>
#include <optional>

class QTimer;

namespace lp {

class ApiClient;
class Clock;

// One checkout of one license, without widgets: the changes wanted, their quote, and paying for it.
//
// setItems() asks the server for a quote (rapid changes are coalesced; an answer to an older request is
// dropped, and the old quote is gone the moment the items change, so nothing stale is ever shown). pay()
// starts a payment attempt with a new Idempotency-Key:
//   card          payment config (fetched once) -> tokenize at the provider -> order: fulfilled or declined
//   PayPal        order -> approvalUrlReady() (the UI opens it) -> polls the order until it is final
//   wire / check  order with a pro-forma invoice -> AwaitingOfflinePayment (polled until recorded)
// A quote is ordered at most once (server rule), so after a declined or cancelled order, and when it has
// expired, the next attempt quotes again first; if the price moved, the attempt stops so the user sees it.
// A payment whose answer never came is "unsettled": retry() (and pay()) sends the very same request with
// the same key again, so the server answers the order it made instead of charging twice.
//
// Each pay() ends in exactly one attemptFinished(). completed() follows when the order is fulfilled: at
// once for a card, after the approval for PayPal, once the payment is recorded for wire and check.
class CheckoutSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // nothing chosen
        Quoting,
        Quoted, // quote() prices items(); pay() may be called (also after a declined or cancelled attempt)
        Paying, // tokenizing, ordering (or quoting again for the payment)
        AwaitingApproval, // PayPal: the user approves in the browser; the order is polled
        AwaitingOfflinePayment, // wire transfer or check: order() has the invoice; polled
        Completed, // order() is fulfilled
        Failed, // problem() says why; change the items (or requote()) to go on
    };
    Q_ENUM(State)

    enum class Outcome {
        Fulfilled,
        AwaitingOfflinePayment, // the order is placed; it completes when the payment is recorded
        Declined, // the card was refused; another card may be tried
        Cancelled, // the PayPal approval was cancelled or abandoned
        Failed, // problem() says why (unsettled() when the answer never came)
    };
    Q_ENUM(Outcome)

    // Why something did not work, in words for the user, with the parts a form can show next to its fields.
    struct Problem
    {
        QString message;
        QMap<CardForm::Field, QString> cardFields;
        QMap<proto::QuoteItemKind, QString> itemFields;
        QString failureCode; // a declined or cancelled order's, e.g. "insufficient_funds"
        ApiError error; // the failed request's, if one failed
        bool isEmpty() const { return message.isEmpty(); }
    };

    static constexpr std::chrono::milliseconds kDefaultPollInterval {3000};
    static constexpr std::chrono::milliseconds kDefaultOfflinePollInterval {30000};
    static constexpr std::chrono::milliseconds kDefaultQuoteDelay {300};
    // A quote closer than this to its expiry is quoted again before paying.
    static constexpr int kQuoteMarginSeconds = 30;

    CheckoutSession(ApiClient* api, const Clock* clock, const QString& licenseId, QObject* parent = nullptr);
    ~CheckoutSession() override;

    // While a PayPal approval is awaited, and while an offline payment is awaited.
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setOfflinePollInterval(std::chrono::milliseconds interval) { m_offlinePollInterval = interval; }
    // How long setItems() waits for further changes before it asks for a quote.
    void setQuoteDelay(std::chrono::milliseconds delay);

    QString licenseId() const { return m_licenseId; }
    State state() const { return m_state; }
    QList<proto::QuoteItem> items() const { return m_items; }
    // The quote of items(), once it is there; never one of other items.
    const std::optional<proto::Quote>& quote() const { return m_quote; }
    bool quoteValid() const;
    const std::optional<proto::PaymentConfig>& paymentConfig() const { return m_config; }
    // The order of the current (or last) attempt.
    const std::optional<proto::Order>& order() const { return m_order; }
    const Problem& problem() const { return m_problem; }
    // The last attempt got no answer: retry() sends it again with the same Idempotency-Key.
    bool unsettled() const { return m_unsettled.has_value(); }
    // Whether a payment can be started now (a quote, nothing under way, not done).
    bool canPay() const;
    // An order of this license placed before (another window, an earlier wire transfer) that still awaits
    // payment: the server takes no other order for the license until it is paid or cancelled. Known after
    // checkAwaitingOrder().
    const std::optional<proto::Order>& awaitingOrder() const { return m_awaitingOrder; }

    // Returns false (and changes nothing) while a payment is under way or done.
    bool setItems(const QList<proto::QuoteItem>& items);
    // Asks for a new quote of the same items (e.g. after it expired).
    void requote();
    // Fetches the payment config once (paymentConfigChanged() or paymentConfigFailed()).
    void loadPaymentConfig();
    // Looks for an order of this license awaiting payment (awaitingOrderChanged() when there is one).
    void checkAwaitingOrder();
    // Starts a payment attempt; false (with problem() saying why, and no request sent) when refused.
    bool pay(proto::PaymentMethod method, const std::optional<proto::CardDetails>& card = std::nullopt);
    // Sends the unsettled attempt again; false when there is none.
    bool retry();
    // Cancels an order awaiting payment (PayPal approval or offline) and stops polling; false if none.
    bool cancel();
    // Fetches the order now instead of at the next poll.
    void checkOrder();

signals:
    void stateChanged(lp::CheckoutSession::State state);
    void quoteChanged();
    void paymentConfigChanged();
    void paymentConfigFailed(const lp::ApiError& error);
    void awaitingOrderChanged();
    void problemChanged();
    // PayPal: where the user approves the payment. The session never opens it itself.
    void approvalUrlReady(const QUrl& url);
    // order() was placed or changed (for an orders list to refresh). The signals carry no order: read
    // order(), so that no signal needs proto::Order as a meta type.
    void orderChanged();
    void attemptFinished(lp::CheckoutSession::Outcome outcome);
    // cancel() did not go through (too late, or no answer); problem() says why and polling goes on.
    void cancelFailed();
    // order() is fulfilled.
    void completed();

private:
    struct Attempt
    {
        int id = 0;
        proto::PaymentMethod method = proto::PaymentMethod::Card;
        std::optional<proto::CardDetails> card; // until the attempt ends, for a new token after a re-quote
        QString cardToken;
        QString idempotencyKey;
        qint64 quotedTotal = 0; // the price the user agreed to
        QString quotedCurrency;
        bool forceRequote = false;
        bool requoted = false;
    };
    struct SentOrder
    {
        proto::OrderRequest request;
        QString idempotencyKey;
        proto::PaymentMethod method;
    };

    void setState(State state);
    void setProblem(Problem problem);
    void clearProblem();
    void setQuote(std::optional<proto::Quote> quote);
    void requestQuote();
    Problem quoteProblem(const ApiError& error) const;
    static Problem cardProblem(const proto::CardDetails& card, const QDate& today);

    // The payment steps; each asynchronous answer comes back to advance() if the attempt is still current.
    void advance();
    void requoteForPayment();
    void fetchConfigForPayment();
    void tokenize();
    void sendOrder(const SentOrder& sent);
    void onOrderFailed(const SentOrder& sent, const ApiError& error);
    void handleOrder(const proto::Order& order);
    void finishAttempt(Outcome outcome, std::optional<Problem> problem = std::nullopt);
    bool isCurrent(int attemptId) const { return m_attemptActive && attemptId == m_attempt.id; }
    void schedulePoll();
    void poll();
    State afterFailedAttempt() const { return m_quote ? State::Quoted : State::Failed; }

    ApiClient* m_api;
    const Clock* m_clock;
    QString m_licenseId;
    State m_state = State::Idle;
    QList<proto::QuoteItem> m_items;
    std::optional<proto::Quote> m_quote;
    bool m_quoteOrdered = false; // an order was made of m_quote (declined or cancelled since)
    std::optional<proto::PaymentConfig> m_config;
    bool m_configLoading = false;
    std::optional<proto::Order> m_order;
    std::optional<proto::Order> m_awaitingOrder;
    Problem m_problem;
    Attempt m_attempt;
    bool m_attemptActive = false;
    int m_nextAttemptId = 0;
    std::optional<SentOrder> m_unsettled;
    int m_quoteGeneration = 0;
    int m_pollGeneration = 0;
    bool m_pollInFlight = false;
    QTimer* m_quoteTimer;
    QTimer* m_pollTimer;
    std::chrono::milliseconds m_pollInterval = kDefaultPollInterval;
    std::chrono::milliseconds m_offlinePollInterval = kDefaultOfflinePollInterval;
};

} // namespace lp
