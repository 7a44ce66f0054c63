#include "QuotaRules.h"

#include "Clock.h"
#include "Storage.h"

#include <License.h>
#include <cmath>

namespace lp::server {

namespace {
constexpr qint64 kDay = LicenseCalendar::kDaySeconds;
}

LicenseCalendar::Period QuotaRules::periodOf(const LicenseRecord& license, const QDateTime& now)
{
    const QDateTime termStart = Clock::fromSeconds(license.termStart);
    const QDateTime lastMoment = Clock::fromSeconds(license.termEnd - 1);
    const int months = license.quotaPeriod == lp::proto::toWire(lp::proto::QuotaPeriod::Annual) ? 12 : 1;
    auto period = LicenseCalendar::periodContaining(termStart, months, std::min(now, lastMoment));
    // A term that ends inside a period (a renewal that did not line up) ends that period with it.
    period.end = std::min(period.end, Clock::fromSeconds(license.termEnd));
    return period;
}

qint64 QuotaRules::rateWindowStart(const LicenseRecord& license, qint64 now)
{
    // Four weeks back, but not before the term: a key started ten days ago has ten days of rate.
    const qint64 today = LicenseCalendar::dayOf(Clock::fromSeconds(now));
    return std::max(today - (kRateWindowDays - 1) * kDay,
                    LicenseCalendar::dayOf(Clock::fromSeconds(license.termStart)));
}

std::pair<qint64, qint64> QuotaRules::daysOf(const LicenseCalendar::Period& period)
{
    return {LicenseCalendar::dayOf(period.start), LicenseCalendar::dayOf(period.end)};
}

lp::proto::QuotaStatus QuotaRules::statusOf(const LicenseRecord& license, qint64 used, qint64 recentScans,
                                            qint64 now)
{
    const auto period = periodOf(license, Clock::fromSeconds(now));
    lp::proto::QuotaStatus status;
    status.period
        = lp::proto::quotaPeriodFromWire(license.quotaPeriod).value_or(lp::proto::QuotaPeriod::Monthly);
    status.periodStart = period.start;
    status.periodEnd = period.end;
    status.quota = license.scanQuota.value_or(0);
    status.used = used;
    status.remaining = std::max<qint64>(0, status.quota - used);
    const qint64 end = period.end.toSecsSinceEpoch();
    if (now >= end) {
        // The last period of an expired license: nothing more will be used, all that is left has lapsed.
        status.lapsing = status.remaining;
        return status;
    }
    const qint64 windowStart = rateWindowStart(license, now);
    status.dailyRate = static_cast<double>(recentScans) * kDay / static_cast<double>(now - windowStart);
    const double scansUntilEnd = status.dailyRate * static_cast<double>(end - now) / kDay;
    status.lapsing = std::max<qint64>(0, static_cast<qint64>(std::floor(status.remaining - scansUntilEnd)));
    if (status.remaining > 0 && status.lapsing == 0 && status.dailyRate > 0) {
        const auto secondsLeft = static_cast<qint64>(
            std::llround(static_cast<double>(status.remaining) * kDay / status.dailyRate));
        if (now + secondsLeft < end) {
            status.forecastExhaustedAt = Clock::fromSeconds(now + secondsLeft);
        }
    }
    return status;
}

lp::proto::QuotaStatus QuotaRules::statusOf(Storage& storage, const LicenseRecord& license, qint64 now)
{
    const auto [firstDay, endDay] = daysOf(periodOf(license, Clock::fromSeconds(now)));
    const qint64 today = LicenseCalendar::dayOf(Clock::fromSeconds(now));
    const qint64 used = storage.scansUsed(license.id, firstDay, endDay);
    const qint64 recent = storage.scansUsed(license.id, rateWindowStart(license, now), today + kDay);
    return statusOf(license, used, recent, now);
}

} // namespace lp::server
