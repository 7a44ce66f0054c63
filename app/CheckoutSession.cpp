#include "CheckoutSession.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "CheckoutText.h"
#include "Clock.h"

#include <Problem.h>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace lp {

namespace {
// Hands the job's typed value to onValue, or its error to onError (a success without the value is a broken
// answer), unless `context` is gone.
template<typename T, typename OnValue, typename OnError>
void whenFinished(ApiJob* job, QObject* context, OnValue onValue, OnError onError)
{
    QObject::connect(job, &ApiJob::finished, context, [onValue, onError](ApiJob* done) {
        const T* value = done->succeeded() ? done->value<T>() : nullptr;
        if (value) {
            onValue(*value);
            return;
        }
        ApiError error = done->error();
        if (!error.isError()) {
            error.kind = ApiError::Kind::InvalidResponse;
        }
        onError(error);
    });
}

bool isProblem(const ApiError& error, const char* type)
{
    return error.kind == ApiError::Kind::Http && error.problemType == QLatin1String(type);
}

// No answer, or one that does not say whether the order was made: sending it again is the only safe step.
bool outcomeUnknown(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Unreachable:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::InvalidResponse:
        return true;
    case ApiError::Kind::Http:
        return error.status >= 500 || error.status == 429;
    default:
        return false;
    }
}

QString kindLabel(proto::QuoteItemKind kind)
{
    switch (kind) {
    case proto::QuoteItemKind::Renewal:
        return CheckoutSession::tr("Renewal");
    case proto::QuoteItemKind::AddDevices:
        return CheckoutSession::tr("More devices");
    case proto::QuoteItemKind::AddQuota:
        return CheckoutSession::tr("More scans");
    case proto::QuoteItemKind::RefreshCadence:
        return CheckoutSession::tr("Device refresh");
    }
    return {};
}

// Our own sentence for the failures we know (the server's is English only), else the server's.
QString failureText(const proto::PaymentFailure& failure)
{
    if (failure.code == QLatin1String("card_declined")) {
        return CheckoutSession::tr("The card was declined. Try another card, or ask your bank why.");
    }
    if (failure.code == QLatin1String("insufficient_funds")) {
        return CheckoutSession::tr("The card was declined for insufficient funds. Try another card.");
    }
    if (failure.code == QLatin1String("expired_card")) {
        return CheckoutSession::tr("The bank reports this card as expired. Try another card.");
    }
    if (failure.code == QLatin1String("approval_abandoned")) {
        return CheckoutSession::tr("The PayPal payment was not approved in time. Nothing was charged.");
    }
    if (failure.code == QLatin1String("cancelled_by_customer")) {
        return CheckoutSession::tr("The payment was cancelled. Nothing was charged.");
    }
    if (failure.code == QLatin1String("payment_overdue")) {
        return CheckoutSession::tr(
            "The payment did not arrive by the invoice's due date, so the order has expired.");
    }
    return !failure.message.isEmpty() ? failure.message
                                      : CheckoutSession::tr("The payment did not go through.");
}
} // namespace

CheckoutSession::CheckoutSession(ApiClient* api, const Clock* clock, const QString& licenseId,
                                 QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_licenseId(licenseId)
    , m_quoteTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_quoteTimer->setSingleShot(true);
    m_quoteTimer->setInterval(kDefaultQuoteDelay);
    connect(m_quoteTimer, &QTimer::timeout, this, &CheckoutSession::requestQuote);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &CheckoutSession::poll);
}

CheckoutSession::~CheckoutSession() = default;

void CheckoutSession::setQuoteDelay(std::chrono::milliseconds delay)
{
    m_quoteTimer->setInterval(delay);
}

bool CheckoutSession::quoteValid() const
{
    return m_quote && m_clock->now().addSecs(kQuoteMarginSeconds) < m_quote->expiresAt;
}

bool CheckoutSession::canPay() const
{
    return m_quote && !m_attemptActive && (m_state == State::Quoted || m_state == State::Failed);
}

