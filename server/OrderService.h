#pragma once

#include "CheckoutRefusal.h"
#include "OrderRecord.h"
#include "PaymentProvider.h"
#include "QuoteRecord.h"

#include <Order.h>
#include <QUrl>
#include <Quote.h>
#include <optional>

namespace lp::server {

class Clock;
class PriceList;
class Storage;

// Quotes, orders and their payments, for the routes, the admin CLI and housekeeping. The rules:
//
// - A quote prices changes to one license (Pricing) and can be ordered until it expires, once, and only
//   while the license is as it was priced and has no other order awaiting payment.
// - An order is made at most once per account and Idempotency-Key (a unique index settles races between
//   processes); the same key with the same request answers that order as it is now, with another request
//   it is refused.
// - Card: the order is committed as "charging" before the provider is called with the order id as its
//   idempotency key, and the outcome is recorded after; an order left charging by a crash is charged again
//   under the same key (the provider answers the first charge) at start, in housekeeping, or when the client
//   retries. PayPal: an approval on the provider's page, decided through the provider's listener in one
//   transaction with the order. Wire transfer and check: a pro-forma invoice, until an operator records the
//   payment or the invoice is overdue.
// - Fulfilment changes the license's terms in the transaction that marks the order fulfilled, under the
//   license's row lock, relative to the license as it is then; handshake code and runtime key never change.
// - Orders change state only while awaiting payment, by conditional updates, so nothing applies twice.
class OrderService
{
public:
    OrderService(Storage& storage, const Clock& clock, const PriceList& prices, PaymentProvider& provider);

    // GET /v1/orders answers at most this many, the newest.
    static constexpr int kMaxListed = 200;

    std::optional<QuoteRecord> createQuote(const QString& accountId, const lp::proto::QuoteRequest& request,
                                           CheckoutRefusal* refusal);

    struct Placed
    {
        OrderRecord order;
        bool created = false; // false: the order made earlier under the same key
    };
    // Card and PayPal go through the payment provider; the sandbox provider must not take real customers'
    // orders, so a server runs it only when told to (--payment-sandbox, or --demo). Off, only wire transfer
    // and check are offered.
    void setOnlinePayments(bool enabled) { m_onlinePayments = enabled; }
    bool onlinePayments() const { return m_onlinePayments; }
    std::optional<Placed> placeOrder(const QString& accountId, const QString& idempotencyKey,
                                     const lp::proto::OrderRequest& request, CheckoutRefusal* refusal);
    std::optional<OrderRecord> order(const QString& accountId, const QString& orderId,
                                     CheckoutRefusal* refusal);
    QList<OrderRecord> orders(const QString& accountId);
    // Cancels an order awaiting payment by PayPal, wire transfer or check; a cancelled one answers as it is.
    std::optional<OrderRecord> cancel(const QString& accountId, const QString& orderId,
                                      CheckoutRefusal* refusal);
    // The operator received a wire transfer or check: by order id or payment reference. Fulfils the order.
    std::optional<OrderRecord> recordPayment(const QString& orderOrReference, const QString& note,
                                             CheckoutRefusal* refusal);

    struct Housekeeping
    {
        int expired = 0; // abandoned PayPal approvals and overdue invoices
        int resumed = 0; // provider steps finished after a crash
        qint64 quotesPurged = 0;
    };
    // Expires what is due, finishes payments a crash interrupted, and drops old quotes never ordered. Runs at
    // start and hourly; several processes doing it at once is harmless.
    Housekeeping runHousekeeping();

    lp::proto::Order toWire(const OrderRecord& order, const QUrl& base) const;
    static QString requestHash(const lp::proto::OrderRequest& request);
    // A random payment reference such as LP-7K3Q-X9M2 (unique only once checked against the orders).
    static QString randomPaymentReference();
    // As openapi.yaml has it: 8 to 128 of A-Z a-z 0-9 _ . : - (a UUID fits).
    static bool isValidIdempotencyKey(const QByteArray& key);

private:
    std::optional<Placed> resume(const OrderRecord& existing, const QString& hash, CheckoutRefusal* refusal);
    // The provider step of an order (see OrderRecord::paymentState); answers the order as it is after.
    OrderRecord continuePayment(const OrderRecord& order);
    void finishCharge(const OrderRecord& order);
    void requestApproval(const OrderRecord& order);
    // Inside a transaction, with the license locked: applies the order and marks it fulfilled. False (and the
    // caller must roll back) when the order no longer awaits payment.
    bool fulfilLocked(const OrderRecord& order, const QString& paidWith, const QString& note);
    // The provider's listener: the customer's decision on the approval page, inside its transaction.
    bool applyApproval(const QString& orderId, PaymentProvider::Decision decision);
    // Abandoned approvals and overdue invoices of one account (or of all for an empty id); returns how many.
    int expireDue(const QString& accountId);
    lp::proto::ProFormaInvoice newInvoice(lp::proto::PaymentMethod method, qint64 now);
    QString newPaymentReference();
    QString nextNumber(const char* prefix, qint64 now);

    Storage& m_storage;
    const Clock& m_clock;
    const PriceList& m_prices;
    PaymentProvider& m_provider;
    bool m_onlinePayments = false;
};

} // namespace lp::server
