#include "OrderService.h"

#include "Clock.h"
#include "Database.h"
#include "Failpoint.h"
#include "LogCategories.h"
#include "OrderText.h"
#include "PriceList.h"
#include "Pricing.h"
#include "SecureRandom.h"
#include "Storage.h"
#include "Transaction.h"

#include <Problem.h>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lp::server {

namespace {
namespace pp = lp::proto::problem;
using lp::proto::OrderStatus;
using lp::proto::PaymentMethod;

CheckoutRefusal orderNotFound()
{
    return {404, pp::kNotFound, QStringLiteral("There is no order with this id in your account."), {}};
}

QString dayOf(qint64 seconds)
{
    return Clock::fromSeconds(seconds).date().toString(Qt::ISODate);
}

QString minuteOf(qint64 seconds)
{
    return Clock::fromSeconds(seconds).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

bool offline(PaymentMethod method)
{
    return method == PaymentMethod::WireTransfer || method == PaymentMethod::Check;
}
} // namespace

OrderService::OrderService(Storage& storage, const Clock& clock, const PriceList& prices,
                           PaymentProvider& provider)
    : m_storage(storage)
    , m_clock(clock)
    , m_prices(prices)
    , m_provider(provider)
{
    m_provider.setApprovalListener([this](const QString& reference, PaymentProvider::Decision decision) {
        return applyApproval(reference, decision);
    });
}

bool OrderService::isValidIdempotencyKey(const QByteArray& key)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:-]{8,128}$"));
    return valid.match(QString::fromLatin1(key)).hasMatch();
}

