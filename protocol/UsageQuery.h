#pragma once

#include "FieldError.h"

#include <QDate>
#include <QUrlQuery>
#include <optional>

namespace lp::proto {

enum class UsageGranularity { Day, Week, Month };

QString toWire(UsageGranularity granularity);
std::optional<UsageGranularity> usageGranularityFromWire(const QString& text);

// The query of GET /v1/licenses/{id}/usage: the UTC days `from` to `to`, both included, summed per day,
// ISO week (starting Monday) or calendar month.
struct UsageQuery
{
    // Five years of days: the longest range the pane offers is three.
    static constexpr int kMaxDays = 5 * 366;

    QDate from;
    QDate to;
    UsageGranularity granularity = UsageGranularity::Day;

    QUrlQuery toQuery() const;
    static std::optional<UsageQuery> fromQuery(const QUrlQuery& query, FieldErrors* errors);
    // The first day of the bucket that holds `day`.
    static QDate bucketStart(const QDate& day, UsageGranularity granularity);
    // The first day of the bucket after the one starting at `start`.
    static QDate nextBucket(const QDate& start, UsageGranularity granularity);
};

} // namespace lp::proto
