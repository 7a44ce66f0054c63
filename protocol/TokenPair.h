#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <optional>

namespace lp::proto {

// The answer of login and refresh: a short-lived access token and a rotating refresh token.
struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds until the access token expires

    QJsonObject toJson() const;
    static std::optional<TokenPair> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
