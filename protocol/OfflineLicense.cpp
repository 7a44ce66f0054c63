#include "OfflineLicense.h"

#include "DeviceRegistration.h"
#include "JsonReader.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lp::proto {

namespace {
bool isKeyId(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return shape.match(text).hasMatch();
}
} // namespace

QJsonObject OfflineActivationRequest::toJson() const
{
    QJsonObject json {{QStringLiteral("device_hash"), deviceHash},
                      {QStringLiteral("platform"), platform},
                      {QStringLiteral("validity_days"), validityDays}};
    if (!name.isEmpty()) {
        json.insert(QStringLiteral("name"), name);
    }
    return json;
}

std::optional<OfflineActivationRequest>
OfflineActivationRequest::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    OfflineActivationRequest request;
    request.deviceHash = readDeviceHash(reader, json, "device_hash");
    request.platform = reader.string("platform", JsonReader::Required, 64).trimmed();
    if (reader.ok() && request.platform.isEmpty()) {
        reader.fail("platform", QStringLiteral("must not be empty"));
    }
    request.name = reader.string("name", JsonReader::Optional, 100).trimmed(); // as a device name anywhere
    request.validityDays = static_cast<int>(
        reader.integer("validity_days", JsonReader::Required, 1, kMaxValidityDays).value_or(0));
    return reader.ok() ? std::optional<OfflineActivationRequest>(request) : std::nullopt;
}

QJsonObject OfflineLicensePayload::toJson() const
{
    return {{QStringLiteral("format_version"), kFormatVersion},
            {QStringLiteral("license_id"), licenseId},
            {QStringLiteral("product"), product},
            {QStringLiteral("handshake_code"), handshakeCode},
            {QStringLiteral("device_hash"), deviceHash},
            {QStringLiteral("platform"), platform},
            {QStringLiteral("features"), QJsonArray::fromStringList(features)},
            {QStringLiteral("issued_at"), toWireTime(issuedAt)},
            {QStringLiteral("not_before"), toWireTime(notBefore)},
            {QStringLiteral("expires_at"), toWireTime(expiresAt)},
            {QStringLiteral("key_id"), keyId}};
}

QByteArray OfflineLicensePayload::canonicalText() const
{
    // QJsonObject keeps its keys sorted and Compact adds no whitespace; every value is a string, an
    // integer or an array of strings, which Qt writes one way only.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<OfflineLicensePayload> OfflineLicensePayload::fromJson(const QJsonObject& json,
                                                                     FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    OfflineLicensePayload payload;
    const auto version = reader.integer("format_version", JsonReader::Required, 1, 1000);
    if (version && *version != kFormatVersion) {
        reader.fail("format_version",
                    QStringLiteral("is %1; this program reads version %2").arg(*version).arg(kFormatVersion));
    }
    payload.licenseId = reader.string("license_id", JsonReader::Required, 64);
    payload.product = reader.string("product", JsonReader::Required, 256);
    payload.handshakeCode = reader.string("handshake_code", JsonReader::Required, 64);
    payload.deviceHash = readDeviceHash(reader, json, "device_hash");
    payload.platform = reader.string("platform", JsonReader::Required, 64);
    if (const auto features = reader.array("features")) {
        for (const QJsonValue& feature : *features) {
            if (!feature.isString()) {
                reader.fail("features", QStringLiteral("must be a list of strings"));
                break;
            }
            payload.features.append(feature.toString());
        }
    }
    payload.issuedAt = reader.time("issued_at").value_or(QDateTime());
    payload.notBefore = reader.time("not_before").value_or(QDateTime());
    payload.expiresAt = reader.time("expires_at").value_or(QDateTime());
    payload.keyId = reader.string("key_id", JsonReader::Required, 64);
    if (reader.ok() && payload.expiresAt <= payload.notBefore) {
        reader.fail("expires_at", QStringLiteral("must be after not_before"));
    }
    return reader.ok() ? std::optional<OfflineLicensePayload>(payload) : std::nullopt;
}

bool OfflineLicensePayload::operator==(const OfflineLicensePayload& other) const
{
    return licenseId == other.licenseId && product == other.product && handshakeCode == other.handshakeCode
        && deviceHash == other.deviceHash && platform == other.platform && features == other.features
        && issuedAt == other.issuedAt && notBefore == other.notBefore && expiresAt == other.expiresAt
        && keyId == other.keyId;
}

QJsonObject OfflineLicenseFile::toJson() const
{
    return {{QStringLiteral("payload"), payload},
            {QStringLiteral("signature"), signature},
            {QStringLiteral("key_id"), keyId}};
}

std::optional<OfflineLicenseFile> OfflineLicenseFile::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                               const QString& path)
{
    JsonReader reader(json, errors, path);
    OfflineLicenseFile file;
    file.payload = reader.string("payload", JsonReader::Required, 16 * 1024);
    file.signature = reader.string("signature", JsonReader::Required, 256);
    file.keyId = reader.string("key_id", JsonReader::Required, 64);
    if (reader.ok() && !isKeyId(file.keyId)) {
        reader.fail("key_id", QStringLiteral("must be 1 to 64 letters, digits, dashes or underscores"));
    }
    return reader.ok() ? std::optional<OfflineLicenseFile>(file) : std::nullopt;
}

QJsonObject SigningKey::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("public_key_pem"), publicKeyPem},
            {QStringLiteral("created_at"), toWireTime(createdAt)}};
}

std::optional<SigningKey> SigningKey::fromJson(const QJsonObject& json, FieldErrors* errors,
                                               const QString& path)
{
    JsonReader reader(json, errors, path);
    SigningKey key;
    key.id = reader.string("id", JsonReader::Required, 64);
    key.publicKeyPem = reader.string("public_key_pem", JsonReader::Required, 4096);
    key.createdAt = reader.time("created_at").value_or(QDateTime());
    if (reader.ok() && !isKeyId(key.id)) {
        reader.fail("id", QStringLiteral("must be 1 to 64 letters, digits, dashes or underscores"));
    }
    if (reader.ok() && !key.publicKeyPem.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----"))) {
        reader.fail("public_key_pem", QStringLiteral("must be a PEM public key"));
    }
    return reader.ok() ? std::optional<SigningKey>(key) : std::nullopt;
}

QJsonObject SigningKeyList::toJson() const
{
    QJsonArray array;
    for (const SigningKey& key : items) {
        array.append(key.toJson());
    }
    return {{QStringLiteral("items"), array}};
}

std::optional<SigningKeyList> SigningKeyList::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                       const QString& path)
{
    JsonReader reader(json, errors, path);
    SigningKeyList list;
    if (const auto items = reader.array("items")) {
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QString at = reader.pathOf("items") + QStringLiteral("[%1]").arg(i);
            if (!items->at(i).isObject()) {
                errors->append({at, QStringLiteral("must be an object")});
            } else if (const auto key = SigningKey::fromJson(items->at(i).toObject(), errors, at)) {
                list.items.append(*key);
            }
        }
    }
    return reader.ok() ? std::optional<SigningKeyList>(list) : std::nullopt;
}

} // namespace lp::proto
