#include "TokenPair.h"

#include "JsonReader.h"

namespace lp::proto {

QJsonObject TokenPair::toJson() const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), expiresIn}};
}

std::optional<TokenPair> TokenPair::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader reader(json, errors);
    TokenPair tokens;
    tokens.accessToken = reader.string("access_token", JsonReader::Required, 512);
    tokens.refreshToken = reader.string("refresh_token", JsonReader::Required, 512);
    tokens.expiresIn = reader.integer("expires_in", JsonReader::Required, 1, 86400 * 366).value_or(0);
    if (reader.ok() && (tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty())) {
        reader.fail(tokens.accessToken.isEmpty() ? "access_token" : "refresh_token",
                    QStringLiteral("must not be empty"));
    }
    return reader.ok() ? std::optional<TokenPair>(tokens) : std::nullopt;
}

} // namespace lp::proto
