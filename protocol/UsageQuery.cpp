#include "UsageQuery.h"

namespace lp::proto {

namespace {
const char kFrom[] = "from";
const char kTo[] = "to";
const char kGranularity[] = "granularity";
} // namespace

QString toWire(UsageGranularity granularity)
{
    switch (granularity) {
    case UsageGranularity::Day:
        return QStringLiteral("day");
    case UsageGranularity::Week:
        return QStringLiteral("week");
    case UsageGranularity::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<UsageGranularity> usageGranularityFromWire(const QString& text)
{
    for (UsageGranularity value : {UsageGranularity::Day, UsageGranularity::Week, UsageGranularity::Month}) {
        if (toWire(value) == text) {
            return value;
        }
    }
    return std::nullopt;
}

QUrlQuery UsageQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QLatin1String(kFrom), from.toString(Qt::ISODate));
    query.addQueryItem(QLatin1String(kTo), to.toString(Qt::ISODate));
    query.addQueryItem(QLatin1String(kGranularity), toWire(granularity));
    return query;
}

std::optional<UsageQuery> UsageQuery::fromQuery(const QUrlQuery& query, FieldErrors* errors)
{
    const qsizetype initialErrors = errors->size();
    const auto fail = [errors](const char* key, const QString& message) {
        errors->append({QString::fromLatin1(key), message});
    };
    const auto day = [&](const char* key) {
        const QString text = query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date.isValid()) {
            fail(key, QStringLiteral("must be a date as YYYY-MM-DD"));
        }
        return date;
    };
    UsageQuery result;
    result.from = day(kFrom);
    result.to = day(kTo);
    if (query.hasQueryItem(QLatin1String(kGranularity))) {
        const auto granularity
            = usageGranularityFromWire(query.queryItemValue(QLatin1String(kGranularity), QUrl::FullyDecoded));
        if (granularity) {
            result.granularity = *granularity;
        } else {
            fail(kGranularity, QStringLiteral("must be day, week or month"));
        }
    }
    if (result.from.isValid() && result.to.isValid()) {
        if (result.to < result.from) {
            fail(kTo, QStringLiteral("must not be before from"));
        } else if (result.from.daysTo(result.to) >= kMaxDays) {
            fail(kTo, QStringLiteral("must be less than %1 days after from").arg(kMaxDays));
        }
    }
    return errors->size() == initialErrors ? std::optional<UsageQuery>(result) : std::nullopt;
}

QDate UsageQuery::bucketStart(const QDate& day, UsageGranularity granularity)
{
    switch (granularity) {
    case UsageGranularity::Day:
        return day;
    case UsageGranularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case UsageGranularity::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate UsageQuery::nextBucket(const QDate& start, UsageGranularity granularity)
{
    switch (granularity) {
    case UsageGranularity::Day:
        return start.addDays(1);
    case UsageGranularity::Week:
        return start.addDays(7);
    case UsageGranularity::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

} // namespace lp::proto
