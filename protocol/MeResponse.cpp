#include "MeResponse.h"

#include "JsonReader.h"

namespace lp::proto {

QJsonObject MeResponse::toJson() const
{
    return {{QStringLiteral("user"), user.toJson()}, {QStringLiteral("account"), account.toJson()}};
}

std::optional<MeResponse> MeResponse::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader reader(json, errors);
    const auto userJson = reader.object("user");
    const auto accountJson = reader.object("account");
    const auto user = userJson ? User::fromJson(*userJson, errors, QStringLiteral("user")) : std::nullopt;
    const auto account
        = accountJson ? Account::fromJson(*accountJson, errors, QStringLiteral("account")) : std::nullopt;
    if (!user || !account) {
        return std::nullopt;
    }
    return MeResponse {*user, *account};
}

} // namespace lp::proto
