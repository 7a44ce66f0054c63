#include "DeviceCursor.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lp::server {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString DeviceCursor::encode(lp::proto::DeviceSort sort, lp::proto::SortOrder order) const
{
    const QJsonValue wireKey
        = key.typeId() == QMetaType::QString ? QJsonValue(key.toString()) : QJsonValue(key.toLongLong());
    const QJsonArray parts {lp::proto::toWire(sort), lp::proto::toWire(order), wireKey, id};
    return QString::fromLatin1(QJsonDocument(parts).toJson(QJsonDocument::Compact).toBase64(kBase64));
}

std::optional<DeviceCursor> DeviceCursor::decode(const QString& text, lp::proto::DeviceSort sort,
                                                 lp::proto::SortOrder order)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    const QJsonArray parts = QJsonDocument::fromJson(*decoded).array();
    if (parts.size() != 4 || parts.at(0).toString() != lp::proto::toWire(sort)
        || parts.at(1).toString() != lp::proto::toWire(order) || !parts.at(3).isString()) {
        return std::nullopt;
    }
    DeviceCursor cursor;
    cursor.id = parts.at(3).toString();
    const QJsonValue wireKey = parts.at(2);
    if (sort == lp::proto::DeviceSort::Name) {
        if (!wireKey.isString()) {
            return std::nullopt;
        }
        cursor.key = wireKey.toString();
    } else {
        // Times are whole seconds; a double that is not one was not made here.
        if (!wireKey.isDouble() || wireKey.toDouble() != static_cast<double>(wireKey.toInteger())) {
            return std::nullopt;
        }
        cursor.key = wireKey.toInteger();
    }
    return cursor;
}

} // namespace lp::server
