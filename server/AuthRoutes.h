#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

namespace lp::server {

class Authenticator;
class Clock;
class HttpServer;
class LoginRateLimiter;
class PasswordHasher;
class Storage;

// Sign-in, token refresh with rotation and reuse detection, sign-out, and "who am I".
class AuthRoutes
{
public:
    AuthRoutes(Storage& storage, const Clock& clock, const PasswordHasher& hasher, LoginRateLimiter& limiter,
               Authenticator& authenticator);

    void registerOn(HttpServer& server);

    ApiResponse login(const ApiRequest& request);
    ApiResponse refresh(const ApiRequest& request);
    ApiResponse logout(const ApiRequest& request);
    ApiResponse me(const ApiRequest& request);

private:
    // A fresh access and refresh token for the session, stored hashed.
    ApiResponse issueTokens(const QString& sessionId, qint64 now);

    Storage& m_storage;
    const Clock& m_clock;
    const PasswordHasher& m_hasher;
    LoginRateLimiter& m_limiter;
    Authenticator& m_authenticator;
};

} // namespace lp::server
