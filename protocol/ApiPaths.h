#pragma once

// Route paths and headers of REST API v1, named once for client, server and tools.
namespace lp::api {
inline constexpr char kLogin[] = "/v1/auth/login";
inline constexpr char kRefresh[] = "/v1/auth/refresh";
inline constexpr char kLogout[] = "/v1/auth/logout";
inline constexpr char kMe[] = "/v1/me";
inline constexpr char kLicenses[] = "/v1/licenses";
// A single license is kLicenses + "/" + id. The query `reveal=license_key` asks for the key in clear.
inline constexpr char kRevealQuery[] = "reveal";
inline constexpr char kRevealLicenseKey[] = "license_key";
// A license's devices: kLicenses + "/" + id + kDevicesSuffix, and its refresh preview +
// kRefreshPreviewSuffix.
inline constexpr char kDevicesSuffix[] = "/devices";
inline constexpr char kRefreshPreviewSuffix[] = "/devices/refresh-preview";
// Scan usage (query: UsageQuery), the current quota period, and the pre-scan settings (GET and PUT).
inline constexpr char kUsageSuffix[] = "/usage";
inline constexpr char kQuotaSuffix[] = "/quota";
inline constexpr char kScanSettingsSuffix[] = "/scan-settings";
// Checkout: quotes, orders (an order is cancelled with POST kOrders + "/" + id + kCancelSuffix) and the
// payment provider's client settings.
inline constexpr char kQuotes[] = "/v1/quotes";
inline constexpr char kOrders[] = "/v1/orders";
inline constexpr char kCancelSuffix[] = "/cancel";
inline constexpr char kPaymentConfig[] = "/v1/payment-config";
// Offline licenses: issued with POST kLicenses + "/" + id + kOfflineLicensesSuffix, verified with the
// public keys of kSigningKeys.
inline constexpr char kOfflineLicensesSuffix[] = "/offline-licenses";
inline constexpr char kSigningKeys[] = "/v1/signing-keys";
// Device side: authenticated by handshake code and device hash in the body, not by a bearer token.
inline constexpr char kDeviceRegister[] = "/v1/devices/register";
inline constexpr char kDeviceHeartbeat[] = "/v1/devices/heartbeat";

inline constexpr char kRequestIdHeader[] = "X-Request-ID";
inline constexpr char kRetryAfterHeader[] = "Retry-After";
// POST /v1/orders: the same key (per account) never makes a second order or a second charge.
inline constexpr char kIdempotencyKeyHeader[] = "Idempotency-Key";
inline constexpr char kProblemContentType[] = "application/problem+json";
inline constexpr char kJsonContentType[] = "application/json";

// Request bodies larger than this are refused with 413 before they are parsed.
inline constexpr int kMaxBodyBytes = 64 * 1024;
} // namespace lp::api
