#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <optional>

namespace lp::proto {

// The body of POST /v1/auth/login.
struct LoginRequest
{
    QString email;
    QString password;

    QJsonObject toJson() const;
    static std::optional<LoginRequest> fromJson(const QJsonObject& json, FieldErrors* errors);
};

// A plausible address: one '@' with text on both sides, no spaces, at most 254 characters.
bool isPlausibleEmail(const QString& email);

} // namespace lp::proto
