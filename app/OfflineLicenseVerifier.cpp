#include "OfflineLicenseVerifier.h"

#include <JsonReader.h>
#include <algorithm>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace lp {

bool OfflineLicenseVerifier::verifySignature(const QByteArray& publicKeyPem, const QByteArray& message,
                                             const QByteArray& signature)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(publicKeyPem.constData(), static_cast<int>(publicKeyPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519) {
        return false;
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            static_cast<size_t>(message.size()))
        == 1;
}

OfflineVerification OfflineLicenseVerifier::verify(const QByteArray& fileBytes, const QDateTime& now,
                                                   const QString& deviceHash,
                                                   const std::optional<QDateTime>& latestSeen) const
{
    OfflineVerification result;
    result.clockRolledBack = latestSeen && now < *latestSeen;
    proto::FieldErrors errors;
    const auto json = proto::parseJsonObject(fileBytes, &errors);
    const auto file = json ? proto::OfflineLicenseFile::fromJson(*json, &errors) : std::nullopt;
    if (!file) {
        result.problem = errors.isEmpty() ? QStringLiteral("not an offline license file")
                                          : errors.first().field + QLatin1Char(' ') + errors.first().message;
        return result;
    }
    result.keyId = file->keyId;
    const QByteArray payloadBytes = file->payload.toUtf8();
    const auto payloadJson = proto::parseJsonObject(payloadBytes, &errors);
    result.payload
        = payloadJson ? proto::OfflineLicensePayload::fromJson(*payloadJson, &errors) : std::nullopt;
    if (!result.payload) {
        result.problem = QStringLiteral("its payload is not an offline license: ")
            + (errors.isEmpty() ? QString()
                                : errors.first().field + QLatin1Char(' ') + errors.first().message);
        return result;
    }
    // The key named outside picks the key; the payload names it too, under the signature, so that a
    // file cannot be moved under another key's name.
    if (result.payload->keyId != file->keyId) {
        result.signature = OfflineVerification::Signature::Invalid;
    } else {
        const auto key = std::find_if(m_keys.cbegin(), m_keys.cend(),
                                      [&file](const proto::SigningKey& k) { return k.id == file->keyId; });
        const QByteArray signature
            = QByteArray::fromBase64(file->signature.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (key == m_keys.cend()) {
            result.signature = OfflineVerification::Signature::UnknownKey;
        } else if (verifySignature(key->publicKeyPem.toLatin1(), payloadBytes, signature)) {
            result.signature = OfflineVerification::Signature::Valid;
        } else {
            result.signature = OfflineVerification::Signature::Invalid;
        }
    }
    if (now.addSecs(kClockSkewSeconds) < result.payload->notBefore) {
        result.window = OfflineVerification::Window::NotYetValid;
    } else if (now >= result.payload->expiresAt) {
        result.window = OfflineVerification::Window::Expired;
    }
    if (!deviceHash.isEmpty()) {
        result.deviceMatches = deviceHash.compare(result.payload->deviceHash, Qt::CaseInsensitive) == 0;
    }
    return result;
}

} // namespace lp
