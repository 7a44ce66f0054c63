#include "AuthRoutes.h"

#include "Authenticator.h"
#include "Clock.h"
#include "HttpServer.h"
#include "LogCategories.h"
#include "LoginRateLimiter.h"
#include "PasswordHasher.h"
#include "ProblemResponse.h"
#include "RequestBody.h"
#include "SecureRandom.h"
#include "Storage.h"
#include "TokenService.h"
#include "Transaction.h"

#include <ApiPaths.h>
#include <JsonReader.h>
#include <LoginRequest.h>
#include <MeResponse.h>
#include <Problem.h>
#include <RefreshRequest.h>
#include <TokenPair.h>

namespace lp::server {

namespace pp = lp::proto::problem;

namespace {
ApiResponse invalidRefreshToken()
{
    return ProblemResponse::make(401, pp::kInvalidRefreshToken,
                                 QStringLiteral("Your session has ended. Please sign in again."));
}
} // namespace

AuthRoutes::AuthRoutes(Storage& storage, const Clock& clock, const PasswordHasher& hasher,
                       LoginRateLimiter& limiter, Authenticator& authenticator)
    : m_storage(storage)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_limiter(limiter)
    , m_authenticator(authenticator)
{ }

void AuthRoutes::registerOn(HttpServer& server)
{
    using M = HttpServer::Method;
    server.addRoute(M::Post, QLatin1String(lp::api::kLogin),
                    [this](const ApiRequest& r) { return login(r); });
    server.addRoute(M::Post, QLatin1String(lp::api::kRefresh),
                    [this](const ApiRequest& r) { return refresh(r); });
    server.addRoute(M::Post, QLatin1String(lp::api::kLogout),
                    [this](const ApiRequest& r) { return logout(r); });
    server.addRoute(M::Get, QLatin1String(lp::api::kMe), [this](const ApiRequest& r) { return me(r); });
}

ApiResponse AuthRoutes::issueTokens(const QString& sessionId, qint64 now)
{
    lp::proto::TokenPair tokens;
    tokens.accessToken = TokenService::newToken();
    tokens.refreshToken = TokenService::newToken();
    tokens.expiresIn = TokenService::kAccessTokenSeconds;
    m_storage.insertAccessToken(TokenService::hashOf(tokens.accessToken), sessionId,
                                now + TokenService::kAccessTokenSeconds);
    m_storage.insertRefreshToken(TokenService::hashOf(tokens.refreshToken), sessionId,
                                 now + TokenService::kRefreshTokenSeconds);
    return ApiResponse::json(tokens.toJson());
}

ApiResponse AuthRoutes::login(const ApiRequest& request)
{
    ApiResponse failure;
    const auto body = readBody<lp::proto::LoginRequest>(request, &failure);
    if (!body) {
        return failure;
    }
    const QString address = request.remoteAddress.toString();
    // Checked before the password, so a locked-out guesser learns nothing, not even from a right guess.
    if (const auto wait = m_limiter.retryAfter(body->email, address)) {
        const qint64 minutes = std::max<qint64>(1, (*wait + 59) / 60);
        qCInfo(lcAudit).noquote() << "request" << request.requestId << "sign-in rate limited for" << *wait
                                  << "s";
        return ProblemResponse::make(
                   429, pp::kRateLimited,
                   minutes == 1
                       ? QStringLiteral("Too many sign-in attempts. Try again in 1 minute.")
                       : QStringLiteral("Too many sign-in attempts. Try again in %1 minutes.").arg(minutes))
            .withHeader(lp::api::kRetryAfterHeader, QByteArray::number(*wait));
    }
    const auto user = m_storage.userByEmail(body->email);
    const bool ok
        = m_hasher.verify(body->password, user ? std::optional<QString>(user->passwordHash) : std::nullopt);
    if (!ok) {
        m_limiter.recordFailure(body->email, address);
        return ProblemResponse::make(401, pp::kInvalidCredentials,
                                     QStringLiteral("The email address or password is incorrect."));
    }
    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(m_storage.database());
    m_limiter.recordSuccess(body->email);
    const QString sessionId = SecureRandom::id("ses_");
    m_storage.insertSession(sessionId, user->id, now);
    ApiResponse response = issueTokens(sessionId, now);
    transaction.commit();
    return response;
}

ApiResponse AuthRoutes::refresh(const ApiRequest& request)
{
    ApiResponse failure;
    const auto body = readBody<lp::proto::RefreshRequest>(request, &failure);
    if (!body) {
        return failure;
    }
    const QString hash = TokenService::hashOf(body->refreshToken);
    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(m_storage.database());
    const auto token = m_storage.refreshToken(hash);
    if (!token) {
        return invalidRefreshToken();
    }
    if (token->sessionRevoked || token->expiresAt <= now) {
        return invalidRefreshToken();
    }
    // A used token presented again means two parties hold it: the session is no longer trustworthy.
    if (token->usedAt || !m_storage.markRefreshTokenUsed(hash, now)) {
        m_storage.revokeSession(token->sessionId, now);
        transaction.commit();
        qCWarning(lcAudit).noquote() << "request" << request.requestId << "refresh token reused; session"
                                     << token->sessionId << "revoked";
        return invalidRefreshToken();
    }
    ApiResponse response = issueTokens(token->sessionId, now);
    transaction.commit();
    return response;
}

ApiResponse AuthRoutes::logout(const ApiRequest& request)
{
    ApiResponse failure;
    const auto body = readBody<lp::proto::RefreshRequest>(request, &failure);
    if (!body) {
        return failure;
    }
    // Unknown or already revoked tokens get the same 204: sign-out is idempotent and reveals nothing.
    if (const auto token = m_storage.refreshToken(TokenService::hashOf(body->refreshToken))) {
        m_storage.revokeSession(token->sessionId, m_clock.nowSeconds());
    }
    return ApiResponse::noContent();
}

ApiResponse AuthRoutes::me(const ApiRequest& request)
{
    const auto user = m_authenticator.authenticate(request);
    if (!user) {
        return ProblemResponse::unauthorized();
    }
    lp::proto::MeResponse me;
    me.user.id = user->id;
    me.user.email = user->email;
    me.user.name = user->name;
    me.account.id = user->accountId;
    me.account.name = user->accountName;
    return ApiResponse::json(me.toJson());
}

} // namespace lp::server
