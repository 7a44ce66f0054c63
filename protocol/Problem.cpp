#include "Problem.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace lp::proto {

QString problem::typeUri(const char* name)
{
    return QLatin1String(kTypeBase) + QLatin1String(name);
}

QJsonObject Problem::toJson() const
{
    QJsonObject json {{QStringLiteral("type"), type},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("detail"), detail}};
    if (!errors.isEmpty()) {
        QJsonArray array;
        for (const FieldError& error : errors) {
            array.append(QJsonObject {{QStringLiteral("field"), error.field},
                                      {QStringLiteral("message"), error.message}});
        }
        json.insert(QStringLiteral("errors"), array);
    }
    return json;
}

std::optional<Problem> Problem::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    JsonReader reader(json, errors);
    Problem problem;
    problem.type = reader.string("type", JsonReader::Optional, 512);
    if (problem.type.isEmpty()) {
        problem.type = QStringLiteral("about:blank"); // RFC 9457 default
    }
    problem.title = reader.string("title", JsonReader::Optional, 512);
    problem.status = static_cast<int>(reader.integer("status", JsonReader::Optional, 100, 599).value_or(0));
    problem.detail = reader.string("detail", JsonReader::Optional, 4096);
    if (const auto array = reader.array("errors", JsonReader::Optional)) {
        for (qsizetype i = 0; i < array->size(); ++i) {
            FieldErrors ignored;
            JsonReader item(array->at(i).toObject(), &ignored);
            const QString field = item.string("field", JsonReader::Optional, 256);
            const QString message = item.string("message", JsonReader::Optional, 1024);
            if (!message.isEmpty()) {
                problem.errors.append({field, message});
            }
        }
    }
    return reader.ok() ? std::optional<Problem>(problem) : std::nullopt;
}

} // namespace lp::proto
