#pragma once

#include "Device.h"

#include <QList>

namespace lp::proto {

// One page of GET /v1/licenses/{id}/devices. `next_cursor` is null on the last page. `total` counts every
// device that matches the search and filter; counting costs a pass over all matches, so only the first
// page (the one asked for without a cursor) carries it, and later pages answer null.
struct DevicePage
{
    QList<Device> items;
    QString nextCursor;
    std::optional<qint64> total;

    QJsonObject toJson() const;
    static std::optional<DevicePage> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
