#include "DeviceListQuery.h"

namespace lp::proto {

namespace {
const char kLimit[] = "limit";
const char kCursor[] = "cursor";
const char kSearch[] = "q";
const char kSort[] = "sort";
const char kOrder[] = "order";
const char kStatus[] = "status";
constexpr int kMaxCursorLength = 512;

template<typename Enum, std::size_t N>
std::optional<Enum> fromWire(const QString& text, const Enum (&values)[N])
{
    for (Enum value : values) {
        if (toWire(value) == text) {
            return value;
        }
    }
    return std::nullopt;
}
} // namespace

QString toWire(DeviceSort sort)
{
    switch (sort) {
    case DeviceSort::LastSeen:
        return QStringLiteral("last_seen");
    case DeviceSort::FirstRegistered:
        return QStringLiteral("first_registered");
    case DeviceSort::Name:
        return QStringLiteral("name");
    }
    return {};
}

QString toWire(SortOrder order)
{
    return order == SortOrder::Ascending ? QStringLiteral("asc") : QStringLiteral("desc");
}

SortOrder DeviceListQuery::effectiveOrder() const
{
    if (order) {
        return *order;
    }
    return sort == DeviceSort::Name ? SortOrder::Ascending : SortOrder::Descending;
}

QUrlQuery DeviceListQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QLatin1String(kLimit), QString::number(limit));
    if (!cursor.isEmpty()) {
        query.addQueryItem(QLatin1String(kCursor), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    }
    if (!search.isEmpty()) {
        query.addQueryItem(QLatin1String(kSearch), QString::fromLatin1(QUrl::toPercentEncoding(search)));
    }
    query.addQueryItem(QLatin1String(kSort), toWire(sort));
    query.addQueryItem(QLatin1String(kOrder), toWire(effectiveOrder()));
    if (status) {
        query.addQueryItem(QLatin1String(kStatus), toWire(*status));
    }
    return query;
}

std::optional<DeviceListQuery> DeviceListQuery::fromQuery(const QUrlQuery& query, FieldErrors* errors)
{
    const qsizetype initialErrors = errors->size();
    const auto value
        = [&query](const char* key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    const auto has = [&query](const char* key) { return query.hasQueryItem(QLatin1String(key)); };
    const auto fail = [errors](const char* key, const QString& message) {
        errors->append({QString::fromLatin1(key), message});
    };

    DeviceListQuery result;
    if (has(kLimit)) {
        bool ok = false;
        const int limit = value(kLimit).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            fail(kLimit, QStringLiteral("must be a whole number from 1 to %1").arg(kMaxLimit));
        } else {
            result.limit = limit;
        }
    }
    result.cursor = value(kCursor);
    if (result.cursor.size() > kMaxCursorLength) {
        fail(kCursor, QStringLiteral("is not a cursor this server gave out"));
    }
    result.search = value(kSearch).trimmed();
    if (result.search.size() > kMaxSearchLength) {
        fail(kSearch, QStringLiteral("must be at most %1 characters").arg(kMaxSearchLength));
    }
    if (has(kSort)) {
        constexpr DeviceSort sorts[] = {DeviceSort::LastSeen, DeviceSort::FirstRegistered, DeviceSort::Name};
        if (const auto sort = fromWire(value(kSort), sorts)) {
            result.sort = *sort;
        } else {
            fail(kSort, QStringLiteral("must be last_seen, first_registered or name"));
        }
    }
    if (has(kOrder)) {
        constexpr SortOrder orders[] = {SortOrder::Ascending, SortOrder::Descending};
        result.order = fromWire(value(kOrder), orders);
        if (!result.order) {
            fail(kOrder, QStringLiteral("must be asc or desc"));
        }
    }
    if (has(kStatus)) {
        result.status = deviceStatusFromWire(value(kStatus));
        if (!result.status) {
            fail(kStatus, QStringLiteral("must be active, offline, lease_expired or released"));
        }
    }
    return errors->size() == initialErrors ? std::optional<DeviceListQuery>(result) : std::nullopt;
}

} // namespace lp::proto
