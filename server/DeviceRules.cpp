#include "DeviceRules.h"

#include "Clock.h"
#include "LicenseCalendar.h"

namespace lp::server::DeviceRules {

lp::proto::DeviceStatus statusAt(qint64 lastSeen, std::optional<qint64> releasedAt, qint64 now)
{
    using lp::proto::DeviceStatus;
    if (releasedAt) {
        return DeviceStatus::Released;
    }
    if (lastSeen > now - kActiveSeconds) {
        return DeviceStatus::Active;
    }
    return lastSeen > now - kLeaseSeconds ? DeviceStatus::Offline : DeviceStatus::LeaseExpired;
}

RefreshSchedule refreshScheduleOf(const LicenseRecord& license)
{
    RefreshSchedule schedule;
    schedule.months = license.deviceRefreshMonths.value_or(kDefaultRefreshMonths);
    const QDateTime termStart = Clock::fromSeconds(license.termStart);
    schedule.lastRun = Clock::fromSeconds(license.lastDeviceRefresh.value_or(license.termStart));
    schedule.next = LicenseCalendar::nextOccurrenceAfter(termStart, schedule.months, schedule.lastRun);
    return schedule;
}

QList<QDateTime> dueRefreshes(const LicenseRecord& license, const QDateTime& now)
{
    const RefreshSchedule schedule = refreshScheduleOf(license);
    const QDateTime termStart = Clock::fromSeconds(license.termStart);
    QList<QDateTime> due;
    for (QDateTime at = schedule.next; at <= now;
         at = LicenseCalendar::nextOccurrenceAfter(termStart, schedule.months, at)) {
        due.append(at);
    }
    return due;
}

} // namespace lp::server::DeviceRules
