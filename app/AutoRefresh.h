#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace lp {

class Clock;
class LicenseService;

// Refreshes the licenses of a client left open, so that quota and allowance figures stay fresh and the
// alerts see thresholds crossed meanwhile without the user doing anything: an hour after the last refresh
// (whoever started it), and shortly after local midnight, when the keys' day counts change.
//
// The timer only polls: every kPollInterval it compares the wall clock with the due time. One timer of
// an hour would miss the mark, because a timer does not count the time the computer sleeps, and the
// clock may be set or change with daylight saving time.
class AutoRefresh : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes kInterval {60};
    // Past midnight, not on it: a timer may fire a little early, and the day must have changed by then.
    static constexpr std::chrono::minutes kAfterMidnight {1};
    static constexpr std::chrono::milliseconds kPollInterval {60000};

    AutoRefresh(LicenseService* service, const Clock* clock, QObject* parent = nullptr);

    // Counts from now: the sign-in that starts it loads the licenses itself. stop() on sign-out.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // When the next refresh is due; invalid while stopped.
    QDateTime nextDue() const;
    // The refresh due after one at `last`: an hour later, or just after the next local midnight if that
    // comes first.
    static QDateTime dueAfter(const QDateTime& last);

    // Refreshes if the refresh is due. The timer calls it; tests with a ManualClock may call it directly,
    // or shorten the poll interval so that the timer does.
    void poll();
    void setPollInterval(std::chrono::milliseconds interval);

signals:
    // An automatic refresh was started; the service's refreshed() or refreshFailed() follows.
    void refreshStarted();

private:
    LicenseService* m_service;
    const Clock* m_clock;
    QTimer m_timer;
    QDateTime m_last; // the last refresh, automatic or not, or the last attempt
};

} // namespace lp
