#pragma once

#include "FieldError.h"
#include "UsageQuery.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace lp::proto {

// The scans of one day, week or month. `start` is the first day of the calendar bucket even when the
// query's `from` falls inside it; only days within the query are counted.
struct UsageBucket
{
    QDate start;
    qint64 total = 0;
    QMap<QString, qint64> byFormat; // formats with no scans in the bucket are absent
    // Per-device licenses: devices holding a seat at the end of the bucket (or now, for the current one).
    std::optional<qint64> devicesInUse;

    bool operator==(const UsageBucket& other) const
    {
        return start == other.start && total == other.total && byFormat == other.byFormat
            && devicesInUse == other.devicesInUse;
    }
};

// The answer of GET /v1/licenses/{id}/usage: every bucket of the range, in order, including empty ones.
struct UsageReport
{
    QDate from;
    QDate to;
    UsageGranularity granularity = UsageGranularity::Day;
    QStringList formats; // every format with scans in the range, most scanned first
    std::optional<qint64> deviceAllowance; // per-device licenses
    QList<UsageBucket> items;

    qint64 total() const;
    qint64 totalOf(const QString& format) const;

    QJsonObject toJson() const;
    static std::optional<UsageReport> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
