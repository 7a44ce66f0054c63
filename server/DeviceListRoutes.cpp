#include "DeviceListRoutes.h"

#include "Authenticator.h"
#include "Clock.h"
#include "DeviceCursor.h"
#include "DeviceRules.h"
#include "HttpServer.h"
#include "ProblemResponse.h"
#include "Storage.h"

#include <ApiPaths.h>
#include <DevicePage.h>
#include <DeviceRefreshPreview.h>
#include <License.h>

namespace lp::server {

namespace {
lp::proto::Device toWire(const Storage::Device& device, qint64 now)
{
    lp::proto::Device wire;
    wire.id = device.id;
    wire.deviceHash = device.deviceHash;
    wire.name = device.name;
    wire.platform = device.platform;
    wire.sdkVersion = device.sdkVersion;
    wire.firstRegisteredAt = Clock::fromSeconds(device.firstSeen);
    wire.lastSeenAt = Clock::fromSeconds(device.lastSeen);
    wire.leaseExpiresAt = Clock::fromSeconds(device.lastSeen + DeviceRules::kLeaseSeconds);
    if (device.releasedAt) {
        wire.releasedAt = Clock::fromSeconds(*device.releasedAt);
    }
    wire.status = DeviceRules::statusAt(device.lastSeen, device.releasedAt, now);
    return wire;
}
} // namespace

DeviceListRoutes::DeviceListRoutes(Storage& storage, const Clock& clock, Authenticator& authenticator)
    : m_storage(storage)
    , m_clock(clock)
    , m_authenticator(authenticator)
{ }

void DeviceListRoutes::registerOn(HttpServer& server)
{
    using M = HttpServer::Method;
    const QString license = QLatin1String(lp::api::kLicenses) + QStringLiteral("/{id}");
    server.addRoute(M::Get, license + QLatin1String(lp::api::kDevicesSuffix),
                    [this](const ApiRequest& r) { return list(r); });
    server.addRoute(M::Get, license + QLatin1String(lp::api::kRefreshPreviewSuffix),
                    [this](const ApiRequest& r) { return refreshPreview(r); });
}

ApiResponse DeviceListRoutes::list(const ApiRequest& request)
{
    ApiResponse refusal;
    const auto license = m_authenticator.callersLicense(request, &refusal);
    if (!license) {
        return refusal;
    }
    lp::proto::FieldErrors errors;
    const auto wireQuery = lp::proto::DeviceListQuery::fromQuery(request.query, &errors);
    if (!wireQuery) {
        return ProblemResponse::validation(errors);
    }
    const lp::proto::SortOrder order = wireQuery->effectiveOrder();
    Storage::DeviceQuery query;
    query.licenseId = license->id;
    query.search = wireQuery->search;
    query.status = wireQuery->status;
    query.sort = wireQuery->sort;
    query.descending = order == lp::proto::SortOrder::Descending;
    query.now = m_clock.nowSeconds();
    if (!wireQuery->cursor.isEmpty()) {
        const auto cursor = DeviceCursor::decode(wireQuery->cursor, wireQuery->sort, order);
        if (!cursor) {
            return ProblemResponse::validation(
                {{QStringLiteral("cursor"),
                  QStringLiteral("is not a cursor of this list with this sort and order: start again "
                                 "from the first page")}});
        }
        query.afterKey = cursor->key;
        query.afterId = cursor->id;
    }
    // One row more than asked tells whether another page follows.
    query.limit = wireQuery->limit + 1;
    auto found = m_storage.devices(query);
    auto& rows = found.devices;

    lp::proto::DevicePage page;
    if (rows.size() > wireQuery->limit) {
        rows.resize(wireQuery->limit);
        const DeviceCursor next {Storage::sortKey(rows.last(), query.sort), rows.last().id};
        page.nextCursor = next.encode(query.sort, order);
    }
    page.items.reserve(rows.size());
    for (const Storage::Device& row : rows) {
        page.items.append(toWire(row, query.now));
    }
    page.total = found.total;
    return ApiResponse::json(page.toJson());
}

ApiResponse DeviceListRoutes::refreshPreview(const ApiRequest& request)
{
    ApiResponse refusal;
    const auto license = m_authenticator.callersLicense(request, &refusal);
    if (!license) {
        return refusal;
    }
    if (license->type != lp::proto::toWire(lp::proto::LicenseType::PerDevice)) {
        return ProblemResponse::notFound(QStringLiteral(
            "This license is licensed per scan: it has no device allowance and no device refresh."));
    }
    const auto schedule = DeviceRules::refreshScheduleOf(*license);
    const qint64 since = schedule.lastRun.toSecsSinceEpoch();
    const qint64 now = m_clock.nowSeconds();
    lp::proto::DeviceRefreshPreview preview;
    preview.nextRefreshAt = schedule.next;
    preview.refreshMonths = schedule.months;
    preview.inactiveSince = schedule.lastRun;
    const qint64 at = schedule.next.toSecsSinceEpoch();
    preview.releaseCount = m_storage.countDevicesNotSeenSince(license->id, since, at);
    const auto rows
        = m_storage.devicesNotSeenSince(license->id, since, at, lp::proto::DeviceRefreshPreview::kMaxItems);
    for (const Storage::Device& row : rows) {
        preview.items.append(toWire(row, now));
    }
    return ApiResponse::json(preview.toJson());
}

} // namespace lp::server
