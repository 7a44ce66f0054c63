#include "TokenService.h"

#include "SecureRandom.h"

#include <QCryptographicHash>

namespace lp::server {

QString TokenService::newToken()
{
    return QString::fromLatin1(
        SecureRandom::bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenService::hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace lp::server
