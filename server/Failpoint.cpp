#include "Failpoint.h"

#include "LogCategories.h"

#include <QByteArray>
#include <csignal>
#include <cstdio>

namespace lp::server {

void Failpoint::hit(const char* name)
{
    static const QByteArray armed = qgetenv("LP_FAILPOINT");
    if (armed.isEmpty() || armed != name) {
        return;
    }
    qCCritical(lcServer) << "failpoint" << name << "reached: killing the process (LP_FAILPOINT, tests only)";
    std::fflush(stderr);
    std::fflush(stdout);
    std::raise(SIGKILL);
}

} // namespace lp::server
