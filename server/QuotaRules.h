#pragma once

#include "LicenseCalendar.h"
#include "LicenseRecord.h"

#include <QuotaStatus.h>

namespace lp::server {

class Storage;

// The quota rules of per-scan licenses, in one place for the routes, the heartbeat answer and the demo
// data. Periods of one or twelve months repeat from the term start; each starts with the full quota, and
// credits unused at its end lapse: nothing is carried over, because usage is summed per period only.
namespace QuotaRules {
// The forecast extends the rate of the last four weeks (whole weeks, so weekends weigh as they should), or
// of the term so far when it is younger.
inline constexpr int kRateWindowDays = 28;

// The quota period in force at `now`; for an expired license, its last one.
LicenseCalendar::Period periodOf(const LicenseRecord& license, const QDateTime& now);
// The first UTC day counted in the period and the first one no longer counted. Usage is kept per day: the
// day a period starts on counts in it, the day it ends on in the next.
std::pair<qint64, qint64> daysOf(const LicenseCalendar::Period& period);

// The first day of the rate window at `now` (UTC midnight): four weeks back, or the term's first day.
qint64 rateWindowStart(const LicenseRecord& license, qint64 now);
// The arithmetic: `used` in the period, `recentScans` on the days of the rate window (its first day to
// today, today included).
lp::proto::QuotaStatus statusOf(const LicenseRecord& license, qint64 used, qint64 recentScans, qint64 now);
// The same, reading the two sums from the storage.
lp::proto::QuotaStatus statusOf(Storage& storage, const LicenseRecord& license, qint64 now);
} // namespace QuotaRules

} // namespace lp::server
