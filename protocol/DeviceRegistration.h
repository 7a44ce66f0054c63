#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <optional>

namespace lp::proto {

// The body of POST /v1/devices/register: a device checking in for the first time (or again).
struct DeviceRegistration
{
    QString handshakeCode;
    QString deviceHash; // SHA-256 of the device's hardware id, 64 hex characters, stored lowercase
    QString platform;
    QString sdkVersion;
    QString name;

    QJsonObject toJson() const;
    static std::optional<DeviceRegistration> fromJson(const QJsonObject& json, FieldErrors* errors);
};

class JsonReader;

// Whether text has the shape of a device hash: 64 hexadecimal characters.
bool isDeviceHash(const QString& text);
// Reads a required device hash field, lowercased; a string of another shape adds a field error.
QString readDeviceHash(JsonReader& reader, const QJsonObject& json, const char* key);
// Reads what a device says of itself (`name`, `platform`, `sdk_version`), with their length limits, the
// same in a registration and in the portal's device list.
void readDeviceDescription(JsonReader& reader, QString* name, QString* platform, QString* sdkVersion);

} // namespace lp::proto
