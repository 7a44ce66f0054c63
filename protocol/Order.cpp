#include "Order.h"

#include "JsonReader.h"
#include "WireTime.h"

#include <QJsonArray>
#include <array>

namespace lp::proto {

namespace {
constexpr std::array<PaymentMethod, 4> kMethods {PaymentMethod::Card, PaymentMethod::PayPal,
                                                 PaymentMethod::WireTransfer, PaymentMethod::Check};
constexpr std::array<OrderStatus, 6> kStatuses {OrderStatus::AwaitingPayment, OrderStatus::Paid,
                                                OrderStatus::Fulfilled,       OrderStatus::Declined,
                                                OrderStatus::Cancelled,       OrderStatus::Expired};

QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QString toWire(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::PayPal:
        return QStringLiteral("paypal");
    case PaymentMethod::WireTransfer:
        return QStringLiteral("wire_transfer");
    case PaymentMethod::Check:
        return QStringLiteral("check");
    }
    return {};
}

std::optional<PaymentMethod> paymentMethodFromWire(const QString& text)
{
    for (auto method : kMethods) {
        if (toWire(method) == text) {
            return method;
        }
    }
    return std::nullopt;
}

QString toWire(OrderStatus status)
{
    switch (status) {
    case OrderStatus::AwaitingPayment:
        return QStringLiteral("awaiting_payment");
    case OrderStatus::Paid:
        return QStringLiteral("paid");
    case OrderStatus::Fulfilled:
        return QStringLiteral("fulfilled");
    case OrderStatus::Declined:
        return QStringLiteral("declined");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromWire(const QString& text)
{
    for (auto status : kStatuses) {
        if (toWire(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

QJsonObject OrderRequest::toJson() const
{
    QJsonObject json {{QStringLiteral("quote_id"), quoteId},
                      {QStringLiteral("payment_method"), toWire(paymentMethod)}};
    if (paymentMethod == PaymentMethod::Card) {
        json.insert(QStringLiteral("card_token"), cardToken);
    }
    return json;
}

std::optional<OrderRequest> OrderRequest::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                   const QString& path)
{
    JsonReader reader(json, errors, path);
    OrderRequest request;
    request.quoteId = reader.string("quote_id", JsonReader::Required, 64);
    if (reader.ok() && request.quoteId.isEmpty()) {
        reader.fail("quote_id", QStringLiteral("must not be empty"));
    }
    const QString method = reader.string("payment_method", JsonReader::Required, 32);
    if (!method.isEmpty()) {
        if (const auto parsed = paymentMethodFromWire(method)) {
            request.paymentMethod = *parsed;
        } else {
            reader.fail("payment_method", QStringLiteral("must be card, paypal, wire_transfer or check"));
        }
    }
    if (reader.ok()) {
        const bool card = request.paymentMethod == PaymentMethod::Card;
        request.cardToken
            = reader.string("card_token", card ? JsonReader::Required : JsonReader::Optional, 128);
        if (reader.ok() && card && request.cardToken.isEmpty()) {
            reader.fail("card_token", QStringLiteral("must not be empty"));
        } else if (reader.ok() && !card && !request.cardToken.isEmpty()) {
            reader.fail("card_token", QStringLiteral("is only for card payments"));
        }
    }
    return reader.ok() ? std::optional<OrderRequest>(request) : std::nullopt;
}

QJsonObject ProFormaInvoice::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("issued_at"), toWireTime(issuedAt)},
            {QStringLiteral("due_at"), toWireTime(dueAt)},
            {QStringLiteral("payment_reference"), paymentReference},
            {QStringLiteral("payee"), payee},
            {QStringLiteral("bank_name"), stringOrNull(bankName)},
            {QStringLiteral("iban"), stringOrNull(iban)},
            {QStringLiteral("bic"), stringOrNull(bic)},
            {QStringLiteral("mailing_address"), stringOrNull(mailingAddress)}};
}

std::optional<ProFormaInvoice> ProFormaInvoice::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                         const QString& path)
{
    JsonReader reader(json, errors, path);
    ProFormaInvoice invoice;
    invoice.number = reader.string("number", JsonReader::Required, 64);
    invoice.issuedAt = reader.time("issued_at").value_or(QDateTime());
    invoice.dueAt = reader.time("due_at").value_or(QDateTime());
    invoice.paymentReference = reader.string("payment_reference", JsonReader::Required, 64);
    invoice.payee = reader.string("payee", JsonReader::Required, 256);
    invoice.bankName = reader.string("bank_name", JsonReader::Optional, 256);
    invoice.iban = reader.string("iban", JsonReader::Optional, 64);
    invoice.bic = reader.string("bic", JsonReader::Optional, 16);
    invoice.mailingAddress = reader.string("mailing_address", JsonReader::Optional, 1024);
    if (reader.ok() && invoice.iban.isEmpty() && invoice.mailingAddress.isEmpty()) {
        reader.fail("iban", QStringLiteral("an invoice needs bank details or a mailing address"));
    }
    return reader.ok() ? std::optional<ProFormaInvoice>(invoice) : std::nullopt;
}

bool ProFormaInvoice::operator==(const ProFormaInvoice& other) const
{
    return number == other.number && issuedAt == other.issuedAt && dueAt == other.dueAt
        && paymentReference == other.paymentReference && payee == other.payee && bankName == other.bankName
        && iban == other.iban && bic == other.bic && mailingAddress == other.mailingAddress;
}

QJsonObject Receipt::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("paid_at"), toWireTime(paidAt)},
            {QStringLiteral("paid_with"), paidWith}};
}

