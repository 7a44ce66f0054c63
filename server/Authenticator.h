#pragma once

#include "ApiRequest.h"
#include "UserRecord.h"

#include <optional>

namespace lp::server {

class Clock;
class Storage;

// Resolves "Authorization: Bearer <access token>" to the signed-in user.
class Authenticator
{
public:
    Authenticator(Storage& storage, const Clock& clock);

    // nullopt for a missing, malformed, unknown, expired or revoked token; routes answer 401 alike.
    std::optional<UserRecord> authenticate(const ApiRequest& request);

private:
    Storage& m_storage;
    const Clock& m_clock;
};

} // namespace lp::server
