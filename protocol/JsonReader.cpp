#include "JsonReader.h"

#include "WireTime.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace lp::proto {

JsonReader::JsonReader(const QJsonObject& object, FieldErrors* errors, QString path)
    : m_object(object)
    , m_errors(errors)
    , m_path(std::move(path))
    , m_initialErrorCount(errors->size())
{ }

QString JsonReader::pathOf(const char* key) const
{
    const QString name = QString::fromLatin1(key);
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

void JsonReader::fail(const char* key, const QString& message)
{
    m_errors->append({pathOf(key), message});
}

std::optional<QJsonValue> JsonReader::valueOf(const char* key, Presence presence)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (presence == Required) {
            fail(key, QStringLiteral("is required"));
        }
        return std::nullopt;
    }
    return value;
}

QString JsonReader::string(const char* key, Presence presence, int maxLength)
{
    const auto value = valueOf(key, presence);
    if (!value) {
        return {};
    }
    if (!value->isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    QString text = value->toString();
    if (text.size() > maxLength) {
        fail(key, QStringLiteral("must be at most %1 characters").arg(maxLength));
        return {};
    }
    return text;
}

std::optional<qint64> JsonReader::integer(const char* key, Presence presence, qint64 min, qint64 max)
{
    const auto value = valueOf(key, presence);
    if (!value) {
        return std::nullopt;
    }
    const double number = value->toDouble(std::nan(""));
    // JSON numbers are doubles; beyond 2^53 they are no longer exact integers.
    if (!value->isDouble() || std::isnan(number) || std::floor(number) != number
        || std::fabs(number) > 9007199254740992.0) {
        fail(key, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    const auto integral = static_cast<qint64>(number);
    if (integral < min || integral > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return integral;
}

std::optional<double> JsonReader::number(const char* key, Presence presence, double min, double max)
{
    const auto value = valueOf(key, presence);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isDouble() || !std::isfinite(value->toDouble())) {
        fail(key, QStringLiteral("must be a number"));
        return std::nullopt;
    }
    const double number = value->toDouble();
    if (number < min || number > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> JsonReader::boolean(const char* key, Presence presence)
{
    const auto value = valueOf(key, presence);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QDateTime> JsonReader::time(const char* key, Presence presence)
{
    const auto value = valueOf(key, presence);
    if (!value) {
        return std::nullopt;
    }
    const QDateTime parsed = value->isString() ? fromWireTime(value->toString()) : QDateTime();
    if (!parsed.isValid()) {
        fail(key, QStringLiteral("must be an RFC 3339 time such as 2026-01-31T12:00:00Z"));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QJsonArray> JsonReader::array(const char* key, Presence presence)
{
    const auto value = valueOf(key, presence);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isArray()) {
        fail(key, QStringLiteral("must be an array"));
        return std::nullopt;
    }
    return value->toArray();
}

std::optional<QJsonObject> JsonReader::object(const char* key, Presence presence)
{
    const auto value = valueOf(key, presence);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonObject> parseJsonObject(const QByteArray& body, FieldErrors* errors)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append({QString(),
                        QStringLiteral("the body is not valid JSON (%1 at offset %2)")
                            .arg(parseError.errorString())
                            .arg(parseError.offset)});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append({QString(), QStringLiteral("the body must be a JSON object")});
        return std::nullopt;
    }
    return document.object();
}

} // namespace lp::proto
