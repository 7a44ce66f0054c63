#pragma once

#include <DeviceHeartbeat.h>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <ScanSettings.h>
#include <functional>
#include <optional>

namespace lp::tools {

// Registers `count` simulated devices under a handshake code, then sends heartbeats at a set rate for
// a set time, with at most `concurrency` requests in flight. With `scansPerHeartbeat`, each device "sees"
// that many barcodes between heartbeats (a mix of formats, positions and confidences) and reports those
// the license's pre-scan settings let it decode, until the quota is exhausted; the settings and the quota
// left come with every answer. Usage not acknowledged is sent again under the same heartbeat id. Device
// hashes come from lp::DeviceFingerprint over made-up hardware ids, so a rerun with the same prefix finds the
// same devices again.
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
        int scansPerHeartbeat = 0;
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
        qint64 scansCounted = 0; // acknowledged by the server
        qint64 scansFiltered = 0; // not decoded: format, region or confidence outside the settings
        qint64 scansRefused = 0; // not decoded: the quota was exhausted
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
    QByteArray heartbeatBody(int index);
    // The barcodes a device saw since its last heartbeat, as the settings let it count them.
    QList<proto::ScanUsage> scan();
    // Takes the settings and quota of a registration or heartbeat answer.
    void readLease(const QByteArray& body);
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
    proto::ScanSettings m_settings = proto::ScanSettings::defaults();
    bool m_quotaExhausted = false;
    QHash<int, proto::DeviceHeartbeat> m_unacknowledged; // by device index
    qint64 m_heartbeatSerial = 0;
    bool m_finished = false;
};

} // namespace lp::tools
