#include "DeviceLease.h"

#include "DeviceRegistration.h"
#include "JsonReader.h"
#include "WireTime.h"

namespace lp::proto {

QJsonObject DeviceLease::toJson() const
{
    return {{QStringLiteral("device_hash"), deviceHash},
            {QStringLiteral("lease_expires_at"), toWireTime(leaseExpiresAt)},
            {QStringLiteral("device_allowance"),
             deviceAllowance ? QJsonValue(*deviceAllowance) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("devices_in_use"), devicesInUse},
            {QStringLiteral("quota"), quota ? QJsonValue(quota->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("scan_settings"), scanSettings.toJson()}};
}

std::optional<DeviceLease> DeviceLease::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    constexpr qint64 kMaxCount = 1'000'000'000'000LL;
    JsonReader reader(json, errors);
    DeviceLease lease;
    lease.deviceHash = readDeviceHash(reader, json, "device_hash");
    lease.leaseExpiresAt = reader.time("lease_expires_at").value_or(QDateTime());
    lease.deviceAllowance = reader.integer("device_allowance", JsonReader::Optional, 0, kMaxCount);
    lease.devicesInUse = reader.integer("devices_in_use", JsonReader::Required, 0, kMaxCount).value_or(0);
    if (const auto quota = reader.object("quota", JsonReader::Optional)) {
        lease.quota = QuotaStatus::fromJson(*quota, errors, reader.pathOf("quota"));
    }
    if (const auto settings = reader.object("scan_settings")) {
        lease.scanSettings = ScanSettings::fromJson(*settings, errors, reader.pathOf("scan_settings"))
                                 .value_or(ScanSettings());
    }
    return reader.ok() ? std::optional<DeviceLease>(lease) : std::nullopt;
}

} // namespace lp::proto
