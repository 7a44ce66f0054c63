#pragma once

#include "License.h"

#include <QList>

namespace lp::proto {

// The answer of GET /v1/licenses: {"items": [...]}. One bad item rejects the whole list, so that the
// client never shows a partial account as if it were complete.
struct LicenseList
{
    QList<License> items;

    QJsonObject toJson() const;
    static std::optional<LicenseList> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
