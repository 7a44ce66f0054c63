#include "DeviceRoutes.h"

#include "Clock.h"
#include "DatabaseError.h"
#include "DeviceRules.h"
#include "DeviceSeats.h"
#include "HttpServer.h"
#include "LicenseCalendar.h"
#include "LicenseRecord.h"
#include "LogCategories.h"
#include "ProblemResponse.h"
#include "QuotaRules.h"
#include "RequestBody.h"
#include "SecureRandom.h"
#include "Storage.h"
#include "Transaction.h"

#include <ApiPaths.h>
#include <DeviceHeartbeat.h>
#include <DeviceLease.h>
#include <DeviceRegistration.h>
#include <License.h>
#include <Problem.h>
#include <QHash>
#include <QTimer>

namespace lp::server {

namespace pp = lp::proto::problem;

namespace {
// The license a device names (as read from the storage), or the answer that refuses it.
std::optional<LicenseRecord> usableLicense(std::optional<LicenseRecord> license, const QString& code,
                                           qint64 now, ApiResponse* refusal)
{
    if (!license) {
        *refusal = ProblemResponse::make(404, pp::kUnknownHandshakeCode,
                                         QStringLiteral("No license has the handshake code %1.").arg(code));
        return std::nullopt;
    }
    if (license->suspended) {
        *refusal = ProblemResponse::make(403, pp::kLicenseInactive,
                                         QStringLiteral("The license %1 is suspended.").arg(code));
        return std::nullopt;
    }
    if (license->termEnd <= now) {
        *refusal = ProblemResponse::make(
            403, pp::kLicenseInactive,
            QStringLiteral("The license %1 expired on %2; renew it to register or run devices.")
                .arg(code, Clock::fromSeconds(license->termEnd).date().toString(Qt::ISODate)));
        return std::nullopt;
    }
    return license;
}

lp::proto::DeviceLease leaseOf(const LicenseRecord& license, qint64 devicesInUse, const QString& deviceHash,
                               qint64 now)
{
    lp::proto::DeviceLease lease;
    lease.deviceHash = deviceHash;
    lease.leaseExpiresAt = Clock::fromSeconds(now + DeviceRules::kLeaseSeconds);
    lease.deviceAllowance = license.isPerDevice() ? license.deviceAllowance : std::nullopt;
    lease.devicesInUse = devicesInUse;
    return lease;
}

ApiResponse answerWith(lp::proto::DeviceLease lease, const std::optional<lp::proto::QuotaStatus>& quota,
                       const lp::proto::ScanSettings& settings, int status)
{
    lease.quota = quota;
    lease.scanSettings = settings;
    return ApiResponse::json(lease.toJson(), status);
}
} // namespace

DeviceRoutes::DeviceRoutes(Storage& storage, const Clock& clock)
    : m_storage(storage)
    , m_clock(clock)
{ }

void DeviceRoutes::registerOn(HttpServer& server)
{
    using M = HttpServer::Method;
    server.addRoute(M::Post, QLatin1String(lp::api::kDeviceRegister),
                    [this](const ApiRequest& r) { return registerDevice(r); });
    server.addDeferredRoute(
        M::Post, QLatin1String(lp::api::kDeviceHeartbeat),
        [this](const ApiRequest& r, HttpServer::Respond respond) { heartbeat(r, std::move(respond)); });
}

ApiResponse DeviceRoutes::registerDevice(const ApiRequest& request)
{
    ApiResponse failure;
    const auto body = readBody<lp::proto::DeviceRegistration>(request, &failure);
    if (!body) {
        return failure;
    }
    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(m_storage.database());
    const auto license = usableLicense(m_storage.licenseByHandshakeCode(body->handshakeCode),
                                       body->handshakeCode, now, &failure);
    if (!license) {
        return failure;
    }
    const auto seat = DeviceSeats::take(m_storage, *license,
                                        {SecureRandom::id("dev_"), license->id, body->deviceHash, body->name,
                                         body->platform, body->sdkVersion, now, now, std::nullopt},
                                        &failure);
    if (!seat) {
        return failure;
    }
    const LicenseTerms terms = termsOf(*license, now);
    ApiResponse answer
        = answerWith(leaseOf(*license, m_storage.devicesInUse(license->id), body->deviceHash, now),
                     terms.quota, terms.scanSettings, seat->known ? 200 : 201);
    transaction.commit();
    return answer;
}

void DeviceRoutes::heartbeat(const ApiRequest& request, HttpServer::Respond respond)
{
    ApiResponse failure;
    auto body = readBody<lp::proto::DeviceHeartbeat>(request, &failure);
    if (!body) {
        respond(failure);
        return;
    }
    // Scans count in the quota period of their day: a device may report the days of its offline lease, not
    // days its clock invents (a future day would spend a period to come, an old one escape this one).
    const QDate today = m_clock.now().date();
    const QDate earliest = today.addDays(-(DeviceRules::kLeaseSeconds / LicenseCalendar::kDaySeconds) - 1);
    lp::proto::FieldErrors wrongDays;
    for (qsizetype i = 0; i < body->usage.size(); ++i) {
        const QDate day = body->usage.at(i).day;
        if (day < earliest || day > today.addDays(1)) {
            wrongDays.append(
                {QStringLiteral("usage[%1].day").arg(i),
                 QStringLiteral("must be a day of the device's lease, from %1 to %2 (UTC); is the "
                                "device's clock right?")
                     .arg(earliest.toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate))});
        }
    }
    if (!wrongDays.isEmpty()) {
        respond(ProblemResponse::validation(wrongDays));
        return;
    }
    m_pendingHeartbeats.push_back({std::move(*body), std::move(respond)});
    if (m_pendingHeartbeats.size() == 1) {
        // Runs once the event loop has read what the sockets hold: every heartbeat that arrived meanwhile
        // (also during the previous batch's commit) joins this batch.
        QTimer::singleShot(0, &m_batchContext, [this] { flushHeartbeats(); });
    }
}

