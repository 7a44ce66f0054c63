#pragma once

#include <QLoggingCategory>

namespace lp::server {
// One line per HTTP request.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
// Security-relevant events: reveals, refresh-token reuse, rate limiting.
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
// Startup, database and migrations.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
} // namespace lp::server