void CheckoutSession::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

void CheckoutSession::setProblem(Problem problem)
{
    m_problem = std::move(problem);
    emit problemChanged();
}

void CheckoutSession::clearProblem()
{
    if (!m_problem.isEmpty()) {
        setProblem({});
    }
}

void CheckoutSession::setQuote(std::optional<proto::Quote> quote)
{
    if (!quote && !m_quote) {
        return;
    }
    m_quote = std::move(quote);
    emit quoteChanged();
}

// --- Quoting ---

bool CheckoutSession::setItems(const QList<proto::QuoteItem>& items)
{
    // An unsettled payment may have been charged: nothing else is bought until it is sent again.
    if (m_unsettled || m_attemptActive || m_state == State::AwaitingApproval
        || m_state == State::AwaitingOfflinePayment || m_state == State::Completed) {
        return false;
    }
    if (items == m_items && (m_state == State::Quoting || m_state == State::Quoted)) {
        return true;
    }
    m_items = items;
    ++m_quoteGeneration; // an answer still under way is for other items now
    setQuote(std::nullopt);
    clearProblem();
    if (items.isEmpty()) {
        m_quoteTimer->stop();
        setState(State::Idle);
        return true;
    }
    setState(State::Quoting);
    m_quoteTimer->start();
    return true;
}

void CheckoutSession::requote()
{
    if (m_items.isEmpty() || m_unsettled || m_attemptActive || m_state == State::AwaitingApproval
        || m_state == State::AwaitingOfflinePayment || m_state == State::Completed) {
        return;
    }
    ++m_quoteGeneration;
    setQuote(std::nullopt);
    clearProblem();
    setState(State::Quoting);
    m_quoteTimer->stop();
    requestQuote();
}

void CheckoutSession::requestQuote()
{
    const int generation = ++m_quoteGeneration;
    proto::QuoteRequest request;
    request.licenseId = m_licenseId;
    request.items = m_items;
    whenFinished<proto::Quote>(
        m_api->createQuote(request), this,
        [this, generation](const proto::Quote& quote) {
            if (generation != m_quoteGeneration) {
                return; // superseded
            }
            setQuote(quote);
            m_quoteOrdered = false;
            setState(State::Quoted);
        },
        [this, generation](const ApiError& error) {
            if (generation != m_quoteGeneration) {
                return;
            }
            setProblem(quoteProblem(error));
            setState(State::Failed);
        });
}

CheckoutSession::Problem CheckoutSession::quoteProblem(const ApiError& error) const
{
    Problem problem;
    problem.error = error;
    if (error.kind == ApiError::Kind::Http && error.status == 404) {
        problem.message = tr("This license key is not in your account any more. Refresh the list of keys.");
        return problem;
    }
    if (!error.fieldErrors.isEmpty()) {
        static const QRegularExpression itemPath(QStringLiteral("^items\\[(\\d+)\\]"));
        QStringList lines;
        for (const proto::FieldError& field : error.fieldErrors) {
            const auto match = itemPath.match(field.field);
            const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
            if (index >= 0 && index < m_items.size()) {
                const proto::QuoteItemKind kind = m_items.at(index).kind;
                problem.itemFields.insert(kind, field.message);
                lines << tr("%1: %2").arg(kindLabel(kind), field.message);
            } else {
                lines << field.message;
            }
        }
        problem.message = tr("These changes cannot be quoted: %1").arg(lines.join(QStringLiteral("; ")));
        return problem;
    }
    // not-applicable and the rest: the server's sentence says what the license cannot take.
    problem.message = error.userMessage();
    return problem;
}

// --- Paying ---

