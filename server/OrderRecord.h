#pragma once

#include <Order.h>
#include <QString>
#include <optional>

namespace lp::server {

// An orders row, with the product and handshake code of its license.
struct OrderRecord
{
    // What is still to be done with the provider: a card charge whose outcome is not recorded yet, or a
    // PayPal approval not yet created. Empty once the provider's answer is recorded.
    static constexpr char kCharging[] = "charging";
    static constexpr char kRequestingApproval[] = "requesting_approval";

    QString id;
    QString accountId;
    QString licenseId;
    QString quoteId;
    QString product;
    QString handshakeCode;
    QString idempotencyKey;
    QString requestHash; // SHA-256 (hex) of the request as parsed, to tell a retry from another request
    lp::proto::OrderStatus status = lp::proto::OrderStatus::AwaitingPayment;
    lp::proto::PaymentMethod method = lp::proto::PaymentMethod::Card;
    QString paymentState; // kCharging, kRequestingApproval or empty
    QString cardToken;
    QString providerReference; // the charge id, or the approval token
    QList<lp::proto::QuoteLine> lines;
    qint64 total = 0;
    QString currency;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // A PayPal approval not completed by then is abandoned; an invoice not paid by then is overdue.
    std::optional<qint64> expiresAt;
    std::optional<lp::proto::ProFormaInvoice> invoice;
    std::optional<lp::proto::Receipt> receipt;
    std::optional<lp::proto::PaymentFailure> failure;
    std::optional<lp::proto::LicenseTerms> result;
    QString paymentNote; // what the operator gave with record-payment --reference

    QList<lp::proto::QuoteItem> items() const;
};

} // namespace lp::server
