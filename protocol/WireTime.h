#pragma once

#include <QDateTime>
#include <QString>

namespace lp::proto {

// Times travel as RFC 3339 in UTC with second precision, e.g. "2026-11-27T21:18:36Z".
QString toWireTime(const QDateTime& time);
// Accepts RFC 3339 with any offset; returns an invalid QDateTime for anything else.
QDateTime fromWireTime(const QString& text);

} // namespace lp::proto
