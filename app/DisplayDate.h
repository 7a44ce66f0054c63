#pragma once

#include <QDateTime>
#include <QLocale>

namespace lp {

// A date as the portal shows it everywhere (table, details): the locale's short format, but always with a
// four-digit year, since "27.08.27" is ambiguous next to day and month.
QString displayDate(const QDateTime& time, const QLocale& locale = QLocale());

} // namespace lp
