#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <optional>

namespace lp::proto {

// The body of POST /v1/auth/refresh and POST /v1/auth/logout.
struct RefreshRequest
{
    QString refreshToken;

    QJsonObject toJson() const;
    static std::optional<RefreshRequest> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
