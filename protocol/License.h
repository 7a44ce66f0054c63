#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace lp::proto {

enum class LicenseType { PerDevice, PerScan };
enum class LicenseStatus { Active, Expired, Suspended };
enum class QuotaPeriod { Monthly, Annual };

QString toWire(LicenseType type);
QString toWire(LicenseStatus status);
QString toWire(QuotaPeriod period);
std::optional<LicenseType> licenseTypeFromWire(const QString& text);
std::optional<LicenseStatus> licenseStatusFromWire(const QString& text);
std::optional<QuotaPeriod> quotaPeriodFromWire(const QString& text);

// A runtime license key as the portal sees it. The handshake code is its public, permanent identity;
// the license key is a secret that travels masked unless the caller asks for it explicitly.
// Per-device licenses carry the device fields, per-scan licenses the scan fields; the others are null.
struct License
{
    QString id;
    QString product;
    QString handshakeCode;
    QString licenseKey;
    LicenseType type = LicenseType::PerDevice;
    LicenseStatus status = LicenseStatus::Active;
    QDateTime termStart;
    QDateTime termEnd;
    std::optional<qint64> deviceAllowance;
    std::optional<qint64> devicesInUse;
    std::optional<int> deviceRefreshMonths; // 3, 6 or 12
    std::optional<QDateTime> nextDeviceRefresh;
    std::optional<qint64> scanQuota;
    std::optional<qint64> scansUsed;
    std::optional<QuotaPeriod> quotaPeriod;
    // When the current quota period started: scansUsed counts from here, and a new start means a full quota.
    std::optional<QDateTime> quotaPeriodStart;

    QJsonObject toJson() const;
    static std::optional<License> fromJson(const QJsonObject& json, FieldErrors* errors,
                                           const QString& path = {});
    bool operator==(const License& other) const;
};

// "t0073…X7Q2": enough to recognise a key, too little to use it.
QString maskLicenseKey(const QString& key);

} // namespace lp::proto