void CheckoutSession::loadPaymentConfig()
{
    if (m_config || m_configLoading) {
        return;
    }
    m_configLoading = true;
    whenFinished<proto::PaymentConfig>(
        m_api->fetchPaymentConfig(), this,
        [this](const proto::PaymentConfig& config) {
            m_configLoading = false;
            m_config = config;
            emit paymentConfigChanged();
            if (m_attemptActive && m_state == State::Paying) {
                advance();
            }
        },
        [this](const ApiError& error) {
            m_configLoading = false;
            emit paymentConfigFailed(error);
            if (m_attemptActive && m_state == State::Paying) {
                Problem problem;
                problem.error = error;
                problem.message = tr("The payment options could not be loaded: %1").arg(error.userMessage());
                finishAttempt(Outcome::Failed, problem);
            }
        });
}

void CheckoutSession::checkAwaitingOrder()
{
    whenFinished<proto::OrderList>(
        m_api->fetchOrders(), this,
        [this](const proto::OrderList& orders) {
            std::optional<proto::Order> awaiting;
            for (const proto::Order& order : orders.items) {
                if (order.licenseId == m_licenseId && !order.isFinal()
                    && (!m_order || order.id != m_order->id)) {
                    awaiting = order;
                    break;
                }
            }
            if (!(awaiting == m_awaitingOrder)) {
                m_awaitingOrder = awaiting;
                emit awaitingOrderChanged();
            }
        },
        [](const ApiError&) {
            // Only a warning is lost: the server refuses a second order anyway, and says why.
        });
}

CheckoutSession::Problem CheckoutSession::cardProblem(const proto::CardDetails& card, const QDate& today)
{
    CardForm form;
    form.setNumber(card.number);
    form.setExpiry(QStringLiteral("%1/%2")
                       .arg(card.expiryMonth, 2, 10, QLatin1Char('0'))
                       .arg(card.expiryYear % 100, 2, 10, QLatin1Char('0')));
    form.setCvc(card.cvc);
    form.setHolderName(card.holderName);
    Problem problem;
    const auto check = [&problem](CardForm::Field field, const CardForm::FieldState& state) {
        if (!state.valid) {
            problem.cardFields.insert(field, state.problem);
        }
    };
    check(CardForm::Field::Number, form.number(true));
    if (card.expiryYear < 2000 || card.expiryYear > 2099) {
        problem.cardFields.insert(CardForm::Field::Expiry, tr("Enter the expiry date as MM/YY."));
    } else {
        check(CardForm::Field::Expiry, form.expiry(today, true));
    }
    check(CardForm::Field::Cvc, form.cvc(true));
    check(CardForm::Field::Name, form.holderName(true));
    if (!problem.cardFields.isEmpty()) {
        problem.message = tr("Check the card details.");
    }
    return problem;
}

bool CheckoutSession::pay(proto::PaymentMethod method, const std::optional<proto::CardDetails>& card)
{
    if (m_unsettled) {
        return retry(); // never a second order while the first one's fate is unknown
    }
    if (!canPay()) {
        if (!m_quote && !m_attemptActive) {
            Problem problem;
            problem.message = tr("There is no price to pay yet.");
            setProblem(problem);
        }
        return false;
    }
    if (m_config && !m_config->methods.contains(method)) {
        Problem problem;
        problem.message = tr("This payment method is not available for your account.");
        setProblem(problem);
        return false;
    }
    if (method == proto::PaymentMethod::Card) {
        Problem problem = card ? cardProblem(*card, m_clock->now().toLocalTime().date()) : Problem {};
        if (!card) {
            problem.message = tr("Enter the card details.");
        }
        if (!problem.isEmpty()) {
            setProblem(problem);
            return false;
        }
    }
    m_attempt = {};
    m_attempt.id = ++m_nextAttemptId;
    m_attempt.method = method;
    if (method == proto::PaymentMethod::Card) {
        m_attempt.card = card;
    }
    m_attempt.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_attempt.quotedTotal = m_quote->total;
    m_attempt.quotedCurrency = m_quote->currency;
    m_attemptActive = true;
    m_order.reset();
    clearProblem();
    setState(State::Paying);
    advance();
    return true;
}

