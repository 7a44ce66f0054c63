#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "HttpServer.h"
#include "LicenseRecord.h"

#include <DeviceHeartbeat.h>
#include <DeviceLease.h>
#include <QHash>
#include <QObject>
#include <vector>

namespace lp::server {

class Clock;
class Storage;

// The device side of the API: registration within the license's device allowance, and heartbeats that
// renew a device's 7-day offline lease and report scans. A device proves itself with the handshake code and
// its hash; the answer also tells it the quota left (per-scan keys) and the pre-scan settings to apply.
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
    // One heartbeat inside the batch's transaction: the renewed lease, or nullopt and the refusal.
    std::optional<lp::proto::DeviceLease> checkIn(const lp::proto::DeviceHeartbeat& body,
                                                  const std::optional<LicenseRecord>& license, qint64 now,
                                                  ApiResponse* refusal);
    // What every answer to a device of the license carries beside its lease: quota left and scan settings.
    struct LicenseTerms
    {
        std::optional<lp::proto::QuotaStatus> quota;
        lp::proto::ScanSettings scanSettings;
    };
    LicenseTerms termsOf(const LicenseRecord& license, qint64 now);

    Storage& m_storage;
    const Clock& m_clock;
    std::vector<PendingHeartbeat> m_pendingHeartbeats;
    QObject m_batchContext; // the batch timer dies with the routes
};

} // namespace lp::server
