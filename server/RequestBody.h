#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ProblemResponse.h"

#include <JsonReader.h>
#include <optional>

namespace lp::server {

// Parses a request body as the wire type T, or fills *failure with the 400 answer (invalid-body for
// broken JSON, validation with per-field errors otherwise).
template<typename T>
std::optional<T> readBody(const ApiRequest& request, ApiResponse* failure)
{
    lp::proto::FieldErrors errors;
    const auto object = lp::proto::parseJsonObject(request.body, &errors);
    if (!object) {
        *failure = ProblemResponse::invalidBody(errors);
        return std::nullopt;
    }
    auto parsed = T::fromJson(*object, &errors);
    if (!parsed) {
        *failure = ProblemResponse::validation(errors);
    }
    return parsed;
}

} // namespace lp::server
