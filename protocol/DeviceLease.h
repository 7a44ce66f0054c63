#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace lp::proto {

// The answer to a registration or heartbeat: until when the device may run offline (7 days after
// this check-in), and how full the license is.
struct DeviceLease
{
    QString deviceHash;
    QDateTime leaseExpiresAt;
    std::optional<qint64> deviceAllowance; // null for per-scan licenses
    qint64 devicesInUse = 0;

    QJsonObject toJson() const;
    static std::optional<DeviceLease> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
