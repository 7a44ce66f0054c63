#include "DisplayDate.h"

namespace lp {

QString displayDate(const QDateTime& time, const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return locale.toString(time.toLocalTime().date(), format);
}

} // namespace lp
