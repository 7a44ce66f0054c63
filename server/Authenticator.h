#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "LicenseRecord.h"
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
    // The license named by the path's {id} if it belongs to the caller's account; else nullopt and the
    // answer: 401, or 404 exactly as for a license that does not exist.
    std::optional<LicenseRecord> callersLicense(const ApiRequest& request, ApiResponse* refusal);

private:
    Storage& m_storage;
    const Clock& m_clock;
};

} // namespace lp::server
