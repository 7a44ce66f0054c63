#include "PasswordHasher.h"

#include "SecureRandom.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <stdexcept>

namespace lp::server {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// A stored hash is data, and data can be corrupt: refuse absurd costs rather than hang a request.
constexpr int kMaxIterations = 10'000'000;
const QString kScheme = QStringLiteral("pbkdf2-sha256");

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray secret = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), static_cast<int>(secret.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), kHashBytes,
                          reinterpret_cast<unsigned char*>(out.data()))
        != 1) {
        throw std::runtime_error("PKCS5_PBKDF2_HMAC failed");
    }
    return out;
}
} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations)
{ }

QString PasswordHasher::hash(const QString& password) const
{
    const QByteArray salt = SecureRandom::bytes(kSaltBytes);
    const QByteArray derived = derive(password, salt, m_iterations);
    return QStringList {kScheme, QString::number(m_iterations), QString::fromLatin1(salt.toBase64()),
                        QString::fromLatin1(derived.toBase64())}
        .join(QLatin1Char('$'));
}

bool PasswordHasher::verify(const QString& password, const std::optional<QString>& stored) const
{
    QByteArray salt(kSaltBytes, '\0');
    QByteArray expected(kHashBytes, '\0');
    int iterations = m_iterations;
    bool usable = false;
    if (stored) {
        const QStringList parts = stored->split(QLatin1Char('$'));
        bool numeric = false;
        const int storedIterations = parts.size() == 4 ? parts[1].toInt(&numeric) : 0;
        if (parts.size() == 4 && parts[0] == kScheme && numeric && storedIterations > 0
            && storedIterations <= kMaxIterations) {
            const QByteArray storedSalt = QByteArray::fromBase64(parts[2].toLatin1());
            const QByteArray storedHash = QByteArray::fromBase64(parts[3].toLatin1());
            if (!storedSalt.isEmpty() && storedHash.size() == kHashBytes) {
                salt = storedSalt;
                expected = storedHash;
                iterations = storedIterations;
                usable = true;
            }
        }
    }
    // Always derive, even for an unknown user or an unusable record: same cost on every path.
    const QByteArray derived = derive(password, salt, iterations);
    const bool equal = CRYPTO_memcmp(derived.constData(), expected.constData(), kHashBytes) == 0;
    return usable && equal;
}

} // namespace lp::server