bool CheckoutSession::retry()
{
    if (!m_unsettled || m_attemptActive) {
        return false;
    }
    const SentOrder sent = *m_unsettled;
    m_attempt = {};
    m_attempt.id = ++m_nextAttemptId;
    m_attempt.method = sent.method;
    m_attempt.idempotencyKey = sent.idempotencyKey;
    m_attemptActive = true;
    clearProblem();
    setState(State::Paying);
    sendOrder(sent);
    return true;
}

void CheckoutSession::advance()
{
    if (!m_attemptActive || m_state != State::Paying) {
        return;
    }
    // A quote is ordered at most once: after a declined or cancelled order, the next attempt needs a new one.
    // A quote fetched for this attempt is paid as it is: the server, not our clock, says when it expired.
    if (m_attempt.forceRequote || m_quoteOrdered || (!quoteValid() && !m_attempt.requoted)) {
        requoteForPayment();
        return;
    }
    if (m_attempt.method == proto::PaymentMethod::Card && m_attempt.cardToken.isEmpty()) {
        if (!m_config) {
            loadPaymentConfig(); // comes back here
            return;
        }
        tokenize();
        return;
    }
    SentOrder sent;
    sent.request.quoteId = m_quote->id;
    sent.request.paymentMethod = m_attempt.method;
    sent.request.cardToken = m_attempt.cardToken;
    sent.idempotencyKey = m_attempt.idempotencyKey;
    sent.method = m_attempt.method;
    sendOrder(sent);
}

void CheckoutSession::requoteForPayment()
{
    if (m_attempt.requoted) {
        Problem problem;
        problem.message = tr("The price could not be confirmed. Try again.");
        finishAttempt(Outcome::Failed, problem);
        return;
    }
    m_attempt.requoted = true;
    m_attempt.forceRequote = false;
    const int attemptId = m_attempt.id;
    const int generation = ++m_quoteGeneration;
    proto::QuoteRequest request;
    request.licenseId = m_licenseId;
    request.items = m_items;
    whenFinished<proto::Quote>(
        m_api->createQuote(request), this,
        [this, attemptId, generation](const proto::Quote& quote) {
            if (!isCurrent(attemptId) || generation != m_quoteGeneration) {
                return;
            }
            setQuote(quote);
            m_quoteOrdered = false;
            if (quote.total != m_attempt.quotedTotal || quote.currency != m_attempt.quotedCurrency) {
                Problem problem;
                problem.message = tr("The price has changed since the quote you saw. Check the new total and "
                                     "pay again.");
                finishAttempt(Outcome::Failed, problem);
                return;
            }
            advance();
        },
        [this, attemptId, generation](const ApiError& error) {
            if (!isCurrent(attemptId) || generation != m_quoteGeneration) {
                return;
            }
            setQuote(std::nullopt);
            finishAttempt(Outcome::Failed, quoteProblem(error));
        });
}

void CheckoutSession::tokenize()
{
    const int attemptId = m_attempt.id;
    whenFinished<proto::CardToken>(
        m_api->tokenizeCard(*m_config, *m_attempt.card), this,
        [this, attemptId](const proto::CardToken& token) {
            if (!isCurrent(attemptId)) {
                return;
            }
            m_attempt.cardToken = token.id;
            advance();
        },
        [this, attemptId](const ApiError& error) {
            if (!isCurrent(attemptId)) {
                return;
            }
            // Nothing was ordered: a new attempt (and token) is safe.
            Problem problem;
            problem.error = error;
            for (const proto::FieldError& field : error.fieldErrors) {
                if (const auto which = CardForm::fieldOf(field.field)) {
                    problem.cardFields.insert(*which, field.message);
                }
            }
            problem.message = !problem.cardFields.isEmpty()
                ? tr("The card details were not accepted. Check the marked fields.")
                : tr("The card could not be checked with the payment provider: %1").arg(error.userMessage());
            finishAttempt(Outcome::Failed, problem);
        });
}

