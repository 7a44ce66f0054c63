#include "DeviceSeats.h"

#include "ProblemResponse.h"

#include <Problem.h>

namespace lp::server {

std::optional<DeviceSeats::Result> DeviceSeats::take(Storage& storage, const LicenseRecord& license,
                                                     Storage::Device device, ApiResponse* refusal,
                                                     CheckIn checkIn)
{
    storage.lockLicense(license.id);
    const auto known = storage.deviceOf(license.id, device.deviceHash);
    const bool takesSeat = !known || known->releasedAt;
    if (takesSeat && license.isPerDevice()) {
        const qint64 allowance = license.deviceAllowance.value_or(0);
        // Read after the lock: the license row read before it may be stale on PostgreSQL.
        const qint64 inUse = storage.devicesInUse(license.id);
        if (inUse >= allowance) {
            *refusal = ProblemResponse::make(
                409, lp::proto::problem::kDeviceAllowanceExceeded,
                QStringLiteral("The license %1 allows %2 devices and %3 are registered: no seat is free. "
                               "Seats of inactive devices free up at the next device refresh, or buy more "
                               "devices.")
                    .arg(license.handshakeCode)
                    .arg(allowance)
                    .arg(inUse));
            return std::nullopt;
        }
    }
    device.licenseId = license.id;
    if (known && !takesSeat && checkIn == CheckIn::No) {
        return Result {*known, true};
    }
    if (known) {
        device.id = known->id;
        device.firstSeen = known->firstSeen;
        storage.registerDeviceAgain(device, takesSeat);
    } else {
        storage.insertDevice(device);
    }
    return Result {device, known.has_value()};
}

} // namespace lp::server
