#include "LicenseRoutes.h"

#include "Authenticator.h"
#include "Clock.h"
#include "DeviceRules.h"
#include "HttpServer.h"
#include "LogCategories.h"
#include "ProblemResponse.h"
#include "QuotaRules.h"
#include "Storage.h"

#include <ApiPaths.h>
#include <LicenseList.h>

namespace lp::server {

LicenseRoutes::LicenseRoutes(Storage& storage, const Clock& clock, Authenticator& authenticator)
    : m_storage(storage)
    , m_clock(clock)
    , m_authenticator(authenticator)
{ }

void LicenseRoutes::registerOn(HttpServer& server)
{
    using M = HttpServer::Method;
    const QString collection = QLatin1String(lp::api::kLicenses);
    server.addRoute(M::Get, collection, [this](const ApiRequest& r) { return list(r); });
    server.addRoute(M::Get, collection + QStringLiteral("/{id}"),
                    [this](const ApiRequest& r) { return get(r); });
}

lp::proto::License LicenseRoutes::toWire(const LicenseRecord& record, qint64 scansUsed, const QDateTime& now)
{
    lp::proto::License license;
    license.id = record.id;
    license.product = record.product;
    license.handshakeCode = record.handshakeCode;
    license.licenseKey = record.licenseKeyHint;
    license.type = lp::proto::licenseTypeFromWire(record.type).value_or(lp::proto::LicenseType::PerDevice);
    license.termStart = Clock::fromSeconds(record.termStart);
    license.termEnd = Clock::fromSeconds(record.termEnd);
    if (record.suspended) {
        license.status = lp::proto::LicenseStatus::Suspended;
    } else if (license.termEnd <= now) {
        license.status = lp::proto::LicenseStatus::Expired;
    } else {
        license.status = lp::proto::LicenseStatus::Active;
    }
    if (license.type == lp::proto::LicenseType::PerDevice) {
        license.deviceAllowance = record.deviceAllowance.value_or(0);
        license.devicesInUse = record.devicesInUse;
        const auto schedule = DeviceRules::refreshScheduleOf(record);
        license.deviceRefreshMonths = schedule.months;
        license.nextDeviceRefresh = schedule.next;
    } else {
        license.scanQuota = record.scanQuota.value_or(0);
        license.scansUsed = scansUsed;
        license.quotaPeriod
            = lp::proto::quotaPeriodFromWire(record.quotaPeriod).value_or(lp::proto::QuotaPeriod::Monthly);
        license.quotaPeriodStart = QuotaRules::periodOf(record, now).start;
    }
    return license;
}

lp::proto::License LicenseRoutes::wireLicense(const LicenseRecord& record, const QDateTime& now)
{
    qint64 scans = 0;
    if (record.type == lp::proto::toWire(lp::proto::LicenseType::PerScan)) {
        const auto [firstDay, endDay] = QuotaRules::daysOf(QuotaRules::periodOf(record, now));
        scans = m_storage.scansUsed(record.id, firstDay, endDay);
    }
    return toWire(record, scans, now);
}

ApiResponse LicenseRoutes::list(const ApiRequest& request)
{
    const auto user = m_authenticator.authenticate(request);
    if (!user) {
        return ProblemResponse::unauthorized();
    }
    const QDateTime now = m_clock.now();
    lp::proto::LicenseList list;
    const auto records = m_storage.licensesOfAccount(user->accountId);
    for (const LicenseRecord& record : records) {
        list.items.append(wireLicense(record, now));
    }
    return ApiResponse::json(list.toJson());
}

ApiResponse LicenseRoutes::get(const ApiRequest& request)
{
    const auto user = m_authenticator.authenticate(request);
    if (!user) {
        return ProblemResponse::unauthorized();
    }
    const QString id = request.pathParameters.value(QStringLiteral("id"));
    const auto record = m_storage.licenseOfAccount(user->accountId, id);
    if (!record) {
        return ProblemResponse::licenseNotFound();
    }
    lp::proto::License license = wireLicense(*record, m_clock.now());
    const bool reveal = request.query.queryItemValue(QLatin1String(lp::api::kRevealQuery))
        == QLatin1String(lp::api::kRevealLicenseKey);
    if (reveal) {
        license.licenseKey = m_storage.licenseKey(*record);
        qCInfo(lcAudit).noquote() << "request" << request.requestId << "user" << user->id
                                  << "revealed the key of license" << record->id;
    }
    return ApiResponse::json(license.toJson());
}

} // namespace lp::server