void CheckoutSession::sendOrder(const SentOrder& sent)
{
    const int attemptId = m_attempt.id;
    whenFinished<proto::Order>(
        m_api->createOrder(sent.request, sent.idempotencyKey), this,
        [this, attemptId](const proto::Order& order) {
            if (!isCurrent(attemptId)) {
                return;
            }
            m_unsettled.reset();
            handleOrder(order);
        },
        [this, attemptId, sent](const ApiError& error) {
            if (!isCurrent(attemptId)) {
                return;
            }
            onOrderFailed(sent, error);
        });
}

void CheckoutSession::onOrderFailed(const SentOrder& sent, const ApiError& error)
{
    Problem problem;
    problem.error = error;
    if (outcomeUnknown(error)) {
        m_unsettled = sent;
        problem.message = tr("The server did not confirm the payment (%1) Try again: the same payment is "
                             "sent once more and is never charged twice.")
                              .arg(error.userMessage());
        finishAttempt(Outcome::Failed, problem);
        return;
    }
    m_unsettled.reset();
    const bool canTokenizeAgain
        = m_attempt.method != proto::PaymentMethod::Card || m_attempt.card.has_value();
    if (isProblem(error, proto::problem::kQuoteExpired) && !m_attempt.requoted && canTokenizeAgain) {
        // No order was made: quote again, and pay the new quote under a new key (its body differs).
        m_attempt.forceRequote = true;
        m_attempt.cardToken.clear();
        m_attempt.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        advance();
        return;
    }
    bool requoteAfter = false;
    if (isProblem(error, proto::problem::kQuoteExpired)) {
        problem.message = tr("The quote has expired. A new quote follows: check it and pay again.");
        requoteAfter = true;
    } else if (isProblem(error, proto::problem::kLicenseChanged)) {
        problem.message = tr("The license key has changed since this quote (another order, perhaps). A new "
                             "quote follows: check it and pay again.");
        requoteAfter = true;
    } else if (isProblem(error, proto::problem::kOrderConflict)) {
        // The quote was ordered already, or the license has another order awaiting payment: the server's
        // sentence tells which. Either way the next attempt asks for a new quote.
        m_quoteOrdered = true;
        problem.message = tr("The order could not be placed: %1 See Orders.").arg(error.userMessage());
        checkAwaitingOrder();
    } else if (isProblem(error, proto::problem::kNotApplicable)) {
        problem.message = error.userMessage();
    } else {
        problem.message = tr("The order could not be placed: %1").arg(error.userMessage());
    }
    finishAttempt(Outcome::Failed, problem);
    if (requoteAfter) {
        const Problem kept = m_problem;
        requote();
        // The reason stays visible next to the new quote.
        setProblem(kept);
    }
}

void CheckoutSession::handleOrder(const proto::Order& order)
{
    m_order = order;
    m_quoteOrdered = true;
    emit orderChanged();
    switch (order.status) {
    case proto::OrderStatus::Fulfilled:
        m_pollTimer->stop();
        ++m_pollGeneration;
        setState(State::Completed);
        finishAttempt(Outcome::Fulfilled);
        emit completed();
        return;
    case proto::OrderStatus::Declined:
    case proto::OrderStatus::Cancelled:
    case proto::OrderStatus::Expired: {
        m_pollTimer->stop();
        ++m_pollGeneration;
        Problem problem;
        if (order.failure) {
            problem.failureCode = order.failure->code;
            problem.message = failureText(*order.failure);
            if (order.failure->code == QLatin1String("expired_card")) {
                problem.cardFields.insert(CardForm::Field::Expiry, problem.message);
            }
        } else {
            problem.message = order.status == proto::OrderStatus::Declined
                ? tr("The payment was declined.")
                : tr("The order's status is now: %1.").arg(CheckoutText::status(order.status));
        }
        if (m_attemptActive) {
            finishAttempt(order.status == proto::OrderStatus::Declined ? Outcome::Declined
                                                                       : Outcome::Cancelled,
                          problem);
        } else {
            // An offline order that ended while awaited: its attempt reported AwaitingOfflinePayment before.
            setProblem(problem);
            setState(State::Failed);
        }
        return;
    }
    case proto::OrderStatus::AwaitingPayment:
    case proto::OrderStatus::Paid:
        break;
    }
    if (order.paymentMethod == proto::PaymentMethod::PayPal && order.approvalUrl
        && order.status == proto::OrderStatus::AwaitingPayment) {
        const bool first = m_state != State::AwaitingApproval;
        setState(State::AwaitingApproval);
        if (first) {
            emit approvalUrlReady(*order.approvalUrl);
        }
    } else if ((order.paymentMethod == proto::PaymentMethod::WireTransfer
                || order.paymentMethod == proto::PaymentMethod::Check)
               && order.status == proto::OrderStatus::AwaitingPayment) {
        setState(State::AwaitingOfflinePayment);
        if (m_attemptActive) {
            finishAttempt(Outcome::AwaitingOfflinePayment);
        }
    }
    // Paid (being fulfilled), or a card the provider settles later: the order is polled until it is final.
    schedulePoll();
}

