#pragma once

#include <QString>

namespace lp::server {

// Bearer and refresh tokens: 256 random bits, base64url without padding. The database keeps only the
// SHA-256 of a token, so a leaked database does not yield usable tokens.
class TokenService
{
public:
    static constexpr qint64 kAccessTokenSeconds = 15 * 60;
    static constexpr qint64 kRefreshTokenSeconds = 30 * 24 * 3600;

    static QString newToken();
    // Lowercase hex SHA-256 of the token's UTF-8 bytes.
    static QString hashOf(const QString& token);
};

} // namespace lp::server
