#include "DeviceHeartbeat.h"

#include "DeviceRegistration.h"
#include "JsonReader.h"

namespace lp::proto {

QJsonObject DeviceHeartbeat::toJson() const
{
    return {{QStringLiteral("handshake_code"), handshakeCode}, {QStringLiteral("device_hash"), deviceHash}};
}

std::optional<DeviceHeartbeat> DeviceHeartbeat::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader reader(json, errors);
    DeviceHeartbeat heartbeat;
    heartbeat.handshakeCode = reader.string("handshake_code", JsonReader::Required, 64);
    heartbeat.deviceHash = readDeviceHash(reader, json, "device_hash");
    if (reader.ok() && heartbeat.handshakeCode.isEmpty()) {
        reader.fail("handshake_code", QStringLiteral("must not be empty"));
    }
    return reader.ok() ? std::optional<DeviceHeartbeat>(heartbeat) : std::nullopt;
}

} // namespace lp::proto
