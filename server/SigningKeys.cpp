#include "SigningKeys.h"

#include "Clock.h"
#include "LogCategories.h"
#include "SecureRandom.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace lp::server {

namespace {
using PKeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

// "<created unix seconds>-<key id>.pem": the name orders the keys and dates them.
const QRegularExpression& keyFileName()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})-(ed25519-[0-9a-f]{16})\\.pem$"));
    return pattern;
}

QByteArray rawPublicKey(EVP_PKEY* key)
{
    size_t length = 0;
    if (EVP_PKEY_get_raw_public_key(key, nullptr, &length) != 1) {
        return {};
    }
    QByteArray raw(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &length) != 1) {
        return {};
    }
    return raw;
}

QString publicKeyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1) {
        return {};
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromLatin1(data, length);
}

bool onlyOwnerMayUse(const QFileInfo& info)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (info.permissions() & others) == 0;
}
} // namespace

struct SigningKeys::Key
{
    lp::proto::SigningKey info;
    PKeyPtr privateKey {nullptr, &EVP_PKEY_free};
};

SigningKeys::SigningKeys(QString directory)
    : m_directory(std::move(directory))
{ }

SigningKeys::~SigningKeys() = default;
SigningKeys::SigningKeys(SigningKeys&&) noexcept = default;
SigningKeys& SigningKeys::operator=(SigningKeys&&) noexcept = default;

QString SigningKeys::defaultDirectory(const QString& secretKeyFile)
{
    QString base = secretKeyFile;
    if (base.endsWith(QLatin1String(".key"))) {
        base.chop(4);
    }
    return base + QStringLiteral(".signing-keys");
}

QString SigningKeys::keyIdOf(const QByteArray& rawPublicKey)
{
    return QStringLiteral("ed25519-")
        + QString::fromLatin1(
               QCryptographicHash::hash(rawPublicKey, QCryptographicHash::Sha256).toHex().left(16));
}

bool SigningKeys::load(const Clock& clock, QString* error)
{
    QDir dir(m_directory);
    if (!dir.exists()) {
        if (!QDir().mkpath(m_directory)
            || !QFile::setPermissions(
                m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
            *error = QStringLiteral("Cannot create the signing key directory %1.").arg(m_directory);
            return false;
        }
    }
    if (!onlyOwnerMayUse(QFileInfo(m_directory))) {
        *error = QStringLiteral("The signing key directory %1 is open to other users: make it owner-only "
                                "(chmod 700) and check that no key was copied.")
                     .arg(m_directory);
        return false;
    }
    std::vector<std::shared_ptr<Key>> keys;
    const QStringList names
        = dir.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const auto match = keyFileName().match(name);
        if (!match.hasMatch()) {
            qCWarning(lcServer).noquote()
                << "ignoring" << dir.filePath(name) << "in the signing key directory";
            continue;
        }
        QFile file(dir.filePath(name));
        if (!onlyOwnerMayUse(QFileInfo(file)) || !file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("The signing key %1 cannot be read, or others may read it (it must be "
                                    "owner-only, chmod 600).")
                         .arg(file.fileName());
            return false;
        }
        const QByteArray pem = file.readAll();
        BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
        auto key = std::make_shared<Key>();
        key->privateKey.reset(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
        if (!key->privateKey || EVP_PKEY_get_base_id(key->privateKey.get()) != EVP_PKEY_ED25519) {
            *error = QStringLiteral("The signing key %1 is not an Ed25519 private key.").arg(file.fileName());
            return false;
        }
        key->info.id = keyIdOf(rawPublicKey(key->privateKey.get()));
        if (key->info.id != match.captured(2)) {
            *error = QStringLiteral("The signing key %1 does not hold the key its name says.")
                         .arg(file.fileName());
            return false;
        }
        key->info.publicKeyPem = publicKeyPem(key->privateKey.get());
        key->info.createdAt = Clock::fromSeconds(match.captured(1).toLongLong());
        keys.push_back(std::move(key));
    }
    m_keys = std::move(keys);
    return !m_keys.empty() || generate(clock, error);
}

std::optional<QString> SigningKeys::rotate(const Clock& clock, QString* error)
{
    if (!load(clock, error) || !generate(clock, error)) {
        return std::nullopt;
    }
    return m_keys.front()->info.id;
}

bool SigningKeys::generate(const Clock& clock, QString* error)
{
    auto key = std::make_shared<Key>();
    key->privateKey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!key->privateKey || !bio
        || PEM_write_bio_PrivateKey(bio.get(), key->privateKey.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1) {
        *error = QStringLiteral("OpenSSL could not make an Ed25519 key.");
        return false;
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    const QByteArray pem(data, length);
    // A new key signs only after the one before it, even when two are made within the same second.
    qint64 created = clock.nowSeconds();
    if (!m_keys.empty()) {
        created = std::max(created, m_keys.front()->info.createdAt.toSecsSinceEpoch() + 1);
    }
    key->info.id = keyIdOf(rawPublicKey(key->privateKey.get()));
    key->info.publicKeyPem = publicKeyPem(key->privateKey.get());
    key->info.createdAt = Clock::fromSeconds(created);
    const QString path
        = QDir(m_directory).filePath(QStringLiteral("%1-%2.pem").arg(created).arg(key->info.id));
    // Written under a temporary name and renamed, so that a reader never sees half a key.
    QFile temporary(path + QStringLiteral(".new-") + SecureRandom::id(""));
    const bool written = temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                                        QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && temporary.write(pem) == pem.size() && temporary.flush();
    temporary.close();
    if (!written || !temporary.rename(path)) {
        temporary.remove();
        *error = QStringLiteral("Cannot write the signing key %1.").arg(path);
        return false;
    }
    qCInfo(lcServer).noquote() << "made signing key" << key->info.id;
    m_keys.insert(m_keys.begin(), std::move(key));
    return true;
}

QList<lp::proto::SigningKey> SigningKeys::publicKeys() const
{
    QList<lp::proto::SigningKey> keys;
    for (const auto& key : m_keys) {
        keys.append(key->info);
    }
    return keys;
}

QString SigningKeys::currentKeyId() const
{
    return m_keys.empty() ? QString() : m_keys.front()->info.id;
}

QByteArray SigningKeys::sign(const QByteArray& message) const
{
    if (m_keys.empty()) {
        return {};
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 64;
    QByteArray signature(64, Qt::Uninitialized);
    // Ed25519 hashes internally: no digest is named, and the message goes in whole (one-shot).
    if (!context
        || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_keys.front()->privateKey.get()) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                          reinterpret_cast<const unsigned char*>(message.constData()),
                          static_cast<size_t>(message.size()))
            != 1) {
        return {};
    }
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

} // namespace lp::server
