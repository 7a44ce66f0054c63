#include "License.h"

#include "JsonReader.h"
#include "WireTime.h"

#include <QJsonValue>

namespace lp::proto {

namespace {
template<typename T>
QJsonValue orNull(const std::optional<T>& value)
{
    return value ? QJsonValue(static_cast<qint64>(*value)) : QJsonValue(QJsonValue::Null);
}
constexpr qint64 kMaxCount = 1'000'000'000'000LL;
} // namespace

QString toWire(LicenseType type)
{
    return type == LicenseType::PerDevice ? QStringLiteral("per_device") : QStringLiteral("per_scan");
}

QString toWire(LicenseStatus status)
{
    switch (status) {
    case LicenseStatus::Active:
        return QStringLiteral("active");
    case LicenseStatus::Expired:
        return QStringLiteral("expired");
    case LicenseStatus::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

QString toWire(QuotaPeriod period)
{
    return period == QuotaPeriod::Monthly ? QStringLiteral("monthly") : QStringLiteral("annual");
}

std::optional<LicenseType> licenseTypeFromWire(const QString& text)
{
    for (auto type : {LicenseType::PerDevice, LicenseType::PerScan}) {
        if (toWire(type) == text) {
            return type;
        }
    }
    return std::nullopt;
}

std::optional<LicenseStatus> licenseStatusFromWire(const QString& text)
{
    for (auto status : {LicenseStatus::Active, LicenseStatus::Expired, LicenseStatus::Suspended}) {
        if (toWire(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

std::optional<QuotaPeriod> quotaPeriodFromWire(const QString& text)
{
    for (auto period : {QuotaPeriod::Monthly, QuotaPeriod::Annual}) {
        if (toWire(period) == text) {
            return period;
        }
    }
    return std::nullopt;
}

QJsonObject License::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("product"), product},
        {QStringLiteral("handshake_code"), handshakeCode},
        {QStringLiteral("license_key"), licenseKey},
        {QStringLiteral("type"), toWire(type)},
        {QStringLiteral("status"), toWire(status)},
        {QStringLiteral("term_start"), toWireTime(termStart)},
        {QStringLiteral("term_end"), toWireTime(termEnd)},
        {QStringLiteral("device_allowance"), orNull(deviceAllowance)},
        {QStringLiteral("devices_in_use"), orNull(devicesInUse)},
        {QStringLiteral("device_refresh_months"), orNull(deviceRefreshMonths)},
        {QStringLiteral("next_device_refresh"),
         nextDeviceRefresh ? QJsonValue(toWireTime(*nextDeviceRefresh)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("scan_quota"), orNull(scanQuota)},
        {QStringLiteral("scans_used"), orNull(scansUsed)},
        {QStringLiteral("quota_period"),
         quotaPeriod ? QJsonValue(toWire(*quotaPeriod)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("quota_period_start"),
         quotaPeriodStart ? QJsonValue(toWireTime(*quotaPeriodStart)) : QJsonValue(QJsonValue::Null)},
    };
}

std::optional<License> License::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    License license;
    license.id = reader.string("id", JsonReader::Required, 64);
    license.product = reader.string("product", JsonReader::Required, 200);
    license.handshakeCode = reader.string("handshake_code", JsonReader::Required, 64);
    license.licenseKey = reader.string("license_key", JsonReader::Required, 512);

    const QString type = reader.string("type", JsonReader::Required, 32);
    if (const auto parsed = licenseTypeFromWire(type)) {
        license.type = *parsed;
    } else if (json.value(QLatin1String("type")).isString()) {
        reader.fail("type", QStringLiteral("must be per_device or per_scan"));
    }
    const QString status = reader.string("status", JsonReader::Required, 32);
    if (const auto parsed = licenseStatusFromWire(status)) {
        license.status = *parsed;
    } else if (json.value(QLatin1String("status")).isString()) {
        reader.fail("status", QStringLiteral("must be active, expired or suspended"));
    }
    license.termStart = reader.time("term_start").value_or(QDateTime());
    license.termEnd = reader.time("term_end").value_or(QDateTime());
    if (license.termStart.isValid() && license.termEnd.isValid() && license.termEnd <= license.termStart) {
        reader.fail("term_end", QStringLiteral("must be after term_start"));
    }

    const bool perDevice = license.type == LicenseType::PerDevice;
    const auto deviceField = perDevice ? JsonReader::Required : JsonReader::Optional;
    const auto scanField = perDevice ? JsonReader::Optional : JsonReader::Required;
    license.deviceAllowance = reader.integer("device_allowance", deviceField, 0, kMaxCount);
    license.devicesInUse = reader.integer("devices_in_use", deviceField, 0, kMaxCount);
    if (const auto months = reader.integer("device_refresh_months", deviceField, 1, 12)) {
        if (*months != 3 && *months != 6 && *months != 12) {
            reader.fail("device_refresh_months", QStringLiteral("must be 3, 6 or 12"));
        }
        license.deviceRefreshMonths = static_cast<int>(*months);
    }
    license.nextDeviceRefresh = reader.time("next_device_refresh", deviceField);
    license.scanQuota = reader.integer("scan_quota", scanField, 0, kMaxCount);
    license.scansUsed = reader.integer("scans_used", scanField, 0, kMaxCount);
    const QString period = reader.string("quota_period", scanField, 32);
    if (!period.isEmpty()) {
        license.quotaPeriod = quotaPeriodFromWire(period);
        if (!license.quotaPeriod) {
            reader.fail("quota_period", QStringLiteral("must be monthly or annual"));
        }
    }
    license.quotaPeriodStart = reader.time("quota_period_start", JsonReader::Optional);
    return reader.ok() ? std::optional<License>(license) : std::nullopt;
}

bool License::operator==(const License& other) const
{
    return id == other.id && product == other.product && handshakeCode == other.handshakeCode
        && licenseKey == other.licenseKey && type == other.type && status == other.status
        && termStart == other.termStart && termEnd == other.termEnd
        && deviceAllowance == other.deviceAllowance && devicesInUse == other.devicesInUse
        && deviceRefreshMonths == other.deviceRefreshMonths && nextDeviceRefresh == other.nextDeviceRefresh
        && scanQuota == other.scanQuota && scansUsed == other.scansUsed && quotaPeriod == other.quotaPeriod
        && quotaPeriodStart == other.quotaPeriodStart;
}

QString maskLicenseKey(const QString& key)
{
    if (key.size() <= 8) {
        return QString(key.size(), QChar(0x2022));
    }
    return key.left(4) + QString(8, QChar(0x2022)) + key.right(4);
}

} // namespace lp::proto