std::optional<Receipt> Receipt::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    Receipt receipt;
    receipt.number = reader.string("number", JsonReader::Required, 64);
    receipt.paidAt = reader.time("paid_at").value_or(QDateTime());
    receipt.paidWith = reader.string("paid_with", JsonReader::Required, 256);
    return reader.ok() ? std::optional<Receipt>(receipt) : std::nullopt;
}

QJsonObject Order::toJson() const
{
    QJsonObject failureJson;
    if (failure) {
        failureJson
            = {{QStringLiteral("code"), failure->code}, {QStringLiteral("message"), failure->message}};
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("quote_id"), quoteId},
        {QStringLiteral("license_id"), licenseId},
        {QStringLiteral("product"), product},
        {QStringLiteral("handshake_code"), handshakeCode},
        {QStringLiteral("status"), toWire(status)},
        {QStringLiteral("payment_method"), toWire(paymentMethod)},
        {QStringLiteral("items"), linesToJson(items)},
        {QStringLiteral("total"), total},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("created_at"), toWireTime(createdAt)},
        {QStringLiteral("updated_at"), toWireTime(updatedAt)},
        {QStringLiteral("approval_url"),
         approvalUrl ? QJsonValue(approvalUrl->toString()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("invoice"), invoice ? QJsonValue(invoice->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("receipt"), receipt ? QJsonValue(receipt->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("failure"), failure ? QJsonValue(failureJson) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("result"), result ? QJsonValue(result->toJson()) : QJsonValue(QJsonValue::Null)}};
}

std::optional<Order> Order::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    Order order;
    order.id = reader.string("id", JsonReader::Required, 64);
    order.quoteId = reader.string("quote_id", JsonReader::Required, 64);
    order.licenseId = reader.string("license_id", JsonReader::Required, 64);
    order.product = reader.string("product", JsonReader::Required, 256);
    order.handshakeCode = reader.string("handshake_code", JsonReader::Required, 64);
    const QString status = reader.string("status", JsonReader::Required, 32);
    if (const auto parsed = orderStatusFromWire(status)) {
        order.status = *parsed;
    } else if (!status.isEmpty()) {
        reader.fail("status", QStringLiteral("is not an order status"));
    }
    const QString method = reader.string("payment_method", JsonReader::Required, 32);
    if (const auto parsed = paymentMethodFromWire(method)) {
        order.paymentMethod = *parsed;
    } else if (!method.isEmpty()) {
        reader.fail("payment_method", QStringLiteral("is not a payment method"));
    }
    readPricedLines(json, errors, path, &order.items, &order.total, &order.currency);
    order.createdAt = reader.time("created_at").value_or(QDateTime());
    order.updatedAt = reader.time("updated_at").value_or(QDateTime());
    const QString approval = reader.string("approval_url", JsonReader::Optional, 2048);
    if (!approval.isEmpty()) {
        const QUrl url(approval, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            reader.fail("approval_url", QStringLiteral("must be an http or https URL"));
        } else {
            order.approvalUrl = url;
        }
    }
    if (const auto invoice = reader.object("invoice", JsonReader::Optional)) {
        order.invoice = ProFormaInvoice::fromJson(*invoice, errors, reader.pathOf("invoice"));
    }
    if (const auto receipt = reader.object("receipt", JsonReader::Optional)) {
        order.receipt = Receipt::fromJson(*receipt, errors, reader.pathOf("receipt"));
    }
    if (const auto failure = reader.object("failure", JsonReader::Optional)) {
        JsonReader failureReader(*failure, errors, reader.pathOf("failure"));
        PaymentFailure parsed;
        parsed.code = failureReader.string("code", JsonReader::Required, 64);
        parsed.message = failureReader.string("message", JsonReader::Required, 1024);
        if (failureReader.ok()) {
            order.failure = parsed;
        }
    }
    if (const auto result = reader.object("result", JsonReader::Optional)) {
        order.result = LicenseTerms::fromJson(*result, errors, reader.pathOf("result"));
    }
    return reader.ok() ? std::optional<Order>(order) : std::nullopt;
}

bool Order::operator==(const Order& other) const
{
    return id == other.id && quoteId == other.quoteId && licenseId == other.licenseId
        && product == other.product && handshakeCode == other.handshakeCode && status == other.status
        && paymentMethod == other.paymentMethod && items == other.items && total == other.total
        && currency == other.currency && createdAt == other.createdAt && updatedAt == other.updatedAt
        && approvalUrl == other.approvalUrl && invoice == other.invoice && receipt == other.receipt
        && failure == other.failure && result == other.result;
}

QJsonObject OrderList::toJson() const
{
    QJsonArray array;
    for (const Order& order : items) {
        array.append(order.toJson());
    }
    return {{QStringLiteral("items"), array}};
}

std::optional<OrderList> OrderList::fromJson(const QJsonObject& json, FieldErrors* errors,
                                             const QString& path)
{
    JsonReader reader(json, errors, path);
    OrderList list;
    if (const auto items = reader.array("items")) {
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QString at = reader.pathOf("items") + QStringLiteral("[%1]").arg(i);
            if (!items->at(i).isObject()) {
                errors->append({at, QStringLiteral("must be an object")});
            } else if (const auto order = Order::fromJson(items->at(i).toObject(), errors, at)) {
                list.items.append(*order);
            }
        }
    }
    return reader.ok() ? std::optional<OrderList>(list) : std::nullopt;
}

} // namespace lp::proto
