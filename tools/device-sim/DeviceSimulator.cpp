#include "DeviceSimulator.h"

#include "DeviceFingerprint.h"

#include <ApiPaths.h>
#include <DeviceHeartbeat.h>
#include <DeviceRegistration.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace lp::tools {

namespace {
const QStringList kPlatforms {QStringLiteral("Android 14"), QStringLiteral("iOS 17"),
                              QStringLiteral("Windows 11"), QStringLiteral("Ubuntu 24.04")};
constexpr int kProblemsShown = 3;
} // namespace

DeviceSimulator::DeviceSimulator(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_network.setProxy(QNetworkProxy::NoProxy); // load goes to the server named, never through a proxy
}

QString DeviceSimulator::hashOf(int index) const
{
    return DeviceFingerprint::hashOf(
        QStringLiteral("%1-hardware-%2").arg(m_options.prefix).arg(index).toUtf8());
}

QByteArray DeviceSimulator::registrationBody(int index) const
{
    const proto::DeviceRegistration registration {
        m_options.handshakeCode, hashOf(index), kPlatforms.at(index % kPlatforms.size()),
        QStringLiteral("10.4.2"),
        QStringLiteral("%1-%2").arg(m_options.prefix).arg(index, 4, 10, QLatin1Char('0'))};
    return QJsonDocument(registration.toJson()).toJson(QJsonDocument::Compact);
}

QByteArray DeviceSimulator::heartbeatBody(int index) const
{
    proto::DeviceHeartbeat heartbeat;
    heartbeat.handshakeCode = m_options.handshakeCode;
    heartbeat.deviceHash = hashOf(index);
    return QJsonDocument(heartbeat.toJson()).toJson(QJsonDocument::Compact);
}

void DeviceSimulator::start()
{
    pumpRegistrations();
}

void DeviceSimulator::post(const char* path, const QByteArray& body,
                           std::function<void(int status, const QByteArray&)> done)
{
    QUrl url = m_options.server;
    url.setPath(QLatin1String(path));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(api::kJsonContentType));
    request.setTransferTimeout(15000);
    ++m_inFlight;
    QNetworkReply* reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        --m_inFlight;
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    });
}

void DeviceSimulator::pumpRegistrations()
{
    while (m_inFlight < m_options.concurrency && m_nextRegistration < m_options.devices) {
        const int index = m_nextRegistration++;
        post(api::kDeviceRegister, registrationBody(index),
             [this, index](int status, const QByteArray& body) {
                 if (status == 201 || status == 200) {
                     ++(status == 201 ? m_counts.registered : m_counts.reregistered);
                     m_activeDevices.append(index);
                 } else if (status >= 400 && status < 500) {
                     ++m_counts.refused;
                     if (m_counts.firstProblems.size() < kProblemsShown) {
                         const QString detail = QJsonDocument::fromJson(body)
                                                    .object()
                                                    .value(QLatin1String("detail"))
                                                    .toString();
                         if (!m_counts.firstProblems.contains(detail)) {
                             m_counts.firstProblems.append(detail);
                         }
                     }
                 } else {
                     ++m_counts.failed;
                 }
                 const int answered
                     = m_counts.registered + m_counts.reregistered + m_counts.refused + m_counts.failed;
                 if (answered % 100 == 0 || answered == m_options.devices) {
                     emit progress(QStringLiteral("registered %1/%2 (refused %3, failed %4)")
                                       .arg(m_counts.registered + m_counts.reregistered)
                                       .arg(m_options.devices)
                                       .arg(m_counts.refused)
                                       .arg(m_counts.failed));
                 }
                 if (answered < m_options.devices) {
                     pumpRegistrations();
                     return;
                 }
                 if (m_options.heartbeatsPerSecond > 0 && m_options.durationSeconds > 0
                     && !m_activeDevices.isEmpty()) {
                     m_heartbeatClock.start();
                     pumpHeartbeats();
                 } else {
                     finish();
                 }
             });
    }
}

void DeviceSimulator::finish()
{
    if (!m_finished) {
        m_finished = true;
        emit finished();
    }
}

void DeviceSimulator::pumpHeartbeats()
{
    const qint64 elapsedMs = m_heartbeatClock.elapsed();
    if (elapsedMs >= qint64(m_options.durationSeconds) * 1000) {
        if (m_inFlight == 0) {
            finish();
        }
        return; // otherwise the last answer finishes the run
    }
    // Paced by the clock: as many as the rate allows by now, within the concurrency limit.
    const auto due = static_cast<qint64>(m_options.heartbeatsPerSecond * double(elapsedMs) / 1000.0) + 1;
    while (m_heartbeatsSent < due && m_inFlight < m_options.concurrency) {
        const int index = m_activeDevices.at(static_cast<int>(m_heartbeatsSent % m_activeDevices.size()));
        ++m_heartbeatsSent;
        auto* timer = new QElapsedTimer;
        timer->start();
        post(api::kDeviceHeartbeat, heartbeatBody(index), [this, timer](int status, const QByteArray&) {
            m_counts.heartbeatMs.append(double(timer->nsecsElapsed()) / 1e6);
            delete timer;
            ++(status == 200 ? m_counts.heartbeats : m_counts.heartbeatsFailed);
            if (m_heartbeatClock.elapsed() >= qint64(m_options.durationSeconds) * 1000 && m_inFlight == 0) {
                finish();
            }
        });
    }
    if ((m_counts.heartbeats + m_counts.heartbeatsFailed) % 500 == 0) {
        emit progress(QStringLiteral("heartbeats %1 (failed %2)")
                          .arg(m_counts.heartbeats)
                          .arg(m_counts.heartbeatsFailed));
    }
    QTimer::singleShot(5, this, &DeviceSimulator::pumpHeartbeats);
}

} // namespace lp::tools
