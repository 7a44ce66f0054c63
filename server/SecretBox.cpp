#include "SecretBox.h"

#include "DatabaseConfig.h"
#include "SecureRandom.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <memory>
#include <openssl/evp.h>

namespace lp::server {

namespace {
const QString kPrefix = QStringLiteral("gcm1:");
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
} // namespace

SecretBox::SecretBox(QByteArray key)
    : m_key(std::move(key))
{
    Q_ASSERT(m_key.size() == kKeyBytes);
}

std::optional<SecretBox> SecretBox::fromKeyFile(const QString& path, QString* error, bool* created)
{
    QFile file(path);
    if (!file.exists()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        // Written to a private temporary file, then renamed into place: a server starting at the same
        // moment sees either no key file or a complete one. QFile::rename() never replaces an existing
        // file, so the first key written wins and the others are discarded.
        QFile temporary(path + QStringLiteral(".new-") + SecureRandom::id(""));
        const bool written = temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                                            QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && temporary.write(SecureRandom::bytes(kKeyBytes).toBase64() + '\n') > 0 && temporary.flush();
        temporary.close();
        if (!written) {
            *error = QStringLiteral("Cannot create the secret key file %1: %2.")
                         .arg(path, temporary.errorString());
            temporary.remove();
            return std::nullopt;
        }
        if (temporary.rename(path)) {
            if (created) {
                *created = true;
            }
        } else {
            temporary.remove(); // another process created it first: use that one
        }
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the secret key file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray key
        = QByteArray::fromBase64(file.readAll().trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != kKeyBytes) {
        *error = QStringLiteral("The secret key file %1 does not hold a key (base64 of %2 bytes).")
                     .arg(path)
                     .arg(kKeyBytes);
        return std::nullopt;
    }
    return SecretBox(key);
}

QString SecretBox::defaultKeyFile(const QString& databaseSpec)
{
    QString ignored;
    const auto config = DatabaseConfig::parse(databaseSpec, &ignored);
    if (config && config->engine == DatabaseConfig::Engine::Sqlite) {
        return config->sqlitePath + QStringLiteral(".key");
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/license-server.key");
}

QString SecretBox::seal(const QString& plaintext, const QString& associatedData) const
{
    const QByteArray nonce = SecureRandom::bytes(kNonceBytes);
    const QByteArray clear = plaintext.toUtf8();
    const QByteArray aad = associatedData.toUtf8();
    QByteArray cipher(clear.size(), Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    const bool ok = context
        && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytesOf(m_key), bytesOf(nonce)) == 1
        && EVP_EncryptUpdate(context.get(), nullptr, &length, bytesOf(aad), static_cast<int>(aad.size())) == 1
        && EVP_EncryptUpdate(context.get(), bytesOf(cipher), &length, bytesOf(clear),
                             static_cast<int>(clear.size()))
            == 1
        && EVP_EncryptFinal_ex(context.get(), bytesOf(cipher) + length, &finalLength) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) == 1;
    if (!ok) {
        // Only an OpenSSL fault gets here; storing the secret unprotected is not an option.
        throw std::runtime_error("AES-256-GCM encryption failed");
    }
    const QByteArray sealed = nonce + cipher + tag;
    return kPrefix + QString::fromLatin1(sealed.toBase64());
}

std::optional<QString> SecretBox::open(const QString& sealed, const QString& associatedData) const
{
    if (!sealed.startsWith(kPrefix)) {
        return std::nullopt;
    }
    const QByteArray raw = QByteArray::fromBase64(sealed.mid(kPrefix.size()).toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (raw.size() < kNonceBytes + kTagBytes) {
        return std::nullopt;
    }
    const QByteArray nonce = raw.left(kNonceBytes);
    const QByteArray cipher = raw.mid(kNonceBytes, raw.size() - kNonceBytes - kTagBytes);
    QByteArray tag = raw.right(kTagBytes);
    const QByteArray aad = associatedData.toUtf8();
    QByteArray clear(cipher.size(), Qt::Uninitialized);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    const bool ok = context
        && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytesOf(m_key), bytesOf(nonce)) == 1
        && EVP_DecryptUpdate(context.get(), nullptr, &length, bytesOf(aad), static_cast<int>(aad.size())) == 1
        && EVP_DecryptUpdate(context.get(), bytesOf(clear), &length, bytesOf(cipher),
                             static_cast<int>(cipher.size()))
            == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1
        && EVP_DecryptFinal_ex(context.get(), bytesOf(clear) + length, &finalLength) == 1;
    if (!ok) {
        return std::nullopt;
    }
    return QString::fromUtf8(clear);
}

} // namespace lp::server
