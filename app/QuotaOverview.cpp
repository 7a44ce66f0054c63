#include "QuotaOverview.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Clock.h"

#include <algorithm>

namespace lp {

namespace {
constexpr double kMsecsPerDay = 24.0 * 3600 * 1000;
} // namespace

QuotaOverview::QuotaOverview(ApiClient* api, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
{ }

void QuotaOverview::clear()
{
    ++m_generation;
    m_licenseId.clear();
    m_status.reset();
    m_days = {};
}

void QuotaOverview::load(const QString& licenseId)
{
    clear();
    m_licenseId = licenseId;
    const int generation = m_generation;
    ApiJob* quota = m_api->fetchQuota(licenseId);
    connect(quota, &ApiJob::finished, this, [this, generation](ApiJob* job) {
        if (generation != m_generation) {
            return;
        }
        if (!job->succeeded()) {
            if (job->error().kind == ApiError::Kind::Http && job->error().status == 404) {
                emit notPerScan();
            } else {
                emit failed(job->error());
            }
            return;
        }
        const proto::QuotaStatus status = *job->value<proto::QuotaStatus>();
        const QDateTime now = m_clock->now();
        // Usage is counted per UTC day: the day the period starts on belongs to it, the day it ends on to the
        // next one. An expired license's last period ends before today.
        proto::UsageQuery days;
        days.from = status.periodStart.toUTC().date();
        days.to
            = std::max(days.from, std::min(now.toUTC().date(), status.periodEnd.toUTC().date().addDays(-1)));
        days.granularity = proto::UsageGranularity::Day;
        ApiJob* usage = m_api->fetchUsage(m_licenseId, days);
        connect(usage, &ApiJob::finished, this, [this, generation, status, now](ApiJob* answer) {
            if (generation != m_generation) {
                return;
            }
            if (!answer->succeeded()) {
                emit failed(answer->error());
                return;
            }
            m_status = status;
            m_days = *answer->value<proto::UsageReport>();
            m_loadedAt = now;
            emit loaded();
        });
    });
}

BurnDown QuotaOverview::burnDown() const
{
    return m_status ? burnDownOf(*m_status, m_days, m_loadedAt) : BurnDown {};
}

BurnDown QuotaOverview::burnDownOf(const proto::QuotaStatus& status, const proto::UsageReport& periodDays,
                                   const QDateTime& now)
{
    BurnDown result;
    result.quota = status.quota;
    result.lapsing = status.lapsing;
    result.periodStart = status.periodStart;
    result.periodEnd = status.periodEnd;
    // After the period (an expired license's last one) the line stops at its end.
    const QDateTime until = std::clamp(now, status.periodStart, status.periodEnd);
    const auto used = static_cast<double>(status.used);

    result.actual.append({status.periodStart, 0});
    double cumulative = 0;
    for (const proto::UsageBucket& day : periodDays.items) {
        const QDateTime dayEnd(day.start.addDays(1), QTime(0, 0), Qt::UTC);
        if (dayEnd <= status.periodStart || dayEnd >= until) {
            continue; // today ends at `until`, with the status's count
        }
        cumulative += static_cast<double>(day.total);
        // The quota was read before the days: scans counted in between must not overtake it.
        result.actual.append({dayEnd, std::min(cumulative, used)});
    }
    result.actual.append({until, used});

    if (until == status.periodEnd) {
        return result; // the period is over: nothing is ahead of it to forecast
    }
    if (status.used >= status.quota) {
        return result; // exhausted already: no forecast, no exhaustion ahead
    }
    result.forecast.append({until, used});
    // The run-out day is the server's (QuotaRules): the chart draws it, it does not compute it again.
    if (status.forecastExhaustedAt && *status.forecastExhaustedAt < status.periodEnd) {
        result.exhaustedAt = status.forecastExhaustedAt;
        result.forecast.append({*status.forecastExhaustedAt, static_cast<double>(status.quota)});
    } else {
        const double daysLeft = static_cast<double>(until.msecsTo(status.periodEnd)) / kMsecsPerDay;
        result.forecast.append({status.periodEnd, used + status.dailyRate * daysLeft});
    }
    return result;
}

} // namespace lp
