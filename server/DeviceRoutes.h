#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

namespace lp::server {

class Clock;
class HttpServer;
class Storage;

// The device side of the API: registration within the license's device allowance, and heartbeats that
// renew a device's 7-day offline lease. A device proves itself with the handshake code and its hash.
class DeviceRoutes
{
public:
    DeviceRoutes(Storage& storage, const Clock& clock);

    void registerOn(HttpServer& server);

    ApiResponse registerDevice(const ApiRequest& request);
    ApiResponse heartbeat(const ApiRequest& request);

private:
    Storage& m_storage;
    const Clock& m_clock;
};

} // namespace lp::server
