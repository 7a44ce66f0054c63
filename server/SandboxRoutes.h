#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

namespace lp::server {

class HttpServer;
class SandboxProvider;

// The HTTP side of the sandbox payment provider, under /sandbox/ and apart from the portal's /v1/ routes
// (the portal's routes never see a card number):
//
// - POST /sandbox/v1/tokens, with `Authorization: Bearer <publishable key>` and lp::proto::CardDetails:
//   201 with a single-use lp::proto::CardToken, or 400 naming the invalid fields (Luhn, length, expiry, CVC).
// - GET /sandbox/paypal/approve/{token}: the approval page a browser shows (merchant, amount, what is
//   bought), with an "Approve payment" and a "Cancel" form, which POST to …/{token}/approve and
//   …/{token}/cancel and answer a page saying what happened.
class SandboxRoutes
{
public:
    explicit SandboxRoutes(SandboxProvider& provider);

    void registerOn(HttpServer& server);

    ApiResponse createToken(const ApiRequest& request);
    ApiResponse approvalPage(const ApiRequest& request);
    ApiResponse approve(const ApiRequest& request);
    ApiResponse cancel(const ApiRequest& request);

private:
    ApiResponse decide(const ApiRequest& request, bool approve);

    SandboxProvider& m_provider;
};

} // namespace lp::server
