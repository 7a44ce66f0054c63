#include "RefreshRequest.h"

#include "JsonReader.h"

namespace lp::proto {

QJsonObject RefreshRequest::toJson() const
{
    return {{QStringLiteral("refresh_token"), refreshToken}};
}

std::optional<RefreshRequest> RefreshRequest::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader reader(json, errors);
    RefreshRequest request;
    request.refreshToken = reader.string("refresh_token", JsonReader::Required, 512);
    if (reader.ok() && request.refreshToken.isEmpty()) {
        reader.fail("refresh_token", QStringLiteral("must not be empty"));
    }
    return reader.ok() ? std::optional<RefreshRequest>(request) : std::nullopt;
}

} // namespace lp::proto
