#pragma once

#include "Account.h"
#include "User.h"

namespace lp::proto {

// The answer of GET /v1/me: who is signed in, and to which account.
struct MeResponse
{
    User user;
    Account account;

    QJsonObject toJson() const;
    static std::optional<MeResponse> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
