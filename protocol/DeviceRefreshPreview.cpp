#include "DeviceRefreshPreview.h"

#include "JsonReader.h"
#include "WireTime.h"

namespace lp::proto {

namespace {
constexpr qint64 kMaxCount = 1'000'000'000'000LL;
}

QJsonObject DeviceRefreshPreview::toJson() const
{
    return {{QStringLiteral("next_refresh_at"), toWireTime(nextRefreshAt)},
            {QStringLiteral("refresh_months"), refreshMonths},
            {QStringLiteral("inactive_since"), toWireTime(inactiveSince)},
            {QStringLiteral("release_count"), releaseCount},
            {QStringLiteral("items"), writeDevices(items)}};
}

std::optional<DeviceRefreshPreview> DeviceRefreshPreview::fromJson(const QJsonObject& json,
                                                                   FieldErrors* errors)
{
    JsonReader reader(json, errors);
    DeviceRefreshPreview preview;
    preview.nextRefreshAt = reader.time("next_refresh_at").value_or(QDateTime());
    if (const auto months = reader.integer("refresh_months", JsonReader::Required, 1, 12)) {
        if (*months != 3 && *months != 6 && *months != 12) {
            reader.fail("refresh_months", QStringLiteral("must be 3, 6 or 12"));
        }
        preview.refreshMonths = static_cast<int>(*months);
    }
    preview.inactiveSince = reader.time("inactive_since").value_or(QDateTime());
    preview.releaseCount = reader.integer("release_count", JsonReader::Required, 0, kMaxCount).value_or(0);
    preview.items = readDevices(reader, "items", errors);
    if (reader.ok() && preview.releaseCount < preview.items.size()) {
        reader.fail("release_count", QStringLiteral("must not be smaller than the number of items"));
    }
    return reader.ok() ? std::optional<DeviceRefreshPreview>(preview) : std::nullopt;
}

} // namespace lp::proto
