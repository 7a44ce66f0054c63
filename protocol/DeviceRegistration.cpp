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
    registration.deviceHash = reader.string("device_hash", JsonReader::Required, 64).toLower();
    registration.platform = reader.string("platform", JsonReader::Required, 64);
    registration.sdkVersion = reader.string("sdk_version", JsonReader::Required, 32);
    registration.name = reader.string("name", JsonReader::Required, 100);
    if (reader.ok() && registration.handshakeCode.isEmpty()) {
        reader.fail("handshake_code", QStringLiteral("must not be empty"));
    }
    if (json.value(QLatin1String("device_hash")).isString() && !isDeviceHash(registration.deviceHash)) {
        reader.fail("device_hash", QStringLiteral("must be 64 hexadecimal characters (a SHA-256 hash)"));
    }
    return reader.ok() ? std::optional<DeviceRegistration>(registration) : std::nullopt;
}

bool isDeviceHash(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return shape.match(text).hasMatch();
}

} // namespace lp::proto
