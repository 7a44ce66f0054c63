#include "Clock.h"

namespace lp::server {

Clock::Clock()
    : m_source([] { return QDateTime::currentSecsSinceEpoch(); })
{ }

Clock::Clock(std::function<qint64()> secondsSinceEpoch)
    : m_source(std::move(secondsSinceEpoch))
{ }

Clock Clock::fixed(const QDateTime& instant)
{
    const qint64 seconds = instant.toSecsSinceEpoch();
    return Clock([seconds] { return seconds; });
}

qint64 Clock::nowSeconds() const
{
    return m_source();
}

QDateTime Clock::now() const
{
    return fromSeconds(nowSeconds());
}

QDateTime Clock::fromSeconds(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
}

} // namespace lp::server
