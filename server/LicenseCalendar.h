#pragma once

#include <QDateTime>

namespace lp::server {

// The calendar rules of licenses: quota periods and device refreshes repeat every N months from an
// anchor, keeping its day of month (clamped to shorter months: an anchor on the 31st gives Feb 28/29)
// and its time of day. Each occurrence is computed from the anchor, never from the previous one, so a
// short month does not drift the following ones.
class LicenseCalendar
{
public:
    struct Period
    {
        QDateTime start; // inclusive
        QDateTime end; // exclusive
    };

    // anchor + count * months, clamped as described above.
    static QDateTime addMonths(const QDateTime& anchor, int months);
    // The period of `months` length that contains `at`; before the anchor, the first period.
    static Period periodContaining(const QDateTime& anchor, int months, const QDateTime& at);
    // The first anchor + k * months (k >= 1) strictly after `at`.
    static QDateTime nextOccurrenceAfter(const QDateTime& anchor, int months, const QDateTime& at);
    // Midnight UTC of the day containing `time`, in unix seconds: the key of scan_usage_daily.day.
    static qint64 dayOf(const QDateTime& time);
    static qint64 dayOf(const QDate& day) { return dayOf(QDateTime(day, QTime(0, 0), Qt::UTC)); }
    static constexpr qint64 kDaySeconds = 24 * 3600;
};

} // namespace lp::server
