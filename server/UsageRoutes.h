#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

namespace lp::server {

class Authenticator;
class Clock;
class HttpServer;
class Storage;

// The portal's view of a license's scans: usage per day, week or month (with the seat count over time for
// per-device keys), the current quota period of per-scan keys, and the pre-scan settings.
class UsageRoutes
{
public:
    UsageRoutes(Storage& storage, const Clock& clock, Authenticator& authenticator);

    void registerOn(HttpServer& server);

    ApiResponse usage(const ApiRequest& request);
    ApiResponse quota(const ApiRequest& request);
    ApiResponse scanSettings(const ApiRequest& request);
    ApiResponse saveScanSettings(const ApiRequest& request);

private:
    Storage& m_storage;
    const Clock& m_clock;
    Authenticator& m_authenticator;
};

} // namespace lp::server
