#pragma once

#include "FieldError.h"
#include "QuotaStatus.h"
#include "ScanSettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace lp::proto {

// The answer to a registration or heartbeat: until when the device may run offline (7 days after
// this check-in), how full the license is, how much scan quota is left (per-scan licenses) and the
// pre-scan settings the device applies from now on.
struct DeviceLease
{
    QString deviceHash;
    QDateTime leaseExpiresAt;
    std::optional<qint64> deviceAllowance; // null for per-scan licenses
    qint64 devicesInUse = 0;
    std::optional<QuotaStatus> quota; // null for per-device licenses
    ScanSettings scanSettings = ScanSettings::defaults();

    QJsonObject toJson() const;
    static std::optional<DeviceLease> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
