#pragma once

// What the benchmarks share: percentiles, one printed line per measurement, the process's memory, and a
// probe that times an action until a widget is painted with its result.
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace bench {

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index
        = static_cast<qsizetype>(std::min<double>(values.size() - 1, p * (values.size() - 1) + 0.5));
    return values.at(index);
}

inline void report(const char* name, const QList<double>& ms)
{
    std::printf("%-44s median %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%lld samples)\n", name,
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0),
                static_cast<long long>(ms.size()));
    std::fflush(stdout);
}

// A field of /proc/self/status such as "VmHWM:", in KiB; -1 where there is none.
inline long memoryKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

// Install on a widget (or a viewport): measure() runs an action and returns the milliseconds until the
// widget was first painted with `ready()` true, or -1 after a minute. The time is taken in the paint event
// itself: QTest::qWaitFor sleeps 10 ms between its checks, which would count.
class PaintProbe : public QObject
{
public:
    double measure(const std::function<void()>& action, const std::function<bool()>& ready)
    {
        QEventLoop loop;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        m_paintedAt = -1;
        m_ready = ready;
        m_loop = &loop;
        m_timer.start();
        action();
        if (m_paintedAt < 0) {
            loop.exec();
        }
        m_ready = nullptr;
        m_loop = nullptr;
        return m_paintedAt < 0 ? -1.0 : static_cast<double>(m_paintedAt) / 1e6;
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_ready && m_paintedAt < 0 && m_ready()) {
            m_paintedAt = m_timer.nsecsElapsed();
            if (m_loop) {
                m_loop->quit();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    QElapsedTimer m_timer;
    qint64 m_paintedAt = -1;
    QEventLoop* m_loop = nullptr;
};

} // namespace bench
