#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <optional>

namespace lp::proto {

// An RFC 9457 problem document (application/problem+json). `type` is a stable identifier that clients
// may branch on; `detail` is a sentence meant for the user.
struct Problem
{
    QString type;
    QString title;
    int status = 0;
    QString detail;
    FieldErrors errors;

    QJsonObject toJson() const;
    static std::optional<Problem> fromJson(const QJsonObject& json, FieldErrors* errors);
};

// Stable problem types; the full URI is kProblemTypeBase + name.
namespace problem {
inline constexpr char kTypeBase[] = "https://licenseportal.example/problems/";
inline constexpr char kInvalidBody[] = "invalid-body";
inline constexpr char kValidation[] = "validation";
inline constexpr char kBodyTooLarge[] = "body-too-large";
inline constexpr char kUnsupportedMediaType[] = "unsupported-media-type";
inline constexpr char kNotFound[] = "not-found";
inline constexpr char kMethodNotAllowed[] = "method-not-allowed";
inline constexpr char kInvalidCredentials[] = "invalid-credentials";
inline constexpr char kRateLimited[] = "rate-limited";
inline constexpr char kUnauthorized[] = "unauthorized";
inline constexpr char kInvalidRefreshToken[] = "invalid-refresh-token";
inline constexpr char kInternal[] = "internal";
inline constexpr char kUnknownHandshakeCode[] = "unknown-handshake-code";
inline constexpr char kLicenseInactive[] = "license-inactive";
inline constexpr char kDeviceAllowanceExceeded[] = "device-allowance-exceeded";
inline constexpr char kUnknownDevice[] = "unknown-device";
// Checkout: a change the license cannot take (wrong kind for its type, a cadence not shorter, a suspended
// license, an addition to an expired license without a renewal), a quote past its expiry, a license
// changed since its quote, a quote already ordered or an order that can no longer be cancelled, and an
// Idempotency-Key sent again with another body.
inline constexpr char kNotApplicable[] = "not-applicable";
inline constexpr char kQuoteExpired[] = "quote-expired";
inline constexpr char kLicenseChanged[] = "license-changed";
inline constexpr char kOrderConflict[] = "order-conflict";
inline constexpr char kIdempotencyKeyReused[] = "idempotency-key-reused";
// The full type URI for a name above.
QString typeUri(const char* name);
} // namespace problem

} // namespace lp::proto
