#include "LogCategories.h"

namespace lp::server {
Q_LOGGING_CATEGORY(lcHttp, "lp.server.http")
Q_LOGGING_CATEGORY(lcAudit, "lp.server.audit")
Q_LOGGING_CATEGORY(lcServer, "lp.server")
} // namespace lp::server
