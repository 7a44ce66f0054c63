#pragma once

#include "FieldError.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace lp::proto {

// Scans a device counted on one day (its UTC date) for one barcode format.
struct ScanUsage
{
    QDate day;
    QString format; // e.g. "QR_CODE": upper-case letters, digits and underscores
    qint64 count = 0;

    bool operator==(const ScanUsage& other) const
    {
        return day == other.day && format == other.format && count == other.count;
    }
};

// The body of POST /v1/devices/heartbeat: a registered device checking in, which renews its lease, and
// reports the scans counted since its last acknowledged heartbeat. `heartbeat_id` (required with usage)
// makes a heartbeat replayed after a timeout count once.
struct DeviceHeartbeat
{
    static constexpr int kMaxUsageEntries = 500;
    static constexpr qint64 kMaxCount = 1'000'000'000;

    QString handshakeCode;
    QString deviceHash;
    QString heartbeatId;
    QList<ScanUsage> usage;

    QJsonObject toJson() const;
    static std::optional<DeviceHeartbeat> fromJson(const QJsonObject& json, FieldErrors* errors);
};

} // namespace lp::proto
