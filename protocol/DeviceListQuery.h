#pragma once

#include "Device.h"
#include "FieldError.h"

#include <QUrlQuery>
#include <optional>

namespace lp::proto {

enum class DeviceSort { LastSeen, FirstRegistered, Name };
enum class SortOrder { Ascending, Descending };

QString toWire(DeviceSort sort);
QString toWire(SortOrder order);

// The query of GET /v1/licenses/{id}/devices: one page of a license's devices, searched, filtered and
// sorted on the server. `cursor` is opaque to the client: it is the `next_cursor` of the previous page,
// and only valid with the same sort and order.
struct DeviceListQuery
{
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 500;
    static constexpr int kMaxSearchLength = 100;

    int limit = kDefaultLimit;
    QString cursor;
    // Matches the start of the name or platform (case-insensitive) or of the device hash.
    QString search;
    DeviceSort sort = DeviceSort::LastSeen;
    // Without an order: most recent first for the times, A to Z for names.
    std::optional<SortOrder> order;
    std::optional<DeviceStatus> status;

    SortOrder effectiveOrder() const;
    QUrlQuery toQuery() const;
    static std::optional<DeviceListQuery> fromQuery(const QUrlQuery& query, FieldErrors* errors);
};

} // namespace lp::proto
