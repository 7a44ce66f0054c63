#pragma once

#include "ApiResponse.h"
#include "LicenseRecord.h"
#include "Storage.h"

#include <optional>

namespace lp::server {

// Taking a device's seat on a license, the one way for an online registration and an offline license:
// under the license's row lock, a device not yet holding a seat gets one only while the allowance has room.
// Call inside a transaction.
class DeviceSeats
{
public:
    struct Result
    {
        Storage::Device device; // as stored now
        bool known = false; // the license had this device before (released or not)
    };
    // Registers `device` (its id and first-seen are taken from the stored row for a known hash), or sets
    // *refusal to the 409 that says no seat is free. A check-in (`CheckIn::Yes`, a registration) refreshes
    // a known device's details and last check-in; an offline license leaves a seated device as it is.
    enum class CheckIn { Yes, No };
    static std::optional<Result> take(Storage& storage, const LicenseRecord& license, Storage::Device device,
                                      ApiResponse* refusal, CheckIn checkIn = CheckIn::Yes);
};

} // namespace lp::server
