#pragma once

#include <QString>
#include <optional>

namespace lp::server {

// A licenses row as stored (times in unix seconds), plus the count of devices holding a seat.
struct LicenseRecord
{
    QString id;
    QString accountId;
    QString product;
    QString handshakeCode;
    // In clear only on the way in (insertLicense seals it); rows read back carry just the hint.
    QString licenseKey;
    QString licenseKeyHint; // the masked key, stored apart so that lists never decrypt anything
    QString type;
    bool suspended = false;
    qint64 termStart = 0;
    qint64 termEnd = 0;
    std::optional<qint64> deviceAllowance;
    std::optional<int> deviceRefreshMonths;
    std::optional<qint64> lastDeviceRefresh;
    std::optional<qint64> scanQuota;
    QString quotaPeriod;
    qint64 createdAt = 0;
    qint64 devicesInUse = 0;

    // The other type is per scan: a quota per period instead of a device allowance.
    bool isPerDevice() const { return type == QLatin1String("per_device"); }
};

} // namespace lp::server
