#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

namespace lp::server {

class Authenticator;
class HttpServer;
class OrderService;
class PaymentProvider;

// The checkout's portal routes, thin over OrderService: POST /v1/quotes, POST and GET /v1/orders,
// GET /v1/orders/{id}, POST /v1/orders/{id}/cancel and GET /v1/payment-config. All need a signed-in user;
// another account's quote, license or order answers 404 like a missing one.
class CheckoutRoutes
{
public:
    CheckoutRoutes(OrderService& orders, PaymentProvider& provider, Authenticator& authenticator);

    void registerOn(HttpServer& server);

    ApiResponse createQuote(const ApiRequest& request);
    ApiResponse createOrder(const ApiRequest& request);
    ApiResponse listOrders(const ApiRequest& request);
    ApiResponse getOrder(const ApiRequest& request);
    ApiResponse cancelOrder(const ApiRequest& request);
    ApiResponse paymentConfig(const ApiRequest& request);

private:
    OrderService& m_orders;
    PaymentProvider& m_provider;
    Authenticator& m_authenticator;
};

} // namespace lp::server
