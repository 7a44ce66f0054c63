#include "DeviceFingerprint.h"

#include <QSysInfo>
#include <memory>
#include <openssl/evp.h>
#include <stdexcept>

namespace lp {

QString DeviceFingerprint::hashOf(const QByteArray& machineId)
{
    // The prefix keeps the hash from being the plain SHA-256 of the machine id, which other software
    // may publish for its own purposes.
    static const QByteArray kPrefix("LicensePortal device v1\0", 24);
    const QByteArray input = kPrefix + machineId;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1
        || EVP_DigestUpdate(context.get(), input.constData(), static_cast<size_t>(input.size())) != 1
        || EVP_DigestFinal_ex(context.get(), digest, &length) != 1) {
        throw std::runtime_error("SHA-256 is not available from OpenSSL");
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex());
}

QString DeviceFingerprint::thisMachine()
{
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QString() : hashOf(id);
}

} // namespace lp
