#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <optional>

namespace lp::proto {

// A customer account: it owns licenses; users sign in to it.
struct Account
{
    QString id;
    QString name;

    QJsonObject toJson() const;
    static std::optional<Account> fromJson(const QJsonObject& json, FieldErrors* errors,
                                           const QString& path = {});
    bool operator==(const Account& other) const { return id == other.id && name == other.name; }
};

} // namespace lp::proto
