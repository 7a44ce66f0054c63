#include "Authenticator.h"

#include "Clock.h"
#include "ProblemResponse.h"
#include "Storage.h"
#include "TokenService.h"

namespace lp::server {

Authenticator::Authenticator(Storage& storage, const Clock& clock)
    : m_storage(storage)
    , m_clock(clock)
{ }

std::optional<UserRecord> Authenticator::authenticate(const ApiRequest& request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    static const QByteArray scheme = "bearer ";
    if (authorization.size() <= scheme.size() || authorization.left(scheme.size()).toLower() != scheme) {
        return std::nullopt;
    }
    const QByteArray token = authorization.mid(scheme.size()).trimmed();
    if (token.isEmpty() || token.size() > 512) {
        return std::nullopt;
    }
    return m_storage.userByAccessToken(TokenService::hashOf(QString::fromLatin1(token)),
                                       m_clock.nowSeconds());
}

std::optional<LicenseRecord> Authenticator::callersLicense(const ApiRequest& request, ApiResponse* refusal)
{
    const auto user = authenticate(request);
    if (!user) {
        *refusal = ProblemResponse::unauthorized();
        return std::nullopt;
    }
    auto license
        = m_storage.licenseOfAccount(user->accountId, request.pathParameters.value(QStringLiteral("id")));
    if (!license) {
        *refusal = ProblemResponse::licenseNotFound();
    }
    return license;
}

} // namespace lp::server
