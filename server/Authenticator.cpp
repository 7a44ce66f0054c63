#include "Authenticator.h"

#include "Clock.h"
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

} // namespace lp::server
