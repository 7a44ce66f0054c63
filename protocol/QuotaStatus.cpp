#include "QuotaStatus.h"

#include "JsonReader.h"
#include "WireTime.h"

#include <cmath>

namespace lp::proto {

namespace {
constexpr qint64 kMaxCount = 1'000'000'000'000'000LL;
}

QJsonObject QuotaStatus::toJson() const
{
    return {
        {QStringLiteral("period"), toWire(period)},
        {QStringLiteral("period_start"), toWireTime(periodStart)},
        {QStringLiteral("period_end"), toWireTime(periodEnd)},
        {QStringLiteral("quota"), quota},
        {QStringLiteral("used"), used},
        {QStringLiteral("remaining"), remaining},
        {QStringLiteral("lapsing"), lapsing},
        // Two decimals are plenty for a chart's slope and keep the JSON stable.
        {QStringLiteral("daily_rate"), std::round(dailyRate * 100) / 100},
        {QStringLiteral("forecast_exhausted_at"),
         forecastExhaustedAt ? QJsonValue(toWireTime(*forecastExhaustedAt)) : QJsonValue(QJsonValue::Null)}};
}

std::optional<QuotaStatus> QuotaStatus::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                 const QString& path)
{
    JsonReader reader(json, errors, path);
    QuotaStatus status;
    const QString period = reader.string("period", JsonReader::Required, 16);
    if (reader.ok()) {
        if (const auto parsed = quotaPeriodFromWire(period)) {
            status.period = *parsed;
        } else {
            reader.fail("period", QStringLiteral("must be monthly or annual"));
        }
    }
    status.periodStart = reader.time("period_start").value_or(QDateTime());
    status.periodEnd = reader.time("period_end").value_or(QDateTime());
    status.quota = reader.integer("quota", JsonReader::Required, 0, kMaxCount).value_or(0);
    status.used = reader.integer("used", JsonReader::Required, 0, kMaxCount).value_or(0);
    status.remaining = reader.integer("remaining", JsonReader::Required, 0, kMaxCount).value_or(0);
    status.lapsing = reader.integer("lapsing", JsonReader::Required, 0, kMaxCount).value_or(0);
    status.dailyRate = reader.number("daily_rate", JsonReader::Required, 0, double(kMaxCount)).value_or(0);
    status.forecastExhaustedAt = reader.time("forecast_exhausted_at", JsonReader::Optional);
    if (reader.ok() && status.periodEnd <= status.periodStart) {
        reader.fail("period_end", QStringLiteral("must be after period_start"));
    }
    if (reader.ok() && (status.remaining > status.quota || status.lapsing > status.remaining)) {
        reader.fail("remaining", QStringLiteral("must satisfy lapsing <= remaining <= quota"));
    }
    return reader.ok() ? std::optional<QuotaStatus>(status) : std::nullopt;
}

bool QuotaStatus::operator==(const QuotaStatus& other) const
{
    return period == other.period && periodStart == other.periodStart && periodEnd == other.periodEnd
        && quota == other.quota && used == other.used && remaining == other.remaining
        && lapsing == other.lapsing && qFuzzyCompare(dailyRate + 1, other.dailyRate + 1)
        && forecastExhaustedAt == other.forecastExhaustedAt;
}

} // namespace lp::proto
