#include "LicenseCalendar.h"

#include <algorithm>

namespace lp::server {

QDateTime LicenseCalendar::addMonths(const QDateTime& anchor, int months)
{
    // QDate::addMonths clamps the day to the target month's length.
    const QDateTime utc = anchor.toUTC();
    return QDateTime(utc.date().addMonths(months), utc.time(), Qt::UTC);
}

LicenseCalendar::Period LicenseCalendar::periodContaining(const QDateTime& anchor, int months,
                                                          const QDateTime& at)
{
    // The schema allows only 1 to 12, but a division by zero is a signal, not an exception: it would take
    // the whole server down instead of failing one request.
    months = std::clamp(months, 1, 12);
    const QDateTime start = anchor.toUTC();
    const QDate a = start.date();
    const QDate n = at.toUTC().date();
    if (at <= start) {
        return {start, addMonths(start, months)};
    }
    int elapsed = (n.year() - a.year()) * 12 + (n.month() - a.month());
    int k = elapsed / months;
    // The estimate from calendar months can be one period late when the day or time of day has not yet come.
    while (k > 0 && addMonths(start, k * months) > at) {
        --k;
    }
    while (addMonths(start, (k + 1) * months) <= at) {
        ++k;
    }
    return {addMonths(start, k * months), addMonths(start, (k + 1) * months)};
}

QDateTime LicenseCalendar::nextOccurrenceAfter(const QDateTime& anchor, int months, const QDateTime& at)
{
    if (at < anchor) {
        return addMonths(anchor, months);
    }
    return periodContaining(anchor, months, at).end;
}

qint64 LicenseCalendar::dayOf(const QDateTime& time)
{
    return QDateTime(time.toUTC().date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace lp::server
