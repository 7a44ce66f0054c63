#pragma once

#include <Payments.h>
#include <QString>
#include <QUrl>
#include <functional>

namespace lp::server {

// What the portal needs of a payment provider. The portal never sees a card: the client tokenizes it at the
// provider's own endpoint and the portal charges the token. The one implementation is SandboxProvider, a
// test provider that behaves like a real one; a real provider would implement this over its HTTP API.
class PaymentProvider
{
public:
    virtual ~PaymentProvider() = default;

    enum class TokenState { Unknown, Usable, Used };
    struct Charge
    {
        bool succeeded = false;
        QString id;
        QString paidWith; // "Visa •••• 4242"
        QString failureCode; // card_declined, insufficient_funds or expired_card
        QString failureMessage; // a sentence for the customer
    };
    enum class Decision { Approved, Cancelled };
    // Called when the customer approves or cancels on the provider's page, with the reference given to
    // createApproval(), inside the provider's transaction (as a webhook would be answered before the provider
    // settles): the listener applies the decision in that transaction and answers false when the order no
    // longer awaits it, and the provider then refuses the decision.
    using ApprovalListener = std::function<bool(const QString& reference, Decision decision)>;

    // What the client needs to tokenize cards (the URL is on `base`, the address the client reached us by).
    virtual lp::proto::PaymentConfig clientConfig(const QUrl& base) = 0;
    virtual TokenState tokenState(const QString& token) = 0;
    // Charges a token once per idempotency key: asked again with the same key (a retry, a recovery after a
    // crash) it answers the first charge and never charges again. A token charges once.
    virtual Charge charge(const QString& token, qint64 amount, const QString& currency,
                          const QString& idempotencyKey)
        = 0;
    // A PayPal-style approval of `amount` that the customer completes on the provider's page until
    // `expiresAt` (unix seconds); one per reference (asked again, it answers the same one). Returns its
    // token.
    virtual QString createApproval(const QString& reference, qint64 amount, const QString& currency,
                                   const QString& description, qint64 expiresAt)
        = 0;
    virtual QUrl approvalUrl(const QString& token, const QUrl& base) const = 0;
    // The portal cancelled the order: the approval page no longer approves it.
    virtual void cancelApproval(const QString& token) = 0;
    virtual void setApprovalListener(ApprovalListener listener) = 0;
};

} // namespace lp::server
