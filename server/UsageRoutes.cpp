#include "UsageRoutes.h"

#include "Authenticator.h"
#include "Clock.h"
#include "HttpServer.h"
#include "LicenseCalendar.h"
#include "LogCategories.h"
#include "ProblemResponse.h"
#include "QuotaRules.h"
#include "RequestBody.h"
#include "Storage.h"

#include <ApiPaths.h>
#include <License.h>
#include <ScanSettings.h>
#include <UsageReport.h>

namespace lp::server {

namespace {
constexpr qint64 kDay = LicenseCalendar::kDaySeconds;

// Seats held at the end of each bucket, from the days devices were first seen and released. A device
// released and registered again counts from its first registration: the history is approximate there.
void addSeatCounts(Storage& storage, const LicenseRecord& license, lp::proto::UsageReport& report)
{
    const auto firstSeen = storage.devicesFirstSeenPerDay(license.id);
    const auto released = storage.devicesReleasedPerDay(license.id);
    qsizetype nextSeen = 0;
    qsizetype nextReleased = 0;
    qint64 seats = 0;
    for (qsizetype i = 0; i < report.items.size(); ++i) {
        const QDate bucketEnd
            = i + 1 < report.items.size() ? report.items.at(i + 1).start : report.to.addDays(1);
        const qint64 end = LicenseCalendar::dayOf(bucketEnd);
        for (; nextSeen < firstSeen.size() && firstSeen.at(nextSeen).first < end; ++nextSeen) {
            seats += firstSeen.at(nextSeen).second;
        }
        for (; nextReleased < released.size() && released.at(nextReleased).first < end; ++nextReleased) {
            seats -= released.at(nextReleased).second;
        }
        report.items[i].devicesInUse = std::max<qint64>(0, seats);
    }
    report.deviceAllowance = license.deviceAllowance.value_or(0);
}
} // namespace

UsageRoutes::UsageRoutes(Storage& storage, const Clock& clock, Authenticator& authenticator)
    : m_storage(storage)
    , m_clock(clock)
    , m_authenticator(authenticator)
{ }

void UsageRoutes::registerOn(HttpServer& server)
{
    using M = HttpServer::Method;
    const QString license = QLatin1String(lp::api::kLicenses) + QStringLiteral("/{id}");
    server.addRoute(M::Get, license + QLatin1String(lp::api::kUsageSuffix),
                    [this](const ApiRequest& r) { return usage(r); });
    server.addRoute(M::Get, license + QLatin1String(lp::api::kQuotaSuffix),
                    [this](const ApiRequest& r) { return quota(r); });
    server.addRoute(M::Get, license + QLatin1String(lp::api::kScanSettingsSuffix),
                    [this](const ApiRequest& r) { return scanSettings(r); });
    server.addRoute(M::Put, license + QLatin1String(lp::api::kScanSettingsSuffix),
                    [this](const ApiRequest& r) { return saveScanSettings(r); });
}

ApiResponse UsageRoutes::usage(const ApiRequest& request)
{
    ApiResponse refusal;
    const auto license = m_authenticator.callersLicense(request, &refusal);
    if (!license) {
        return refusal;
    }
    lp::proto::FieldErrors errors;
    const auto query = lp::proto::UsageQuery::fromQuery(request.query, &errors);
    if (!query) {
        return ProblemResponse::validation(errors);
    }
    lp::proto::UsageReport report;
    report.from = query->from;
    report.to = query->to;
    report.granularity = query->granularity;
    for (QDate start = lp::proto::UsageQuery::bucketStart(query->from, query->granularity);
         start <= query->to; start = lp::proto::UsageQuery::nextBucket(start, query->granularity)) {
        report.items.append({start, 0, {}, std::nullopt});
    }
    QHash<QString, qint64> formatTotals;
    qsizetype bucket = 0;
    for (const Storage::UsageRow& row : m_storage.scanUsage(license->id, LicenseCalendar::dayOf(query->from),
                                                            LicenseCalendar::dayOf(query->to) + kDay)) {
        const QDate day = Clock::fromSeconds(row.day).date();
        while (bucket + 1 < report.items.size() && report.items.at(bucket + 1).start <= day) {
            ++bucket;
        }
        lp::proto::UsageBucket& target = report.items[bucket];
        target.total += row.count;
        target.byFormat[row.format] += row.count;
        formatTotals[row.format] += row.count;
    }
    report.formats = formatTotals.keys();
    std::sort(report.formats.begin(), report.formats.end(),
              [&formatTotals](const QString& a, const QString& b) {
                  const qint64 left = formatTotals.value(a);
                  const qint64 right = formatTotals.value(b);
                  return left != right ? left > right : a < b;
              });
    if (license->isPerDevice()) {
        addSeatCounts(m_storage, *license, report);
    }
    return ApiResponse::json(report.toJson());
}

ApiResponse UsageRoutes::quota(const ApiRequest& request)
{
    ApiResponse refusal;
    const auto license = m_authenticator.callersLicense(request, &refusal);
    if (!license) {
        return refusal;
    }
    if (license->isPerDevice()) {
        return ProblemResponse::notFound(
            QStringLiteral("This license is licensed per device: it has a device allowance, no scan quota."));
    }
    return ApiResponse::json(QuotaRules::statusOf(m_storage, *license, m_clock.nowSeconds()).toJson());
}

ApiResponse UsageRoutes::scanSettings(const ApiRequest& request)
{
    ApiResponse refusal;
    const auto license = m_authenticator.callersLicense(request, &refusal);
    if (!license) {
        return refusal;
    }
    return ApiResponse::json(m_storage.scanSettings(license->id).toJson());
}

ApiResponse UsageRoutes::saveScanSettings(const ApiRequest& request)
{
    ApiResponse refusal;
    const auto license = m_authenticator.callersLicense(request, &refusal);
    if (!license) {
        return refusal;
    }
    const auto settings = readBody<lp::proto::ScanSettings>(request, &refusal);
    if (!settings) {
        return refusal;
    }
    m_storage.saveScanSettings(license->id, *settings, m_clock.nowSeconds());
    qCInfo(lcAudit).noquote() << "request" << request.requestId << "saved the scan settings of license"
                              << license->id;
    return ApiResponse::json(settings->toJson());
}

} // namespace lp::server
