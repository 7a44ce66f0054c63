#include "Device.h"

#include "DeviceRegistration.h"
#include "JsonReader.h"
#include "WireTime.h"

#include <QJsonArray>

namespace lp::proto {

namespace {
constexpr DeviceStatus kAllStatuses[]
    = {DeviceStatus::Active, DeviceStatus::Offline, DeviceStatus::LeaseExpired, DeviceStatus::Released};
} // namespace

QString toWire(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::Active:
        return QStringLiteral("active");
    case DeviceStatus::Offline:
        return QStringLiteral("offline");
    case DeviceStatus::LeaseExpired:
        return QStringLiteral("lease_expired");
    case DeviceStatus::Released:
        return QStringLiteral("released");
    }
    return {};
}

std::optional<DeviceStatus> deviceStatusFromWire(const QString& text)
{
    for (auto status : kAllStatuses) {
        if (toWire(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

QJsonObject Device::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("device_hash"), deviceHash},
        {QStringLiteral("name"), name},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("sdk_version"), sdkVersion},
        {QStringLiteral("first_registered_at"), toWireTime(firstRegisteredAt)},
        {QStringLiteral("last_seen_at"), toWireTime(lastSeenAt)},
        {QStringLiteral("lease_expires_at"), toWireTime(leaseExpiresAt)},
        {QStringLiteral("released_at"),
         releasedAt ? QJsonValue(toWireTime(*releasedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), toWire(status)},
    };
}

std::optional<Device> Device::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    Device device;
    device.id = reader.string("id", JsonReader::Required, 64);
    device.deviceHash = readDeviceHash(reader, json, "device_hash");
    readDeviceDescription(reader, &device.name, &device.platform, &device.sdkVersion);
    device.firstRegisteredAt = reader.time("first_registered_at").value_or(QDateTime());
    device.lastSeenAt = reader.time("last_seen_at").value_or(QDateTime());
    device.leaseExpiresAt = reader.time("lease_expires_at").value_or(QDateTime());
    device.releasedAt = reader.time("released_at", JsonReader::Optional);
    const QString status = reader.string("status", JsonReader::Required, 32);
    if (const auto parsed = deviceStatusFromWire(status)) {
        device.status = *parsed;
    } else if (json.value(QLatin1String("status")).isString()) {
        reader.fail("status", QStringLiteral("must be active, offline, lease_expired or released"));
    }
    return reader.ok() ? std::optional<Device>(device) : std::nullopt;
}

bool Device::operator==(const Device& other) const
{
    return id == other.id && deviceHash == other.deviceHash && name == other.name
        && platform == other.platform && sdkVersion == other.sdkVersion
        && firstRegisteredAt == other.firstRegisteredAt && lastSeenAt == other.lastSeenAt
        && leaseExpiresAt == other.leaseExpiresAt && releasedAt == other.releasedAt && status == other.status;
}

QJsonArray writeDevices(const QList<Device>& devices)
{
    QJsonArray array;
    for (const Device& device : devices) {
        array.append(device.toJson());
    }
    return array;
}

QList<Device> readDevices(JsonReader& reader, const char* key, FieldErrors* errors)
{
    QList<Device> devices;
    const auto array = reader.array(key);
    if (!array) {
        return devices;
    }
    devices.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = reader.pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!array->at(i).isObject()) {
            errors->append({path, QStringLiteral("must be an object")});
            continue;
        }
        if (auto device = Device::fromJson(array->at(i).toObject(), errors, path)) {
            devices.append(std::move(*device));
        }
    }
    return devices;
}

} // namespace lp::proto
