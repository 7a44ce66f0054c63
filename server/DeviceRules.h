#pragma once

#include "LicenseRecord.h"

#include <Device.h>
#include <QDateTime>

namespace lp::server {

// The device rules of the licensing model, in one place for the routes, the storage queries and the
// refresh job.
namespace DeviceRules {
// A device may run offline this long after its last check-in.
inline constexpr qint64 kLeaseSeconds = 7 * 24 * 3600;
// A device that checked in this recently counts as active rather than offline.
inline constexpr qint64 kActiveSeconds = 24 * 3600;
inline constexpr int kDefaultRefreshMonths = 12;

lp::proto::DeviceStatus statusAt(qint64 lastSeen, std::optional<qint64> releasedAt, qint64 now);

// Device refreshes fall on the term start plus whole multiples of the cadence. At each one, devices not
// seen since the refresh before it (or since the term start) are released.
struct RefreshSchedule
{
    int months = kDefaultRefreshMonths;
    QDateTime lastRun; // the last refresh that ran, or the term start
    QDateTime next; // the first refresh after lastRun; in the past while it is overdue
};
RefreshSchedule refreshScheduleOf(const LicenseRecord& license);
// The refreshes that are due at `now` and have not run yet, oldest first.
QList<QDateTime> dueRefreshes(const LicenseRecord& license, const QDateTime& now);
} // namespace DeviceRules

} // namespace lp::server
