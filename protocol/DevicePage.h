#pragma once

#include "Device.h"

#include <QList>

namespace lp::proto {

// One page of GET /v1/licenses/{id}/devices. `next_cursor` is null on the last page. `total` counts the
// devices that match the search and filter. Counting a million matches would cost more than the page, so
// a search or status filter is counted only up to kMaxExactTotal: past that, `total` is null ("more than
// 10,000"). Without a search or filter, `total` is always the license's number of devices.
struct DevicePage
{
    static constexpr qint64 kMaxExactTotal = 10000;

    QList<Device> items;
    QString nextCursor;
    std::optional<qint64> total;

    QJsonObject toJson() const;
    static std::optional<DevicePage> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
