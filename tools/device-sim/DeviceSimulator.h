#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace lp::tools {

// Registers `count` simulated devices under a handshake code, then sends heartbeats at a set rate for
// a set time, with at most `concurrency` requests in flight. Device hashes come from lp::DeviceFingerprint
// over made-up hardware ids, so a rerun with the same prefix finds the same devices again.
class DeviceSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl server;
        QString handshakeCode;
        QString prefix = QStringLiteral("Sim");
        int devices = 10;
        int concurrency = 16;
        double heartbeatsPerSecond = 0; // 0: register only
        int durationSeconds = 0;
    };
    struct Counts
    {
        int registered = 0; // new seats
        int reregistered = 0; // known devices
        int refused = 0; // allowance, inactive or unknown license
        int failed = 0; // no answer, or an answer outside the contract
        int heartbeats = 0;
        int heartbeatsFailed = 0;
        QList<double> heartbeatMs;
        QStringList firstProblems; // the first few refusal details, for the user
    };

    explicit DeviceSimulator(Options options, QObject* parent = nullptr);
    void start();
    const Counts& counts() const { return m_counts; }

signals:
    void progress(const QString& line);
    void finished();

private:
    QByteArray registrationBody(int index) const;
    QByteArray heartbeatBody(int index) const;
    QString hashOf(int index) const;
    void pumpRegistrations();
    void pumpHeartbeats();
    void post(const char* path, const QByteArray& body,
              std::function<void(int status, const QByteArray&)> done);
    void finish();

    Options m_options;
    QNetworkAccessManager m_network;
    Counts m_counts;
    int m_nextRegistration = 0;
    int m_inFlight = 0;
    qint64 m_heartbeatsSent = 0;
    QList<int> m_activeDevices;
    QElapsedTimer m_heartbeatClock;
    bool m_finished = false;
};

} // namespace lp::tools
