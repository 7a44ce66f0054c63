#pragma once

#include "FieldError.h"
#include "Quote.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QUrl>
#include <optional>

namespace lp::proto {

enum class PaymentMethod { Card, PayPal, WireTransfer, Check };
QString toWire(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromWire(const QString& text);

// awaiting_payment → paid → fulfilled is the way forward (paid and fulfilled are normally one step);
// declined (card refused), cancelled (by the customer, or a PayPal approval abandoned) and expired (an
// offline payment that never came) are ends.
enum class OrderStatus { AwaitingPayment, Paid, Fulfilled, Declined, Cancelled, Expired };
QString toWire(OrderStatus status);
std::optional<OrderStatus> orderStatusFromWire(const QString& text);

// POST /v1/orders (with an Idempotency-Key header): pay for a quote. A card is tokenized at the payment
// provider first (see PaymentConfig); only the token reaches the portal.
struct OrderRequest
{
    QString quoteId;
    PaymentMethod paymentMethod = PaymentMethod::Card;
    QString cardToken; // required for card, absent otherwise

    QJsonObject toJson() const;
    static std::optional<OrderRequest> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                const QString& path = {});
    bool operator==(const OrderRequest& other) const
    {
        return quoteId == other.quoteId && paymentMethod == other.paymentMethod
            && cardToken == other.cardToken;
    }
};

// The pro-forma invoice of a wire-transfer or check order: whom to pay, where, and the reference that
// lets the operator match the payment to the order.
struct ProFormaInvoice
{
    QString number;
    QDateTime issuedAt;
    QDateTime dueAt;
    QString paymentReference;
    QString payee;
    // Wire transfer: the bank account; check: the postal address to send it to. The other is empty.
    QString bankName;
    QString iban;
    QString bic;
    QString mailingAddress;

    QJsonObject toJson() const;
    static std::optional<ProFormaInvoice> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                   const QString& path = {});
    bool operator==(const ProFormaInvoice& other) const;
};

// Proof of payment, once paid: "Visa •••• 4242", "PayPal", "Wire transfer, reference LP-…".
struct Receipt
{
    QString number;
    QDateTime paidAt;
    QString paidWith;

    QJsonObject toJson() const;
    static std::optional<Receipt> fromJson(const QJsonObject& json, FieldErrors* errors,
                                           const QString& path = {});
    bool operator==(const Receipt& other) const
    {
        return number == other.number && paidAt == other.paidAt && paidWith == other.paidWith;
    }
};

// Why a payment did not go through: code card_declined, insufficient_funds, expired_card,
// approval_abandoned, cancelled_by_customer or payment_overdue, and a sentence.
struct PaymentFailure
{
    QString code;
    QString message;
    bool operator==(const PaymentFailure& other) const
    {
        return code == other.code && message == other.message;
    }
};

// An order as POST /v1/orders and GET /v1/orders[/{id}] answer it. What the method needs next:
// `approval_url` while a PayPal order awaits approval, `invoice` for wire transfer and check.
struct Order
{
    QString id;
    QString quoteId;
    QString licenseId;
    QString product;
    QString handshakeCode; // the license's, unchanged by the order
    OrderStatus status = OrderStatus::AwaitingPayment;
    PaymentMethod paymentMethod = PaymentMethod::Card;
    QList<QuoteLine> items;
    qint64 total = 0;
    QString currency;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QUrl> approvalUrl;
    std::optional<ProFormaInvoice> invoice;
    std::optional<Receipt> receipt;
    std::optional<PaymentFailure> failure;
    // The license after fulfilment (fulfilled orders only).
    std::optional<LicenseTerms> result;

    bool isFinal() const { return status != OrderStatus::AwaitingPayment && status != OrderStatus::Paid; }

    QJsonObject toJson() const;
    static std::optional<Order> fromJson(const QJsonObject& json, FieldErrors* errors,
                                         const QString& path = {});
    bool operator==(const Order& other) const;
};

// GET /v1/orders: the account's orders, newest first.
struct OrderList
{
    QList<Order> items;

    QJsonObject toJson() const;
    static std::optional<OrderList> fromJson(const QJsonObject& json, FieldErrors* errors,
                                             const QString& path = {});
};

} // namespace lp::proto

// Declared with the type, so that any signal or QVariant may carry an order.
Q_DECLARE_METATYPE(lp::proto::Order)
