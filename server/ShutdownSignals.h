#pragma once

#include <QObject>

class QSocketNotifier;

namespace lp::server {

// Turns SIGTERM and SIGINT into a Qt signal. A signal handler may only do async-signal-safe work, so it
// writes one byte to a socket pair and the event loop picks it up (the self-pipe trick).
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

    // False if the socket pair or the handlers could not be set up.
    bool install();

signals:
    void shutdownRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace lp::server
