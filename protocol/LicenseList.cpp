#include "LicenseList.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace lp::proto {

QJsonObject LicenseList::toJson() const
{
    QJsonArray array;
    for (const License& license : items) {
        array.append(license.toJson());
    }
    return {{QStringLiteral("items"), array}};
}

std::optional<LicenseList> LicenseList::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader reader(json, errors);
    const auto array = reader.array("items");
    if (!array) {
        return std::nullopt;
    }
    LicenseList list;
    list.items.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!array->at(i).isObject()) {
            errors->append({path, QStringLiteral("must be an object")});
            continue;
        }
        if (auto license = License::fromJson(array->at(i).toObject(), errors, path)) {
            list.items.append(std::move(*license));
        }
    }
    return reader.ok() ? std::optional<LicenseList>(list) : std::nullopt;
}

} // namespace lp::proto
