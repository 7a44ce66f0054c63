#include "AutoRefresh.h"

#include "Clock.h"
#include "LicenseService.h"

#include <algorithm>

namespace lp {

AutoRefresh::AutoRefresh(LicenseService* service, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
{
    // Coarse is enough for a poll, and lets the system bundle wake-ups.
    m_timer.setTimerType(Qt::CoarseTimer);
    m_timer.setInterval(kPollInterval);
    connect(&m_timer, &QTimer::timeout, this, &AutoRefresh::poll);
    // A refresh the user asked for counts as well: the next one is an hour after it. A failed one too, so
    // that a client without a network does not try again at every poll.
    connect(m_service, &LicenseService::refreshed, this, [this](const QDateTime& at) { m_last = at; });
    connect(m_service, &LicenseService::refreshFailed, this, [this] { m_last = m_clock->now(); });
}

void AutoRefresh::start()
{
    m_last = m_clock->now();
    m_timer.start();
}

void AutoRefresh::stop()
{
    m_timer.stop();
    m_last = {};
}

QDateTime AutoRefresh::nextDue() const
{
    return isActive() ? dueAfter(m_last) : QDateTime();
}

QDateTime AutoRefresh::dueAfter(const QDateTime& last)
{
    const QDateTime hourLater = last.addSecs(std::chrono::seconds(kInterval).count());
    // startOfDay(): on a day that begins with a daylight saving gap, midnight itself does not exist.
    const QDateTime afterMidnight = last.toLocalTime().date().addDays(1).startOfDay().addSecs(
        std::chrono::seconds(kAfterMidnight).count());
    return std::min(hourLater, afterMidnight).toUTC();
}

void AutoRefresh::poll()
{
    if (!isActive() || m_service->isBusy()) {
        return;
    }
    const QDateTime now = m_clock->now();
    if (now < m_last) {
        m_last = now; // the clock was set back: count from now, not from a time that has not come yet
    }
    if (now < dueAfter(m_last)) {
        return;
    }
    m_last = now;
    m_service->refresh();
    emit refreshStarted();
}

void AutoRefresh::setPollInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

} // namespace lp
