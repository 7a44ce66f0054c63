#pragma once

#include "Device.h"

#include <QList>

namespace lp::proto {

// The answer of GET /v1/licenses/{id}/devices/refresh-preview: when the next device refresh runs and
// which devices it will release if they stay away until then: those not seen since `inactive_since`
// (the previous refresh, or the start of the term). `items` lists the first of them, least recently
// seen first; `release_count` counts them all.
struct DeviceRefreshPreview
{
    static constexpr int kMaxItems = 100;

    QDateTime nextRefreshAt;
    int refreshMonths = 12;
    QDateTime inactiveSince;
    qint64 releaseCount = 0;
    QList<Device> items;

    QJsonObject toJson() const;
    static std::optional<DeviceRefreshPreview> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
