#pragma once

#include "FieldError.h"
#include "License.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace lp::proto {

// GET /v1/licenses/{id}/quota, and part of a per-scan device's heartbeat answer: the current quota
// period of a per-scan license. A period starts with the full quota; what is unused at its end lapses
// and is not carried over. The forecast extends the rate of the last 28 days (`daily_rate`).
struct QuotaStatus
{
    QuotaPeriod period = QuotaPeriod::Monthly;
    QDateTime periodStart; // inclusive
    QDateTime periodEnd; // exclusive: the next period starts here, with the full quota again
    qint64 quota = 0;
    qint64 used = 0; // may exceed the quota: scans are counted even when the quota is exhausted
    qint64 remaining = 0; // max(0, quota - used)
    qint64 lapsing = 0; // credits forecast to be still unused at period_end, lost then
    double dailyRate = 0; // scans a day, the forecast's slope
    std::optional<QDateTime> forecastExhaustedAt; // null when the forecast does not run out this period

    QJsonObject toJson() const;
    static std::optional<QuotaStatus> fromJson(const QJsonObject& json, FieldErrors* errors,
                                               const QString& path = {});
    bool operator==(const QuotaStatus& other) const;
};

} // namespace lp::proto
