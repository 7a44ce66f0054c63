#include "User.h"

#include "JsonReader.h"

namespace lp::proto {

QJsonObject User::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("email"), email}, {QStringLiteral("name"), name}};
}

std::optional<User> User::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    User user;
    user.id = reader.string("id", JsonReader::Required, 64);
    user.email = reader.string("email", JsonReader::Required, 254);
    user.name = reader.string("name", JsonReader::Required, 200);
    return reader.ok() ? std::optional<User>(user) : std::nullopt;
}

bool User::operator==(const User& other) const
{
    return id == other.id && email == other.email && name == other.name;
}

} // namespace lp::proto
