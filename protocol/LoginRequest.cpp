#include "LoginRequest.h"

#include "JsonReader.h"

#include <QRegularExpression>

namespace lp::proto {

QJsonObject LoginRequest::toJson() const
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}

std::optional<LoginRequest> LoginRequest::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader reader(json, errors);
    LoginRequest request;
    request.email = reader.string("email", JsonReader::Required, 254).trimmed();
    request.password = reader.string("password", JsonReader::Required, 1024);
    if (json.value(QLatin1String("email")).isString() && !isPlausibleEmail(request.email)) {
        reader.fail("email", QStringLiteral("must be an email address such as name@example.com"));
    }
    if (json.value(QLatin1String("password")).isString() && request.password.isEmpty()) {
        reader.fail("password", QStringLiteral("must not be empty"));
    }
    return reader.ok() ? std::optional<LoginRequest>(request) : std::nullopt;
}

bool isPlausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

} // namespace lp::proto
