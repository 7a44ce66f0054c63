#pragma once

#include "PaymentProvider.h"

#include <Payments.h>
#include <QDate>
#include <optional>

namespace lp::server {

class Clock;
class Database;

// The built-in test payment provider. It stands for an external system, so it keeps to its own tables
// (sandbox_*) and its own SQL, and the portal reaches it only through PaymentProvider; its HTTP side (card
// tokenization, the PayPal-style approval page) is SandboxRoutes, under /sandbox/, apart from the portal's
// /v1/ routes. Like a real provider it validates cards (Luhn, length, expiry, CVC), keeps only the brand,
// last four digits and expiry, makes single-use tokens, and charges each idempotency key once. Test cards:
//
//   4242 4242 4242 4242 (Visa), 5555 5555 5555 4444 (Mastercard), 3782 822463 10005 (Amex)  succeed
//   4000 0000 0000 0002   declined (card_declined)
//   4000 0000 0000 9995   declined (insufficient_funds)
//   4000 0000 0000 0069   declined (expired_card)
//   any other valid number  declined (card_declined): "This is the sandbox: use a test card number."
class SandboxProvider : public PaymentProvider
{
public:
    // `merchant` is the name the approval page shows.
    SandboxProvider(Database& database, const Clock& clock, QString merchant);

    static constexpr char kName[] = "sandbox";
    static constexpr char kTokensPath[] = "/sandbox/v1/tokens";
    static constexpr char kApprovalPath[] = "/sandbox/paypal/approve/";

    lp::proto::PaymentConfig clientConfig(const QUrl& base) override;
    TokenState tokenState(const QString& token) override;
    Charge charge(const QString& token, qint64 amount, const QString& currency,
                  const QString& idempotencyKey) override;
    QString createApproval(const QString& reference, qint64 amount, const QString& currency,
                           const QString& description, qint64 expiresAt) override;
    QUrl approvalUrl(const QString& token, const QUrl& base) const override;
    void cancelApproval(const QString& token) override;
    void setApprovalListener(ApprovalListener listener) override { m_listener = std::move(listener); }

    // The key clients present to the tokenization endpoint; made once per database.
    QString publishableKey();
    // Stores what may be kept of a valid card and answers its token.
    lp::proto::CardToken tokenize(const lp::proto::CardDetails& card);
    QDate today() const;

    struct Approval
    {
        QString token;
        QString reference;
        qint64 amount = 0;
        QString currency;
        QString description;
        QString state; // pending, approved or cancelled
        qint64 expiresAt = 0;
    };
    std::optional<Approval> approval(const QString& token);
    bool isExpired(const Approval& approval) const;
    enum class DecideResult { Done, NotFound, AlreadyApproved, AlreadyCancelled, Expired, NoLongerPending };
    // The customer's decision on the approval page; the portal learns it through the listener.
    DecideResult decide(const QString& token, Decision decision);
    const QString& merchant() const { return m_merchant; }

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_merchant;
    ApprovalListener m_listener;
    QString m_publishableKey;
};

} // namespace lp::server
