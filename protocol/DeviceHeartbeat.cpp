#include "DeviceHeartbeat.h"

#include "DeviceRegistration.h"
#include "JsonReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lp::proto {

QJsonObject DeviceHeartbeat::toJson() const
{
    QJsonObject json {{QStringLiteral("handshake_code"), handshakeCode},
                      {QStringLiteral("device_hash"), deviceHash}};
    if (!heartbeatId.isEmpty()) {
        json.insert(QStringLiteral("heartbeat_id"), heartbeatId);
    }
    if (!usage.isEmpty()) {
        QJsonArray entries;
        for (const ScanUsage& entry : usage) {
            entries.append(QJsonObject {{QStringLiteral("day"), entry.day.toString(Qt::ISODate)},
                                        {QStringLiteral("format"), entry.format},
                                        {QStringLiteral("count"), entry.count}});
        }
        json.insert(QStringLiteral("usage"), entries);
    }
    return json;
}

std::optional<DeviceHeartbeat> DeviceHeartbeat::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9_.:-]{8,64}$"));
    static const QRegularExpression formatShape(QStringLiteral("^[A-Z0-9_]{1,32}$"));
    static const QRegularExpression dayShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    JsonReader reader(json, errors);
    DeviceHeartbeat heartbeat;
    heartbeat.handshakeCode = reader.string("handshake_code", JsonReader::Required, 64);
    heartbeat.deviceHash = readDeviceHash(reader, json, "device_hash");
    if (reader.ok() && heartbeat.handshakeCode.isEmpty()) {
        reader.fail("handshake_code", QStringLiteral("must not be empty"));
    }
    heartbeat.heartbeatId = reader.string("heartbeat_id", JsonReader::Optional, 64);
    if (!heartbeat.heartbeatId.isEmpty() && !idShape.match(heartbeat.heartbeatId).hasMatch()) {
        reader.fail("heartbeat_id", QStringLiteral("must be 8 to 64 letters, digits or . _ : -"));
    }
    if (const auto entries = reader.array("usage", JsonReader::Optional)) {
        if (entries->size() > kMaxUsageEntries) {
            reader.fail("usage", QStringLiteral("must have at most %1 entries").arg(kMaxUsageEntries));
        } else if (!entries->isEmpty() && heartbeat.heartbeatId.isEmpty()) {
            reader.fail("heartbeat_id",
                        QStringLiteral("is required with usage, so that a replay counts once"));
        }
        for (qsizetype i = 0; i < entries->size() && i < kMaxUsageEntries; ++i) {
            const QString path = reader.pathOf("usage") + QStringLiteral("[%1]").arg(i);
            if (!entries->at(i).isObject()) {
                errors->append({path, QStringLiteral("must be an object")});
                continue;
            }
            JsonReader entryReader(entries->at(i).toObject(), errors, path);
            ScanUsage entry;
            const QString day = entryReader.string("day", JsonReader::Required, 10);
            entry.day = QDate::fromString(day, Qt::ISODate);
            if (!day.isEmpty() && (!dayShape.match(day).hasMatch() || !entry.day.isValid())) {
                entryReader.fail("day", QStringLiteral("must be a date as YYYY-MM-DD"));
            }
            entry.format = entryReader.string("format", JsonReader::Required, 32);
            if (entryReader.ok() && !formatShape.match(entry.format).hasMatch()) {
                entryReader.fail("format",
                                 QStringLiteral("must be upper-case letters, digits and _ (e.g. QR_CODE)"));
            }
            entry.count = entryReader.integer("count", JsonReader::Required, 0, kMaxCount).value_or(0);
            if (entryReader.ok()) {
                heartbeat.usage.append(entry);
            }
        }
    }
    return reader.ok() ? std::optional<DeviceHeartbeat>(heartbeat) : std::nullopt;
}

} // namespace lp::proto
