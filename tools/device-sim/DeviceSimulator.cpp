#include "DeviceSimulator.h"

#include "DeviceFingerprint.h"

#include <ApiPaths.h>
#include <DeviceHeartbeat.h>
#include <DeviceLease.h>
#include <DeviceRegistration.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

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

QByteArray DeviceSimulator::heartbeatBody(int index)
{
    auto pending = m_unacknowledged.find(index);
    if (pending == m_unacknowledged.end()) {
        proto::DeviceHeartbeat heartbeat;
        heartbeat.handshakeCode = m_options.handshakeCode;
        heartbeat.deviceHash = hashOf(index);
        heartbeat.usage = scan();
        if (!heartbeat.usage.isEmpty()) {
            // Not the prefix: device names may hold characters a heartbeat id may not.
            heartbeat.heartbeatId = QStringLiteral("sim-%1-%2")
                                        .arg(QDateTime::currentMSecsSinceEpoch(), 0, 36)
                                        .arg(++m_heartbeatSerial);
        }
        pending = m_unacknowledged.insert(index, heartbeat);
    }
    return QJsonDocument(pending->toJson()).toJson(QJsonDocument::Compact);
}

QList<proto::ScanUsage> DeviceSimulator::scan()
{
    // What passes a scanner in a warehouse: mostly QR and Code 128, some retail codes.
    static const QList<std::pair<QString, int>> seen {
        {QStringLiteral("QR_CODE"), 35},     {QStringLiteral("CODE_128"), 25}, {QStringLiteral("EAN_13"), 20},
        {QStringLiteral("DATA_MATRIX"), 10}, {QStringLiteral("PDF_417"), 5},   {QStringLiteral("UPC_A"), 5}};
    QHash<QString, qint64> counted;
    QRandomGenerator* random = QRandomGenerator::global();
    for (int i = 0; i < m_options.scansPerHeartbeat; ++i) {
        int dice = random->bounded(100);
        auto format = seen.cbegin();
        for (; dice >= format->second; ++format) {
            dice -= format->second;
        }
        const double x = random->bounded(100.0);
        const double y = random->bounded(100.0);
        const int confidence = 40 + random->bounded(61);
        const bool inRegion = std::any_of(
            m_settings.regions.cbegin(), m_settings.regions.cend(), [x, y](const proto::ScanRegion& region) {
                return x >= region.left && x < region.right && y >= region.top && y < region.bottom;
            });
        if (!m_settings.allows(format->first) || !inRegion || confidence < m_settings.minConfidence) {
            ++m_counts.scansFiltered;
        } else if (m_quotaExhausted) {
            ++m_counts.scansRefused;
        } else {
            ++counted[format->first];
        }
    }
    QList<proto::ScanUsage> usage;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        usage.append({today, it.key(), it.value()});
    }
    return usage;
}

void DeviceSimulator::readLease(const QByteArray& body)
{
    proto::FieldErrors errors;
    const auto lease = proto::DeviceLease::fromJson(QJsonDocument::fromJson(body).object(), &errors);
    if (lease) {
        m_settings = lease->scanSettings;
        m_quotaExhausted = lease->quota && lease->quota->remaining == 0;
    }
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
                     readLease(body);
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
        const QByteArray body = heartbeatBody(index);
        const QString heartbeatId = m_unacknowledged.value(index).heartbeatId;
        post(api::kDeviceHeartbeat, body,
             [this, timer, index, heartbeatId](int status, const QByteArray& answer) {
                 m_counts.heartbeatMs.append(double(timer->nsecsElapsed()) / 1e6);
                 // A second answer to the same heartbeat (sent again while the first was in flight) counts
                 // nothing.
                 const auto pending = m_unacknowledged.constFind(index);
                 if (status == 200 && pending != m_unacknowledged.cend()
                     && pending->heartbeatId == heartbeatId) {
                     for (const proto::ScanUsage& entry : pending->usage) {
                         m_counts.scansCounted += entry.count;
                     }
                     m_unacknowledged.erase(pending);
                 }
                 if (status == 200) {
                     readLease(answer);
                 }
                 delete timer;
                 ++(status == 200 ? m_counts.heartbeats : m_counts.heartbeatsFailed);
                 if (m_heartbeatClock.elapsed() >= qint64(m_options.durationSeconds) * 1000
                     && m_inFlight == 0) {
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
