#include "SealedBox.h"

#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace lp {

namespace {
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char* bytesOf(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(bytesOf(bytes), count) != 1) {
        return {};
    }
    return bytes;
}
} // namespace

SealedBox::SealedBox(QByteArray key)
    : m_key(std::move(key))
{ }

SealedBox::~SealedBox()
{
    // Only this copy's bytes: a shared QByteArray is detached first, so another holder keeps its key.
    if (!m_key.isEmpty() && m_key.isDetached()) {
        OPENSSL_cleanse(m_key.data(), static_cast<size_t>(m_key.size()));
    }
}

QByteArray SealedBox::randomKey()
{
    return randomBytes(kKeyBytes);
}

QByteArray SealedBox::seal(const QByteArray& clear, const QByteArray& associatedData) const
{
    if (!isValid()) {
        return {};
    }
    const QByteArray nonce = randomBytes(kNonceBytes);
    if (nonce.isEmpty()) {
        return {};
    }
    QByteArray cipher(clear.size(), Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    const bool ok = context
        && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytesOf(m_key), bytesOf(nonce)) == 1
        && EVP_EncryptUpdate(context.get(), nullptr, &length, bytesOf(associatedData),
                             static_cast<int>(associatedData.size()))
            == 1
        && EVP_EncryptUpdate(context.get(), bytesOf(cipher), &length, bytesOf(clear),
                             static_cast<int>(clear.size()))
            == 1
        && EVP_EncryptFinal_ex(context.get(), bytesOf(cipher) + length, &finalLength) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) == 1;
    if (!ok) {
        return {};
    }
    QByteArray sealed;
    sealed.reserve(nonce.size() + cipher.size() + tag.size());
    sealed.append(nonce).append(cipher).append(tag);
    return sealed;
}

std::optional<QByteArray> SealedBox::open(const QByteArray& sealed, const QByteArray& associatedData) const
{
    if (!isValid() || sealed.size() < kNonceBytes + kTagBytes) {
        return std::nullopt;
    }
    const QByteArray nonce = sealed.left(kNonceBytes);
    const QByteArray cipher = sealed.mid(kNonceBytes, sealed.size() - kNonceBytes - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    QByteArray clear(cipher.size(), Qt::Uninitialized);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    const bool ok = context
        && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytesOf(m_key), bytesOf(nonce)) == 1
        && EVP_DecryptUpdate(context.get(), nullptr, &length, bytesOf(associatedData),
                             static_cast<int>(associatedData.size()))
            == 1
        && EVP_DecryptUpdate(context.get(), bytesOf(clear), &length, bytesOf(cipher),
                             static_cast<int>(cipher.size()))
            == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1
        && EVP_DecryptFinal_ex(context.get(), bytesOf(clear) + length, &finalLength) == 1;
    if (!ok) {
        return std::nullopt;
    }
    return clear;
}

} // namespace lp
