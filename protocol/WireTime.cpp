#include "WireTime.h"

#include <QRegularExpression>

namespace lp::proto {

QString toWireTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromWireTime(const QString& text)
{
    // Qt::ISODate alone also accepts dates without a time or offset; RFC 3339 demands both.
    static const QRegularExpression rfc3339(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"));
    if (!rfc3339.match(text).hasMatch()) {
        return {};
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(text, Qt::ISODate);
    }
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace lp::proto
