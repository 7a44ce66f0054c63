#include "SandboxProvider.h"

#include "Clock.h"
#include "Database.h"
#include "LogCategories.h"
#include "SecureRandom.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace lp::server {

namespace card = lp::proto::card;

namespace {
constexpr char kSucceeds[] = "success";
constexpr char kNotATestCard[] = "not_a_test_card";
constexpr char kCardDeclined[] = "card_declined";
constexpr char kInsufficientFunds[] = "insufficient_funds";
constexpr char kExpiredCard[] = "expired_card";

QString outcomeOf(const QString& number)
{
    if (number == QLatin1String("4242424242424242") || number == QLatin1String("5555555555554444")
        || number == QLatin1String("378282246310005")) {
        return QLatin1String(kSucceeds);
    }
    if (number == QLatin1String("4000000000000002")) {
        return QLatin1String(kCardDeclined);
    }
    if (number == QLatin1String("4000000000009995")) {
        return QLatin1String(kInsufficientFunds);
    }
    if (number == QLatin1String("4000000000000069")) {
        return QLatin1String(kExpiredCard);
    }
    return QLatin1String(kNotATestCard);
}

QString messageOf(const QString& code)
{
    if (code == QLatin1String(kInsufficientFunds)) {
        return QStringLiteral("Your card was declined: insufficient funds.");
    }
    if (code == QLatin1String(kExpiredCard)) {
        return QStringLiteral("Your card was declined: it has expired.");
    }
    return QStringLiteral("Your card was declined.");
}

PaymentProvider::Charge readCharge(const QSqlQuery& query)
{
    PaymentProvider::Charge charge;
    charge.id = query.value(0).toString();
    charge.succeeded = query.value(1).toString() == QLatin1String("succeeded");
    charge.failureCode = query.value(2).toString();
    charge.failureMessage = query.value(3).toString();
    charge.paidWith = query.value(4).toString();
    return charge;
}

const QString kChargeByKey = QStringLiteral("SELECT id, status, failure_code, failure_message, paid_with "
                                            "FROM sandbox_charges WHERE idempotency_key = ?");
} // namespace

SandboxProvider::SandboxProvider(Database& database, const Clock& clock, QString merchant)
    : m_database(database)
    , m_clock(clock)
    , m_merchant(std::move(merchant))
{ }

QDate SandboxProvider::today() const
{
    return m_clock.now().date();
}

QString SandboxProvider::publishableKey()
{
    if (!m_publishableKey.isEmpty()) {
        return m_publishableKey;
    }
    m_database.exec(QStringLiteral("INSERT INTO sandbox_settings (name, value) VALUES ('publishable_key', ?)"
                                   " ON CONFLICT (name) DO NOTHING"),
                    {SecureRandom::id("pk_sandbox_")});
    auto& query = m_database.exec(
        QStringLiteral("SELECT value FROM sandbox_settings WHERE name = 'publishable_key'"));
    if (query.next()) {
        m_publishableKey = query.value(0).toString();
    }
    return m_publishableKey;
}

lp::proto::PaymentConfig SandboxProvider::clientConfig(const QUrl& base)
{
    lp::proto::PaymentConfig config;
    config.provider = QLatin1String(kName);
    config.cardTokenizationUrl = base.resolved(QUrl(QLatin1String(kTokensPath)));
    config.publishableKey = publishableKey();
    config.methods = {lp::proto::PaymentMethod::Card, lp::proto::PaymentMethod::PayPal,
                      lp::proto::PaymentMethod::WireTransfer, lp::proto::PaymentMethod::Check};
    return config;
}

lp::proto::CardToken SandboxProvider::tokenize(const lp::proto::CardDetails& details)
{
    lp::proto::CardToken token;
    token.id = SecureRandom::id("tok_sandbox_");
    token.brand = card::brandOf(details.number);
    token.last4 = details.number.right(4);
    token.expiryMonth = details.expiryMonth;
    token.expiryYear = details.expiryYear;
    // The number and the CVC end here: only what a receipt may show is kept.
    m_database.exec(QStringLiteral("INSERT INTO sandbox_card_tokens (id, brand, last4, exp_month, exp_year,"
                                   " outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {token.id, token.brand, token.last4, token.expiryMonth, token.expiryYear,
                     outcomeOf(details.number), m_clock.nowSeconds()});
    return token;
}

PaymentProvider::TokenState SandboxProvider::tokenState(const QString& token)
{
    auto& query
        = m_database.exec(QStringLiteral("SELECT used_by FROM sandbox_card_tokens WHERE id = ?"), {token});
    if (!query.next()) {
        return TokenState::Unknown;
    }
    return query.value(0).isNull() ? TokenState::Usable : TokenState::Used;
}

