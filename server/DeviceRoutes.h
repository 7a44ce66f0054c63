#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "HttpServer.h"
#include "LicenseRecord.h"

#include <DeviceHeartbeat.h>
#include <QObject>
#include <vector>

namespace lp::server {

class Clock;
class Storage;

// The device side of the API: registration within the license's device allowance, and heartbeats that
// renew a device's 7-day offline lease. A device proves itself with the handshake code and its hash.
// Heartbeats are the bulk of the traffic: those that arrive together share one transaction (group commit),
// and each is answered only after that commit, so every acknowledged heartbeat is on disk.
class DeviceRoutes
{
public:
    DeviceRoutes(Storage& storage, const Clock& clock);

    void registerOn(HttpServer& server);

    ApiResponse registerDevice(const ApiRequest& request);
    void heartbeat(const ApiRequest& request, HttpServer::Respond respond);

private:
    struct PendingHeartbeat
    {
        lp::proto::DeviceHeartbeat body;
        HttpServer::Respond respond;
    };
    void flushHeartbeats();
    // One heartbeat inside the batch's transaction: the answer, a refusal included.
    ApiResponse checkIn(const lp::proto::DeviceHeartbeat& body, const std::optional<LicenseRecord>& license,
                        qint64 now);

    Storage& m_storage;
    const Clock& m_clock;
    std::vector<PendingHeartbeat> m_pendingHeartbeats;
    QObject m_batchContext; // the batch timer dies with the routes
};

} // namespace lp::server
