#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "LicenseRecord.h"

#include <optional>

namespace lp::server {

class Authenticator;
class Clock;
class HttpServer;
class Storage;

// The portal's view of a license's devices: the paged, searched, sorted and filtered list, and what the
// next device refresh will release.
class DeviceListRoutes
{
public:
    DeviceListRoutes(Storage& storage, const Clock& clock, Authenticator& authenticator);

    void registerOn(HttpServer& server);

    ApiResponse list(const ApiRequest& request);
    ApiResponse refreshPreview(const ApiRequest& request);

private:
    Storage& m_storage;
    const Clock& m_clock;
    Authenticator& m_authenticator;
};

} // namespace lp::server