QString OrderService::requestHash(const lp::proto::OrderRequest& request)
{
    // The request as parsed, so that a retry with other whitespace or field order is the same request.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

std::optional<QuoteRecord> OrderService::createQuote(const QString& accountId,
                                                     const lp::proto::QuoteRequest& request,
                                                     CheckoutRefusal* refusal)
{
    const auto license = m_storage.licenseOfAccount(accountId, request.licenseId);
    if (!license) {
        *refusal
            = {404, pp::kNotFound, QStringLiteral("There is no license with this id in your account."), {}};
        return std::nullopt;
    }
    const QDateTime now = m_clock.now();
    const QString currency = m_storage.accountCurrency(accountId);
    const auto priced = Pricing::price(m_prices, *license, currency, request.items, now, refusal);
    if (!priced) {
        return std::nullopt;
    }
    QuoteRecord quote;
    quote.id = SecureRandom::id("quo_");
    quote.accountId = accountId;
    quote.licenseId = license->id;
    quote.lines = priced->lines;
    quote.total = priced->total;
    quote.currency = currency;
    quote.current = priced->current;
    quote.result = priced->result;
    quote.createdAt = now.toSecsSinceEpoch();
    quote.expiresAt = quote.createdAt + m_prices.quoteValiditySeconds();
    m_storage.insertQuote(quote);
    return quote;
}

std::optional<OrderService::Placed> OrderService::placeOrder(const QString& accountId,
                                                             const QString& idempotencyKey,
                                                             const lp::proto::OrderRequest& request,
                                                             CheckoutRefusal* refusal)
{
    const QString hash = requestHash(request);
    expireDue(accountId);
    if (const auto existing = m_storage.orderByIdempotencyKey(accountId, idempotencyKey)) {
        return resume(*existing, hash, refusal);
    }
    const auto quote = m_storage.quoteOfAccount(accountId, request.quoteId);
    if (!quote) {
        *refusal
            = {404, pp::kNotFound, QStringLiteral("There is no quote with this id in your account."), {}};
        return std::nullopt;
    }
    if (!m_onlinePayments
        && (request.paymentMethod == PaymentMethod::Card || request.paymentMethod == PaymentMethod::PayPal)) {
        *refusal = {409,
                    pp::kNotApplicable,
                    QStringLiteral("Card and PayPal payments are not available on this server: pay by wire "
                                   "transfer or check."),
                    {{QStringLiteral("payment_method"), QStringLiteral("is not available on this server")}}};
        return std::nullopt;
    }
    if (request.paymentMethod == PaymentMethod::Card) {
        const auto state = m_provider.tokenState(request.cardToken);
        if (state == PaymentProvider::TokenState::Used) {
            // A token is used only by a charge, and a charge only after its order is committed: a racing
            // request with this key (on another server process) may have charged it for this very order.
            if (const auto existing = m_storage.orderByIdempotencyKey(accountId, idempotencyKey)) {
                return resume(*existing, hash, refusal);
            }
        }
        if (state != PaymentProvider::TokenState::Usable) {
            const QString why = state == PaymentProvider::TokenState::Used
                ? QStringLiteral("was already used; enter the card again for a new token")
                : QStringLiteral("is not a card token of the payment provider");
            *refusal = {400,
                        pp::kValidation,
                        QStringLiteral("The card token %1.").arg(why),
                        {{QStringLiteral("card_token"), why}}};
            return std::nullopt;
        }
    }

    const qint64 now = m_clock.nowSeconds();
    OrderRecord order;
    {
        Transaction transaction(m_storage.database());
        // Serialises orders of one license across processes: the checks below see every committed order.
        m_storage.lockLicense(quote->licenseId);
        if (const auto existing = m_storage.orderByIdempotencyKey(accountId, idempotencyKey)) {
            order = *existing; // a racing request with the same key won; answered below
        } else {
            if (quote->expiresAt <= now) {
                *refusal = {410,
                            pp::kQuoteExpired,
                            QStringLiteral("This quote expired at %1. Please ask for a new quote.")
                                .arg(minuteOf(quote->expiresAt)),
                            {}};
                return std::nullopt;
            }
            const auto license = m_storage.licenseById(quote->licenseId);
            if (!license) {
                *refusal = {404,
                            pp::kNotFound,
                            QStringLiteral("There is no license with this id in your account."),
                            {}};
                return std::nullopt;
            }
            if (license->suspended) {
                *refusal = {409,
                            pp::kNotApplicable,
                            QStringLiteral("The license %1 is suspended, so it cannot be renewed or changed. "
                                           "Please contact support.")
                                .arg(license->handshakeCode),
                            {}};
                return std::nullopt;
            }
            if (!(Pricing::termsOf(*license) == quote->current)) {
                *refusal
                    = {409,
                       pp::kLicenseChanged,
                       QStringLiteral("The license %1 has changed since this quote was made. Please ask for "
                                      "a new quote.")
                           .arg(license->handshakeCode),
                       {}};
                return std::nullopt;
            }
            if (const auto live = m_storage.liveOrderOfQuote(quote->id)) {
                *refusal = {409,
                            pp::kOrderConflict,
                            QStringLiteral("This quote has already been ordered (order %1).").arg(*live),
                            {}};
                return std::nullopt;
            }
            if (const auto awaiting = m_storage.awaitingOrderOfLicense(license->id)) {
                *refusal
                    = {409,
                       pp::kOrderConflict,
                       QStringLiteral("The license %1 has an order awaiting payment (%2): complete or cancel "
                                      "it first.")
                           .arg(license->handshakeCode, *awaiting),
                       {}};
                return std::nullopt;
            }
            order.id = SecureRandom::id("ord_");
            order.accountId = accountId;
            order.licenseId = license->id;
            order.quoteId = quote->id;
            order.product = license->product;
            order.handshakeCode = license->handshakeCode;
            order.idempotencyKey = idempotencyKey;
            order.requestHash = hash;
            order.status = OrderStatus::AwaitingPayment;
            order.method = request.paymentMethod;
            order.cardToken = request.cardToken;
            order.lines = quote->lines;
            order.total = quote->total;
            order.currency = quote->currency;
            order.createdAt = now;
            order.updatedAt = now;
            switch (order.method) {
            case PaymentMethod::Card:
                order.paymentState = QLatin1String(OrderRecord::kCharging);
                break;
            case PaymentMethod::PayPal:
                order.paymentState = QLatin1String(OrderRecord::kRequestingApproval);
                order.expiresAt = now + m_prices.payPalApprovalSeconds();
                break;
            case PaymentMethod::WireTransfer:
            case PaymentMethod::Check:
                order.invoice = newInvoice(order.method, now);
                order.expiresAt = order.invoice->dueAt.toSecsSinceEpoch();
                break;
            }
            if (m_storage.insertOrder(order)) {
                transaction.commit();
                qCInfo(lcAudit).noquote()
                    << "order" << order.id << "created for license" << order.licenseId << "account"
                    << accountId << OrderText::money(order.total, order.currency) << "by"
                    << lp::proto::toWire(order.method)
                    << (order.invoice ? QStringLiteral("invoice ") + order.invoice->number : QString());
                return Placed {continuePayment(order), true};
            }
            // The unique index caught a racing request with the same key (on another license's lock).
            const auto winner = m_storage.orderByIdempotencyKey(accountId, idempotencyKey);
            if (!winner) {
                throw std::runtime_error("an order vanished after an idempotency conflict");
            }
            order = *winner;
        }
    }
    return resume(order, hash, refusal);
}

std::optional<OrderService::Placed> OrderService::resume(const OrderRecord& existing, const QString& hash,
                                                         CheckoutRefusal* refusal)
{
    if (existing.requestHash != hash) {
        *refusal
            = {422,
               pp::kIdempotencyKeyReused,
               QStringLiteral("This Idempotency-Key was already used for another order request; use a new "
                              "key for a new order."),
               {}};
        return std::nullopt;
    }
    return Placed {continuePayment(existing), false};
}

OrderRecord OrderService::continuePayment(const OrderRecord& order)
{
    if (order.paymentState == QLatin1String(OrderRecord::kCharging)) {
        finishCharge(order);
    } else if (order.paymentState == QLatin1String(OrderRecord::kRequestingApproval)) {
        requestApproval(order);
    } else {
        return order;
    }
    const auto now = m_storage.orderById(order.id);
    if (!now) {
        throw std::runtime_error("an order vanished");
    }
    return *now;
}

void OrderService::finishCharge(const OrderRecord& order)
{
    Failpoint::hit("before-charge");
    // The order id is the idempotency key: a second call (a retry, a recovery) gets the first charge back.
    const auto charge = m_provider.charge(order.cardToken, order.total, order.currency, order.id);
    Failpoint::hit("after-charge");

    Transaction transaction(m_storage.database());
    m_storage.lockLicense(order.licenseId);
    const auto current = m_storage.orderById(order.id);
    if (!current || current->status != OrderStatus::AwaitingPayment
        || current->paymentState != QLatin1String(OrderRecord::kCharging)) {
        return; // another request or process recorded the outcome already
    }
    m_storage.setOrderProviderReference(order.id, charge.id, m_clock.nowSeconds());
    if (charge.succeeded) {
        if (!fulfilLocked(*current, charge.paidWith, QString())) {
            return;
        }
    } else {
        m_storage.closeOrder(order.id, OrderStatus::Declined, {charge.failureCode, charge.failureMessage},
                             m_clock.nowSeconds());
        qCInfo(lcAudit).noquote() << "order" << order.id << "declined:" << charge.failureCode << "charge"
                                  << charge.id;
    }
    transaction.commit();
}

void OrderService::requestApproval(const OrderRecord& order)
{
    const QString description = order.product + QStringLiteral(": ") + OrderText::items(order.items());
    const QString token = m_provider.createApproval(order.id, order.total, order.currency, description,
                                                    order.expiresAt.value_or(m_clock.nowSeconds()));
    m_storage.setOrderProviderReference(order.id, token, m_clock.nowSeconds());
}

bool OrderService::fulfilLocked(const OrderRecord& order, const QString& paidWith, const QString& note)
{
    const auto license = m_storage.licenseById(order.licenseId);
    if (!license) {
        return false;
    }
    const QDateTime now = m_clock.now();
    const lp::proto::LicenseTerms before = Pricing::termsOf(*license);
    const lp::proto::LicenseTerms after = Pricing::apply(before, order.items(), now);
    lp::proto::Receipt receipt;
    receipt.number = nextNumber("RC", now.toSecsSinceEpoch());
    receipt.paidAt = now;
    receipt.paidWith = paidWith;
    if (!m_storage.fulfilOrder(order.id, receipt, after, note, now.toSecsSinceEpoch())) {
        return false;
    }
    m_storage.updateLicenseTerms(order.licenseId, after);
    qCInfo(lcAudit).noquote() << "order" << order.id
                              << QStringLiteral("paid (%1, receipt %2)").arg(paidWith, receipt.number)
                              << "and fulfilled: license" << license->handshakeCode << "term"
                              << dayOf(license->termEnd) << "->" << after.termEnd.date().toString(Qt::ISODate)
                              << OrderText::items(order.items());
    return true;
}

bool OrderService::applyApproval(const QString& orderId, PaymentProvider::Decision decision)
{
    const auto found = m_storage.orderById(orderId);
    if (!found || found->method != PaymentMethod::PayPal) {
        return false;
    }
    m_storage.lockLicense(found->licenseId);
    const auto order = m_storage.orderById(orderId);
    if (!order || order->status != OrderStatus::AwaitingPayment) {
        return false;
    }
    if (decision == PaymentProvider::Decision::Approved) {
        return fulfilLocked(*order, QStringLiteral("PayPal"), QString());
    }
    const bool closed
        = m_storage.closeOrder(orderId, OrderStatus::Cancelled,
                               {QStringLiteral("cancelled_by_customer"),
                                QStringLiteral("You cancelled the payment on the PayPal page.")},
                               m_clock.nowSeconds());
    if (closed) {
        qCInfo(lcAudit).noquote() << "order" << orderId << "cancelled on the PayPal page";
    }
    return closed;
}

std::optional<OrderRecord> OrderService::order(const QString& accountId, const QString& orderId,
                                               CheckoutRefusal* refusal)
{
    expireDue(accountId);
    auto order = m_storage.orderOfAccount(accountId, orderId);
    if (!order) {
        *refusal = orderNotFound();
    }
    return order;
}

QList<OrderRecord> OrderService::orders(const QString& accountId)
{
    expireDue(accountId);
    return m_storage.ordersOfAccount(accountId, kMaxListed);
}

std::optional<OrderRecord> OrderService::cancel(const QString& accountId, const QString& orderId,
                                                CheckoutRefusal* refusal)
{
    expireDue(accountId);
    auto order = m_storage.orderOfAccount(accountId, orderId);
    if (!order) {
        *refusal = orderNotFound();
        return std::nullopt;
    }
    if (order->status == OrderStatus::AwaitingPayment && order->method != PaymentMethod::Card) {
        Transaction transaction(m_storage.database());
        m_storage.lockLicense(order->licenseId);
        const bool closed = m_storage.closeOrder(
            order->id, OrderStatus::Cancelled,
            {QStringLiteral("cancelled_by_customer"), QStringLiteral("You cancelled the order.")},
            m_clock.nowSeconds());
        transaction.commit();
        if (closed) {
            qCInfo(lcAudit).noquote() << "order" << order->id << "cancelled by the customer";
            if (order->method == PaymentMethod::PayPal && !order->providerReference.isEmpty()) {
                m_provider.cancelApproval(order->providerReference);
            }
        }
        order = m_storage.orderById(order->id);
    }
    if (order->status == OrderStatus::Cancelled) {
        return order;
    }
    const QString why = order->status == OrderStatus::AwaitingPayment
        ? QStringLiteral("A card payment is being processed for this order; it cannot be cancelled.")
        : QStringLiteral("This order is %1 and can no longer be cancelled.")
              .arg(OrderText::status(order->status));
    *refusal = {409, pp::kOrderConflict, why, {}};
    return std::nullopt;
}

std::optional<OrderRecord> OrderService::recordPayment(const QString& orderOrReference, const QString& note,
                                                       CheckoutRefusal* refusal)
{
    auto order = m_storage.orderById(orderOrReference);
    if (!order) {
        order = m_storage.orderByPaymentReference(orderOrReference.trimmed().toUpper());
    }
    if (!order) {
        *refusal
            = {404,
               pp::kNotFound,
               QStringLiteral("There is no order with the id or payment reference %1.").arg(orderOrReference),
               {}};
        return std::nullopt;
    }
    if (!offline(order->method)) {
        *refusal = {
            409,
            pp::kOrderConflict,
            QStringLiteral("Order %1 is paid by %2: its payment is recorded by the payment provider, not by "
                           "hand.")
                .arg(order->id, OrderText::method(order->method)),
            {}};
        return std::nullopt;
    }
    const auto refuseState = [&order, refusal] {
        QString state = OrderText::status(order->status);
        if (order->receipt) {
            state += QStringLiteral(" (paid on %1, receipt %2)")
                         .arg(order->receipt->paidAt.date().toString(Qt::ISODate), order->receipt->number);
        } else if (order->failure) {
            state += QStringLiteral(" (%1)").arg(order->failure->message);
        }
        *refusal = {409,
                    pp::kOrderConflict,
                    QStringLiteral("Order %1 is %2, not awaiting payment: nothing was recorded.")
                        .arg(order->id, state),
                    {}};
        return std::nullopt;
    };
    // The operator has the money: a payment recorded after the invoice's due date (received on time but
    // booked late, or simply late) still fulfils an order that only expired for being overdue.
    const bool overdue = order->status == OrderStatus::Expired && order->failure
        && order->failure->code == QLatin1String("payment_overdue");
    if (order->status != OrderStatus::AwaitingPayment && !overdue) {
        return refuseState();
    }
    const QString paidWith = QStringLiteral("%1, reference %2")
                                 .arg(OrderText::method(order->method),
                                      order->invoice ? order->invoice->paymentReference : QString());
    {
        Transaction transaction(m_storage.database());
        m_storage.lockLicense(order->licenseId);
        if (m_storage.reopenForRecordedPayment(order->id, m_clock.nowSeconds())
            && fulfilLocked(*m_storage.orderById(order->id), paidWith, note)) {
            transaction.commit();
            qCInfo(lcAudit).noquote() << "payment of order" << order->id << "recorded by the operator"
                                      << (note.isEmpty() ? QString() : QStringLiteral("(%1)").arg(note));
            return m_storage.orderById(order->id);
        }
    }
    order = m_storage.orderById(order->id);
    return refuseState();
}

int OrderService::expireDue(const QString& accountId)
{
    const qint64 now = m_clock.nowSeconds();
    int expired = 0;
    for (const OrderRecord& order : m_storage.dueOrders(now, accountId)) {
        bool closed = false;
        if (order.method == PaymentMethod::PayPal) {
            closed = m_storage.closeOrder(
                order.id, OrderStatus::Cancelled,
                {QStringLiteral("approval_abandoned"),
                 QStringLiteral("The PayPal payment was not approved in time, so the order was cancelled.")},
                now);
            if (closed && !order.providerReference.isEmpty()) {
                m_provider.cancelApproval(order.providerReference);
            }
        } else if (offline(order.method)) {
            closed = m_storage.closeOrder(
                order.id, OrderStatus::Expired,
                {QStringLiteral("payment_overdue"),
                 QStringLiteral("The payment did not arrive by the invoice's due date, %1.")
                     .arg(dayOf(order.expiresAt.value_or(now)))},
                now);
        }
        if (closed) {
            ++expired;
            qCInfo(lcAudit).noquote()
                << "order" << order.id
                << (order.method == PaymentMethod::PayPal ? "cancelled: PayPal approval abandoned"
                                                          : "expired: payment overdue");
        }
    }
    return expired;
}

OrderService::Housekeeping OrderService::runHousekeeping()
{
    Housekeeping result;
    result.expired = expireDue(QString());
    for (const QString& id : m_storage.unfinishedOrders()) {
        try {
            if (const auto order = m_storage.orderById(id)) {
                qCInfo(lcServer).noquote()
                    << "finishing the payment of order" << id
                    << QStringLiteral("(%1)").arg(order->paymentState) << "left by an interrupted request";
                continuePayment(*order);
                ++result.resumed;
            }
        } catch (const std::exception& e) {
            qCWarning(lcServer).noquote()
                << "the payment of order" << id
                << "could not be finished (tried again within the hour):" << e.what();
        }
    }
    // Quotes nobody ordered are of no use a day after they expired.
    result.quotesPurged = m_storage.purgeUnorderedQuotes(m_clock.nowSeconds() - 24 * 3600);
    return result;
}

lp::proto::ProFormaInvoice OrderService::newInvoice(PaymentMethod method, qint64 now)
{
    lp::proto::ProFormaInvoice invoice;
    invoice.number = nextNumber("PF", now);
    invoice.issuedAt = Clock::fromSeconds(now);
    invoice.dueAt = Clock::fromSeconds(now + m_prices.offlinePaymentSeconds());
    invoice.paymentReference = newPaymentReference();
    const auto& payee = m_prices.payee();
    invoice.payee = payee.name;
    if (method == PaymentMethod::WireTransfer) {
        invoice.bankName = payee.bankName;
        invoice.iban = payee.iban;
        invoice.bic = payee.bic;
    } else {
        invoice.mailingAddress = payee.mailingAddress;
    }
    return invoice;
}

QString OrderService::randomPaymentReference()
{
    // No 0/O, 1/I/L: the reference is typed from a bank statement or a check.
    static constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    constexpr quint32 kSize = sizeof(kAlphabet) - 1;
    QString reference = QStringLiteral("LP-");
    for (int i = 0; i < 8; ++i) {
        if (i == 4) {
            reference += QLatin1Char('-');
        }
        reference += QLatin1Char(kAlphabet[SecureRandom::below(kSize)]);
    }
    return reference;
}

QString OrderService::newPaymentReference()
{
    for (;;) {
        const QString reference = randomPaymentReference();
        if (!m_storage.paymentReferenceExists(reference)) {
            return reference;
        }
    }
}

QString OrderService::nextNumber(const char* prefix, qint64 now)
{
    const QString series
        = QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(Clock::fromSeconds(now).date().year());
    return QStringLiteral("%1-%2").arg(series).arg(m_storage.nextDocumentNumber(series), 6, 10,
                                                   QLatin1Char('0'));
}

lp::proto::Order OrderService::toWire(const OrderRecord& order, const QUrl& base) const
{
    lp::proto::Order wire;
    wire.id = order.id;
    wire.quoteId = order.quoteId;
    wire.licenseId = order.licenseId;
    wire.product = order.product;
    wire.handshakeCode = order.handshakeCode;
    wire.status = order.status;
    wire.paymentMethod = order.method;
    wire.items = order.lines;
    wire.total = order.total;
    wire.currency = order.currency;
    wire.createdAt = Clock::fromSeconds(order.createdAt);
    wire.updatedAt = Clock::fromSeconds(order.updatedAt);
    if (order.method == PaymentMethod::PayPal && order.status == OrderStatus::AwaitingPayment
        && !order.providerReference.isEmpty()) {
        wire.approvalUrl = m_provider.approvalUrl(order.providerReference, base);
    }
    wire.invoice = order.invoice;
    wire.receipt = order.receipt;
    wire.failure = order.failure;
    if (order.status == OrderStatus::Fulfilled) {
        wire.result = order.result;
    }
    return wire;
}

} // namespace lp::server
