#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace lp::proto {

// Where a device stands at the time of the answer. Active: checked in within the last day. Offline: not
// since, but its 7-day lease still runs. Lease expired: not seen for longer than the lease, still holding
// a seat. Released: freed by a device refresh (kept for history; it takes a seat again if it registers).
enum class DeviceStatus { Active, Offline, LeaseExpired, Released };

QString toWire(DeviceStatus status);
std::optional<DeviceStatus> deviceStatusFromWire(const QString& text);

// One registered device as the portal lists it.
struct Device
{
    QString id;
    QString deviceHash;
    QString name;
    QString platform;
    QString sdkVersion;
    QDateTime firstRegisteredAt;
    QDateTime lastSeenAt;
    QDateTime leaseExpiresAt;
    std::optional<QDateTime> releasedAt;
    DeviceStatus status = DeviceStatus::Active;

    QJsonObject toJson() const;
    static std::optional<Device> fromJson(const QJsonObject& json, FieldErrors* errors,
                                          const QString& path = {});
    bool operator==(const Device& other) const;
};

// A JSON array of devices, and reading one at `key` (one bad item adds its errors, with its index in the
// path, and rejects the whole answer).
class JsonReader;
QJsonArray writeDevices(const QList<Device>& devices);
QList<Device> readDevices(JsonReader& reader, const char* key, FieldErrors* errors);

} // namespace lp::proto