PaymentProvider::Charge SandboxProvider::charge(const QString& token, qint64 amount, const QString& currency,
                                                const QString& idempotencyKey)
{
    {
        Transaction transaction(m_database);
        if (auto& existing = m_database.exec(kChargeByKey, {idempotencyKey}); existing.next()) {
            return readCharge(existing);
        }
        Charge charge;
        charge.id = SecureRandom::id("ch_sandbox_");
        charge.paidWith = QStringLiteral("Card");
        auto& row = m_database.exec(
            QStringLiteral(
                "SELECT brand, last4, exp_month, exp_year, outcome FROM sandbox_card_tokens WHERE id = ?"),
            {token});
        QString outcome;
        if (row.next()) {
            charge.paidWith = card::describe(row.value(0).toString(), row.value(1).toString());
            const bool expired = card::expired(row.value(2).toInt(), row.value(3).toInt(), today());
            outcome = expired ? QLatin1String(kExpiredCard) : row.value(4).toString();
            // A token charges once: claimed under the row lock, so that a racing charge sees it used.
            if (m_database.execAffected(
                    QStringLiteral(
                        "UPDATE sandbox_card_tokens SET used_by = ? WHERE id = ? AND used_by IS NULL"),
                    {charge.id, token})
                != 1) {
                charge.failureCode = QLatin1String(kCardDeclined);
                charge.failureMessage = QStringLiteral(
                    "This card was already used for another payment; please enter it again.");
            }
        } else {
            charge.failureCode = QLatin1String(kCardDeclined);
            charge.failureMessage = QStringLiteral("The card could not be charged; please enter it again.");
        }
        if (charge.failureCode.isEmpty()) {
            if (outcome == QLatin1String(kSucceeds)) {
                charge.succeeded = true;
            } else if (outcome == QLatin1String(kNotATestCard)) {
                charge.failureCode = QLatin1String(kCardDeclined);
                charge.failureMessage = QStringLiteral("This is the sandbox: use a test card number.");
            } else {
                charge.failureCode = outcome;
                charge.failureMessage = messageOf(outcome);
            }
        }
        const bool inserted
            = m_database.execAffected(
                  QStringLiteral(
                      "INSERT INTO sandbox_charges (id, idempotency_key, token_id, amount, currency,"
                      " status, failure_code, failure_message, paid_with, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING"),
                  {charge.id, idempotencyKey, token, amount, currency,
                   charge.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"),
                   charge.failureCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(charge.failureCode),
                   charge.failureMessage.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(charge.failureMessage),
                   charge.paidWith, m_clock.nowSeconds()})
            == 1;
        if (inserted) {
            transaction.commit();
            qCInfo(lcAudit).noquote()
                << "sandbox charge" << charge.id << (charge.succeeded ? "succeeded" : "failed") << amount
                << currency << charge.failureCode;
            return charge;
        }
    }
    // Another process charged under this key at the same moment: its charge is the one.
    auto& winner = m_database.exec(kChargeByKey, {idempotencyKey});
    if (!winner.next()) {
        throw std::runtime_error("a sandbox charge vanished");
    }
    return readCharge(winner);
}

QString SandboxProvider::createApproval(const QString& reference, qint64 amount, const QString& currency,
                                        const QString& description, qint64 expiresAt)
{
    m_database.exec(
        QStringLiteral("INSERT INTO sandbox_paypal_approvals (token, reference, amount, currency,"
                       " description, state, created_at, expires_at)"
                       " VALUES (?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (reference) DO NOTHING"),
        {SecureRandom::id("pp_"), reference, amount, currency, description, m_clock.nowSeconds(), expiresAt});
    auto& query = m_database.exec(
        QStringLiteral("SELECT token FROM sandbox_paypal_approvals WHERE reference = ?"), {reference});
    if (!query.next()) {
        throw std::runtime_error("a sandbox approval vanished");
    }
    return query.value(0).toString();
}

QUrl SandboxProvider::approvalUrl(const QString& token, const QUrl& base) const
{
    return base.resolved(QUrl(QLatin1String(kApprovalPath) + token));
}

void SandboxProvider::cancelApproval(const QString& token)
{
    m_database.exec(QStringLiteral("UPDATE sandbox_paypal_approvals SET state = 'cancelled', decided_at = ?"
                                   " WHERE token = ? AND state = 'pending'"),
                    {m_clock.nowSeconds(), token});
}

std::optional<SandboxProvider::Approval> SandboxProvider::approval(const QString& token)
{
    auto& query
        = m_database.exec(QStringLiteral("SELECT token, reference, amount, currency, description, state,"
                                         " expires_at FROM sandbox_paypal_approvals WHERE token = ?"),
                          {token});
    if (!query.next()) {
        return std::nullopt;
    }
    return Approval {query.value(0).toString(),  query.value(1).toString(), query.value(2).toLongLong(),
                     query.value(3).toString(),  query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toLongLong()};
}

bool SandboxProvider::isExpired(const Approval& approval) const
{
    return approval.expiresAt <= m_clock.nowSeconds();
}

SandboxProvider::DecideResult SandboxProvider::decide(const QString& token, Decision decision)
{
    Transaction transaction(m_database);
    const auto found = approval(token);
    if (!found) {
        return DecideResult::NotFound;
    }
    if (found->state == QLatin1String("approved")) {
        return DecideResult::AlreadyApproved;
    }
    if (found->state == QLatin1String("cancelled")) {
        return DecideResult::AlreadyCancelled;
    }
    const qint64 now = m_clock.nowSeconds();
    if (decision == Decision::Approved && found->expiresAt <= now) {
        return DecideResult::Expired;
    }
    const int changed = m_database.execAffected(
        QStringLiteral("UPDATE sandbox_paypal_approvals SET state = ?, decided_at = ?"
                       " WHERE token = ? AND state = 'pending'"),
        {decision == Decision::Approved ? QStringLiteral("approved") : QStringLiteral("cancelled"), now,
         token});
    if (changed != 1) {
        // Another process decided between the read above and this update (PostgreSQL reads do not lock):
        // say what it decided instead of telling the merchant a second time.
        transaction.commit();
        const auto decided = approval(token);
        return decided && decided->state == QLatin1String("approved") ? DecideResult::AlreadyApproved
                                                                      : DecideResult::AlreadyCancelled;
    }
    // The merchant is told in the same transaction: either both record the decision or neither does.
    if (!m_listener || !m_listener(found->reference, decision)) {
        return DecideResult::NoLongerPending;
    }
    transaction.commit();
    return DecideResult::Done;
}

} // namespace lp::server
