#include "Account.h"

#include "JsonReader.h"

namespace lp::proto {

QJsonObject Account::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

std::optional<Account> Account::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    Account account;
    account.id = reader.string("id", JsonReader::Required, 64);
    account.name = reader.string("name", JsonReader::Required, 200);
    return reader.ok() ? std::optional<Account>(account) : std::nullopt;
}

} // namespace lp::proto
