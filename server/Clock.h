#pragma once

#include <QDateTime>
#include <functional>

namespace lp::server {

// The server's idea of "now", in whole seconds UTC. Injectable so that period and expiry arithmetic can
// be tested at chosen instants instead of whenever the test happens to run.
class Clock
{
public:
    Clock(); // the system clock
    explicit Clock(std::function<qint64()> secondsSinceEpoch);
    static Clock fixed(const QDateTime& instant);

    qint64 nowSeconds() const;
    QDateTime now() const;

    static QDateTime fromSeconds(qint64 secondsSinceEpoch);

private:
    std::function<qint64()> m_source;
};

} // namespace lp::server
