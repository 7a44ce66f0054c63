#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace lp::proto {

// Reads fields of one JSON object strictly: a wrong type, a missing required field or a value out of
// range adds a FieldError instead of being coerced. Unknown fields are ignored (forward compatibility).
class JsonReader
{
public:
    enum Presence { Required, Optional };

    JsonReader(const QJsonObject& object, FieldErrors* errors, QString path = {});

    QString string(const char* key, Presence presence = Required, int maxLength = 1024);
    // Optional fields may be absent or null; both read as std::nullopt.
    std::optional<qint64> integer(const char* key, Presence presence, qint64 min, qint64 max);
    // A JSON number (integer or not) within [min, max].
    std::optional<double> number(const char* key, Presence presence, double min, double max);
    std::optional<bool> boolean(const char* key, Presence presence = Required);
    std::optional<QDateTime> time(const char* key, Presence presence = Required);
    std::optional<QJsonArray> array(const char* key, Presence presence = Required);
    std::optional<QJsonObject> object(const char* key, Presence presence = Required);

    // Adds an error about a field of this object (for checks beyond the type, such as an enum value).
    void fail(const char* key, const QString& message);
    QString pathOf(const char* key) const;
    // True while this reader has added no error.
    bool ok() const { return m_errors->size() == m_initialErrorCount; }

private:
    // The value at key, or nullopt after reporting a missing required field.
    std::optional<QJsonValue> valueOf(const char* key, Presence presence);

    QJsonObject m_object;
    FieldErrors* m_errors;
    QString m_path;
    qsizetype m_initialErrorCount;
};

// Parses a request or response body that must be one JSON object.
std::optional<QJsonObject> parseJsonObject(const QByteArray& body, FieldErrors* errors);

} // namespace lp::proto
