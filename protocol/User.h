#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <optional>

namespace lp::proto {

// A person who signs in to the portal.
struct User
{
    QString id;
    QString email;
    QString name;

    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject& json, FieldErrors* errors,
                                        const QString& path = {});
    bool operator==(const User& other) const;
};

} // namespace lp::proto
