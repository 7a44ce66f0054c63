#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <optional>

namespace lp::proto {

// The body of POST /v1/devices/heartbeat: a registered device checking in, which renews its lease.
struct DeviceHeartbeat
{
    QString handshakeCode;
    QString deviceHash;

    QJsonObject toJson() const;
    static std::optional<DeviceHeartbeat> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
