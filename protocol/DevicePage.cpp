#include "DevicePage.h"

#include "JsonReader.h"

namespace lp::proto {

namespace {
constexpr qint64 kMaxCount = 1'000'000'000'000LL;
}

QJsonObject DevicePage::toJson() const
{
    return {{QStringLiteral("items"), writeDevices(items)},
            {QStringLiteral("next_cursor"), nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : nextCursor},
            {QStringLiteral("total"), total ? QJsonValue(*total) : QJsonValue(QJsonValue::Null)}};
}

std::optional<DevicePage> DevicePage::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader reader(json, errors);
    DevicePage page;
    page.items = readDevices(reader, "items", errors);
    page.nextCursor = reader.string("next_cursor", JsonReader::Optional, 512);
    page.total = reader.integer("total", JsonReader::Optional, 0, kMaxCount);
    if (reader.ok() && page.total && *page.total < page.items.size()) {
        reader.fail("total", QStringLiteral("must not be smaller than the number of items"));
    }
    return reader.ok() ? std::optional<DevicePage>(page) : std::nullopt;
}

} // namespace lp::proto