void CheckoutSession::finishAttempt(Outcome outcome, std::optional<Problem> problem)
{
    if (!m_attemptActive) {
        return;
    }
    m_attemptActive = false;
    m_attempt.card.reset(); // the card details live no longer than their attempt
    if (problem) {
        setProblem(*problem);
    }
    switch (outcome) {
    case Outcome::Fulfilled:
        setState(State::Completed);
        break;
    case Outcome::AwaitingOfflinePayment:
        setState(State::AwaitingOfflinePayment);
        break;
    case Outcome::Declined:
    case Outcome::Cancelled:
    case Outcome::Failed:
        setState(afterFailedAttempt());
        break;
    }
    emit attemptFinished(outcome);
}

// --- Orders awaiting payment ---

void CheckoutSession::schedulePoll()
{
    if (!m_order || m_order->isFinal()) {
        return;
    }
    m_pollTimer->start(m_state == State::AwaitingOfflinePayment ? m_offlinePollInterval : m_pollInterval);
}

void CheckoutSession::checkOrder()
{
    if (!m_order || m_order->isFinal()) {
        return;
    }
    m_pollTimer->stop();
    poll();
}

void CheckoutSession::poll()
{
    if (!m_order || m_order->isFinal() || m_pollInFlight) {
        return;
    }
    m_pollInFlight = true;
    const int generation = m_pollGeneration;
    whenFinished<proto::Order>(
        m_api->fetchOrder(m_order->id), this,
        [this, generation](const proto::Order& order) {
            m_pollInFlight = false;
            if (generation != m_pollGeneration) {
                return;
            }
            if (m_order && order == *m_order) {
                schedulePoll();
                return;
            }
            handleOrder(order);
        },
        [this, generation](const ApiError&) {
            m_pollInFlight = false;
            if (generation != m_pollGeneration) {
                return;
            }
            // A dropped connection while waiting is no reason to give up on the order: ask again later.
            schedulePoll();
        });
}

bool CheckoutSession::cancel()
{
    if (!m_order || m_order->isFinal()
        || (m_state != State::AwaitingApproval && m_state != State::AwaitingOfflinePayment)) {
        return false;
    }
    m_pollTimer->stop();
    const int generation = ++m_pollGeneration;
    whenFinished<proto::Order>(
        m_api->cancelOrder(m_order->id), this,
        [this, generation](const proto::Order& order) {
            if (generation != m_pollGeneration) {
                return;
            }
            handleOrder(order);
        },
        [this, generation](const ApiError& error) {
            if (generation != m_pollGeneration) {
                return;
            }
            // Too late to cancel (approved meanwhile), or no answer: the order itself says what happened.
            Problem problem;
            problem.error = error;
            problem.message = tr("The order could not be cancelled: %1").arg(error.userMessage());
            setProblem(problem);
            emit cancelFailed();
            poll();
        });
    return true;
}

} // namespace lp
