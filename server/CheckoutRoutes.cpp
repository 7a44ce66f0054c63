#include "CheckoutRoutes.h"

#include "Authenticator.h"
#include "HttpServer.h"
#include "LogCategories.h"
#include "OrderService.h"
#include "PaymentProvider.h"
#include "ProblemResponse.h"
#include "RequestBody.h"

#include <ApiPaths.h>
#include <Order.h>
#include <Problem.h>
#include <Quote.h>

namespace lp::server {

namespace pp = lp::proto::problem;

CheckoutRoutes::CheckoutRoutes(OrderService& orders, PaymentProvider& provider, Authenticator& authenticator)
    : m_orders(orders)
    , m_provider(provider)
    , m_authenticator(authenticator)
{ }

void CheckoutRoutes::registerOn(HttpServer& server)
{
    using M = HttpServer::Method;
    const QString orders = QLatin1String(lp::api::kOrders);
    server.addRoute(M::Post, QLatin1String(lp::api::kQuotes),
                    [this](const ApiRequest& r) { return createQuote(r); });
    server.addRoute(M::Post, orders, [this](const ApiRequest& r) { return createOrder(r); });
    server.addRoute(M::Get, orders, [this](const ApiRequest& r) { return listOrders(r); });
    server.addRoute(M::Get, orders + QStringLiteral("/{id}"),
                    [this](const ApiRequest& r) { return getOrder(r); });
    server.addRoute(M::Post, orders + QStringLiteral("/{id}") + QLatin1String(lp::api::kCancelSuffix),
                    [this](const ApiRequest& r) { return cancelOrder(r); });
    server.addRoute(M::Get, QLatin1String(lp::api::kPaymentConfig),
                    [this](const ApiRequest& r) { return paymentConfig(r); });
}

ApiResponse CheckoutRoutes::createQuote(const ApiRequest& request)
{
    const auto user = m_authenticator.authenticate(request);
    if (!user) {
        return ProblemResponse::unauthorized();
    }
    ApiResponse failure;
    const auto body = readBody<lp::proto::QuoteRequest>(request, &failure);
    if (!body) {
        return failure;
    }
    CheckoutRefusal refusal;
    const auto quote = m_orders.createQuote(user->accountId, *body, &refusal);
    if (!quote) {
        return refusal.toResponse();
    }
    return ApiResponse::json(quote->toWire().toJson(), 201);
}

ApiResponse CheckoutRoutes::createOrder(const ApiRequest& request)
{
    const auto user = m_authenticator.authenticate(request);
    if (!user) {
        return ProblemResponse::unauthorized();
    }
    const QByteArray key = request.header(lp::api::kIdempotencyKeyHeader).trimmed();
    if (!OrderService::isValidIdempotencyKey(key)) {
        const QString field = QLatin1String(lp::api::kIdempotencyKeyHeader);
        const QString why = key.isEmpty()
            ? QStringLiteral("is required: choose a new random key (a UUID) per payment attempt")
            : QStringLiteral("must be 8 to 128 letters, digits and _ . : - (a UUID fits)");
        return ProblemResponse::validation({{field, why}});
    }
    ApiResponse failure;
    const auto body = readBody<lp::proto::OrderRequest>(request, &failure);
    if (!body) {
        return failure;
    }
    CheckoutRefusal refusal;
    const auto placed = m_orders.placeOrder(user->accountId, QString::fromLatin1(key), *body, &refusal);
    if (!placed) {
        return refusal.toResponse();
    }
    return ApiResponse::json(m_orders.toWire(placed->order, HttpServer::baseUrlOf(request)).toJson(),
                             placed->created ? 201 : 200);
}

ApiResponse CheckoutRoutes::listOrders(const ApiRequest& request)
{
    const auto user = m_authenticator.authenticate(request);
    if (!user) {
        return ProblemResponse::unauthorized();
    }
    const QUrl base = HttpServer::baseUrlOf(request);
    lp::proto::OrderList list;
    for (const OrderRecord& order : m_orders.orders(user->accountId)) {
        list.items.append(m_orders.toWire(order, base));
    }
    return ApiResponse::json(list.toJson());
}

ApiResponse CheckoutRoutes::getOrder(const ApiRequest& request)
{
    const auto user = m_authenticator.authenticate(request);
    if (!user) {
        return ProblemResponse::unauthorized();
    }
    CheckoutRefusal refusal;
    const auto order
        = m_orders.order(user->accountId, request.pathParameters.value(QStringLiteral("id")), &refusal);
    if (!order) {
        return refusal.toResponse();
    }
    return ApiResponse::json(m_orders.toWire(*order, HttpServer::baseUrlOf(request)).toJson());
}

ApiResponse CheckoutRoutes::cancelOrder(const ApiRequest& request)
{
    const auto user = m_authenticator.authenticate(request);
    if (!user) {
        return ProblemResponse::unauthorized();
    }
    CheckoutRefusal refusal;
    const auto order
        = m_orders.cancel(user->accountId, request.pathParameters.value(QStringLiteral("id")), &refusal);
    if (!order) {
        return refusal.toResponse();
    }
    return ApiResponse::json(m_orders.toWire(*order, HttpServer::baseUrlOf(request)).toJson());
}

ApiResponse CheckoutRoutes::paymentConfig(const ApiRequest& request)
{
    const auto user = m_authenticator.authenticate(request);
    if (!user) {
        return ProblemResponse::unauthorized();
    }
    lp::proto::PaymentConfig config = m_provider.clientConfig(HttpServer::baseUrlOf(request));
    if (!m_orders.onlinePayments()) {
        config.methods.removeAll(lp::proto::PaymentMethod::Card);
        config.methods.removeAll(lp::proto::PaymentMethod::PayPal);
    }
    return ApiResponse::json(config.toJson());
}

} // namespace lp::server