void DeviceRoutes::flushHeartbeats()
{
    const auto batch = std::exchange(m_pendingHeartbeats, {});
    const qint64 now = m_clock.nowSeconds();
    std::vector<ApiResponse> answers;
    answers.reserve(batch.size());
    try {
        // One transaction, so one commit (one fsync) for the batch; the answers go out only after it.
        Transaction transaction(m_storage.database());
        // A fleet's heartbeats mostly name the same license: read each once per batch.
        QHash<QString, std::optional<LicenseRecord>> licenses;
        std::vector<std::optional<lp::proto::DeviceLease>> leases;
        leases.reserve(batch.size());
        for (const PendingHeartbeat& pending : batch) {
            const QString& code = pending.body.handshakeCode;
            auto license = licenses.constFind(code);
            if (license == licenses.constEnd()) {
                license = licenses.insert(code, m_storage.licenseByHandshakeCode(code));
            }
            answers.emplace_back();
            leases.push_back(checkIn(pending.body, *license, now, &answers.back()));
        }
        // Once all the batch's usage is in, so that every answer counts every scan reported before it.
        QHash<QString, LicenseTerms> terms;
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (!leases[i]) {
                continue;
            }
            const LicenseRecord& license = **licenses.constFind(batch[i].body.handshakeCode);
            auto known = terms.constFind(license.id);
            if (known == terms.constEnd()) {
                known = terms.insert(license.id, termsOf(license, now));
            }
            answers[i] = answerWith(*leases[i], known->quota, known->scanSettings, 200);
        }
        transaction.commit();
    } catch (const DatabaseError& error) {
        qCWarning(lcServer).noquote() << "a batch of" << batch.size() << "heartbeats failed:" << error.what();
        answers.assign(batch.size(), ProblemResponse::serviceUnavailable());
    } catch (const std::exception& error) {
        qCCritical(lcServer).noquote()
            << "a batch of" << batch.size() << "heartbeats failed:" << error.what();
        answers.assign(batch.size(), ProblemResponse::internalError());
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        batch[i].respond(answers[i]);
    }
}

DeviceRoutes::LicenseTerms DeviceRoutes::termsOf(const LicenseRecord& license, qint64 now)
{
    LicenseTerms terms;
    if (!license.isPerDevice()) {
        terms.quota = QuotaRules::statusOf(m_storage, license, now);
    }
    terms.scanSettings = m_storage.scanSettings(license.id);
    return terms;
}

std::optional<lp::proto::DeviceLease> DeviceRoutes::checkIn(const lp::proto::DeviceHeartbeat& body,
                                                            const std::optional<LicenseRecord>& stored,
                                                            qint64 now, ApiResponse* refusal)
{
    const auto license = usableLicense(stored, body.handshakeCode, now, refusal);
    if (!license) {
        return std::nullopt;
    }
    const auto deviceId = m_storage.touchDevice(license->id, body.deviceHash, now);
    if (!deviceId) {
        const bool released = m_storage.deviceOf(license->id, body.deviceHash).has_value();
        *refusal = ProblemResponse::make(
            404, pp::kUnknownDevice,
            released ? QStringLiteral("This device was released at the last device refresh: "
                                      "register it again.")
                     : QStringLiteral("This device is not registered under the license "
                                      "%1: register it first.")
                           .arg(body.handshakeCode));
        return std::nullopt;
    }
    // A replay (same id: the device did not get the answer) renews the lease but counts nothing again.
    if (!body.usage.isEmpty() && m_storage.recordHeartbeat(license->id, body.heartbeatId, now)) {
        QHash<qint64, qint64> perDay;
        for (const lp::proto::ScanUsage& entry : body.usage) {
            const qint64 day = LicenseCalendar::dayOf(entry.day);
            m_storage.addScanUsage(license->id, day, entry.format, entry.count);
            perDay[day] += entry.count;
        }
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            m_storage.addDeviceUsage(*deviceId, it.key(), it.value());
        }
    }
    return leaseOf(*license, license->devicesInUse, body.deviceHash, now);
}

} // namespace lp::server
