#include "DeviceRegistration.h"

#include "JsonReader.h"

#include <QRegularExpression>

namespace lp::proto {

QJsonObject DeviceRegistration::toJson() const
{
    return {{QStringLiteral("handshake_code"), handshakeCode},
            {QStringLiteral("device_hash"), deviceHash},
            {QStringLiteral("platform"), platform},
            {QStringLiteral("sdk_version"), sdkVersion},
            {QStringLiteral("name"), name}};
}

std::optional<DeviceRegistration> DeviceRegistration::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader reader(json, errors);
    DeviceRegistration registration;
    registration.handshakeCode = reader.string("handshake_code", JsonReader::Required, 64);
    registration.deviceHash = readDeviceHash(reader, json, "device_hash");
    readDeviceDescription(reader, &registration.name, &registration.platform, &registration.sdkVersion);
    if (reader.ok() && registration.handshakeCode.isEmpty()) {
        reader.fail("handshake_code", QStringLiteral("must not be empty"));
    }
    return reader.ok() ? std::optional<DeviceRegistration>(registration) : std::nullopt;
}

QString readDeviceHash(JsonReader& reader, const QJsonObject& json, const char* key)
{
    const QString hash = reader.string(key, JsonReader::Required, 64).toLower();
    if (json.value(QLatin1String(key)).isString() && !isDeviceHash(hash)) {
        reader.fail(key, QStringLiteral("must be 64 hexadecimal characters (a SHA-256 hash)"));
    }
    return hash;
}

void readDeviceDescription(JsonReader& reader, QString* name, QString* platform, QString* sdkVersion)
{
    *platform = reader.string("platform", JsonReader::Required, 64);
    *sdkVersion = reader.string("sdk_version", JsonReader::Required, 32);
    *name = reader.string("name", JsonReader::Required, 100);
}

bool isDeviceHash(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return shape.match(text).hasMatch();
}

} // namespace lp::proto
