#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace lp::proto {

// What an air-gapped device writes to a file for the portal, and the body of
// POST /v1/licenses/{id}/offline-licenses: the device's hash, its platform and the validity wanted.
struct OfflineActivationRequest
{
    static constexpr int kMaxValidityDays = 3 * 366;

    QString deviceHash; // 64 hex characters, lowercase
    QString platform;
    QString name; // optional: how the device lists among the license's devices
    int validityDays = 365; // 1..kMaxValidityDays; the server ends it at the term end at the latest

    QJsonObject toJson() const;
    static std::optional<OfflineActivationRequest> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                            const QString& path = {});
    bool operator==(const OfflineActivationRequest& other) const
    {
        return deviceHash == other.deviceHash && platform == other.platform && name == other.name
            && validityDays == other.validityDays;
    }
};

// What an offline license grants, signed by the server. Its canonical text (canonicalText()) is what
// the signature covers: compact JSON, keys in sorted order, times in RFC 3339 UTC with seconds, no
// fractions anywhere, so that the same payload always has the same bytes.
struct OfflineLicensePayload
{
    static constexpr int kFormatVersion = 1;

    QString licenseId;
    QString product;
    QString handshakeCode;
    QString deviceHash;
    QString platform;
    QStringList features; // the barcode formats the device may decode (the license's scan settings)
    QDateTime issuedAt;
    QDateTime notBefore;
    QDateTime expiresAt;
    QString keyId; // the signing key's id, also outside the payload so a verifier can pick the key first

    QJsonObject toJson() const;
    QByteArray canonicalText() const;
    static std::optional<OfflineLicensePayload> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                         const QString& path = {});
    bool operator==(const OfflineLicensePayload& other) const;
};

// The offline license file: {"payload": "<canonical JSON text>", "signature": "<base64>", "key_id": …}.
// The signature is Ed25519 over the payload's exact UTF-8 bytes; nothing is re-serialised to verify it.
struct OfflineLicenseFile
{
    QString payload;
    QString signature; // base64 of the 64-byte Ed25519 signature
    QString keyId;

    QJsonObject toJson() const;
    static std::optional<OfflineLicenseFile> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                      const QString& path = {});
};

// One of the server's signing keys, as GET /v1/signing-keys lists them (newest first; the first signs).
struct SigningKey
{
    QString id;
    QString publicKeyPem;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<SigningKey> fromJson(const QJsonObject& json, FieldErrors* errors,
                                              const QString& path = {});
    bool operator==(const SigningKey& other) const
    {
        return id == other.id && publicKeyPem == other.publicKeyPem && createdAt == other.createdAt;
    }
};

struct SigningKeyList
{
    QList<SigningKey> items;

    QJsonObject toJson() const;
    static std::optional<SigningKeyList> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                  const QString& path = {});
};

} // namespace lp::proto
