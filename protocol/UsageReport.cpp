#include "UsageReport.h"

#include "JsonReader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace lp::proto {

namespace {
constexpr qint64 kMaxCount = 1'000'000'000'000'000LL;

QDate readDay(JsonReader& reader, const char* key)
{
    const QString text = reader.string(key, JsonReader::Required, 10);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (reader.ok() && !day.isValid()) {
        reader.fail(key, QStringLiteral("must be a date as YYYY-MM-DD"));
    }
    return day;
}
} // namespace

qint64 UsageReport::total() const
{
    qint64 sum = 0;
    for (const UsageBucket& bucket : items) {
        sum += bucket.total;
    }
    return sum;
}

qint64 UsageReport::totalOf(const QString& format) const
{
    qint64 sum = 0;
    for (const UsageBucket& bucket : items) {
        sum += bucket.byFormat.value(format);
    }
    return sum;
}

QJsonObject UsageReport::toJson() const
{
    QJsonArray buckets;
    for (const UsageBucket& bucket : items) {
        QJsonObject byFormat;
        for (auto it = bucket.byFormat.cbegin(); it != bucket.byFormat.cend(); ++it) {
            byFormat.insert(it.key(), it.value());
        }
        QJsonObject json {{QStringLiteral("start"), bucket.start.toString(Qt::ISODate)},
                          {QStringLiteral("total"), bucket.total},
                          {QStringLiteral("by_format"), byFormat}};
        if (bucket.devicesInUse) {
            json.insert(QStringLiteral("devices_in_use"), *bucket.devicesInUse);
        }
        buckets.append(json);
    }
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("granularity"), toWire(granularity)},
            {QStringLiteral("formats"), QJsonArray::fromStringList(formats)},
            {QStringLiteral("device_allowance"),
             deviceAllowance ? QJsonValue(*deviceAllowance) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("items"), buckets}};
}

std::optional<UsageReport> UsageReport::fromJson(const QJsonObject& json, FieldErrors* errors)
{
    static const QRegularExpression formatShape(QStringLiteral("^[A-Z0-9_]{1,32}$"));
    JsonReader reader(json, errors);
    UsageReport report;
    report.from = readDay(reader, "from");
    report.to = readDay(reader, "to");
    const QString granularity = reader.string("granularity", JsonReader::Required, 8);
    if (reader.ok()) {
        if (const auto parsed = usageGranularityFromWire(granularity)) {
            report.granularity = *parsed;
        } else {
            reader.fail("granularity", QStringLiteral("must be day, week or month"));
        }
    }
    if (const auto formats = reader.array("formats")) {
        for (const QJsonValue& value : *formats) {
            if (!value.isString() || !formatShape.match(value.toString()).hasMatch()) {
                reader.fail("formats", QStringLiteral("must be a list of format names such as QR_CODE"));
                break;
            }
            report.formats.append(value.toString());
        }
    }
    report.deviceAllowance = reader.integer("device_allowance", JsonReader::Optional, 0, kMaxCount);
    if (const auto buckets = reader.array("items")) {
        if (buckets->size() > UsageQuery::kMaxDays + 1) {
            reader.fail("items",
                        QStringLiteral("must have at most %1 entries").arg(UsageQuery::kMaxDays + 1));
        }
        for (qsizetype i = 0; i < buckets->size() && reader.ok(); ++i) {
            const QString path = reader.pathOf("items") + QStringLiteral("[%1]").arg(i);
            if (!buckets->at(i).isObject()) {
                errors->append({path, QStringLiteral("must be an object")});
                break;
            }
            const QJsonObject object = buckets->at(i).toObject();
            JsonReader bucketReader(object, errors, path);
            UsageBucket bucket;
            bucket.start = readDay(bucketReader, "start");
            bucket.total = bucketReader.integer("total", JsonReader::Required, 0, kMaxCount).value_or(0);
            bucket.devicesInUse = bucketReader.integer("devices_in_use", JsonReader::Optional, 0, kMaxCount);
            const QJsonObject byFormat = bucketReader.object("by_format").value_or(QJsonObject());
            for (auto it = byFormat.constBegin(); it != byFormat.constEnd(); ++it) {
                const double count = it.value().toDouble(-1);
                if (!formatShape.match(it.key()).hasMatch() || count < 0 || count > double(kMaxCount)
                    || count != std::floor(count)) {
                    bucketReader.fail("by_format", QStringLiteral("must map format names to counts"));
                    break;
                }
                bucket.byFormat.insert(it.key(), static_cast<qint64>(count));
            }
            if (!report.items.isEmpty() && bucket.start <= report.items.constLast().start) {
                bucketReader.fail("start", QStringLiteral("must come after the previous bucket's"));
            }
            report.items.append(bucket);
        }
    }
    return reader.ok() ? std::optional<UsageReport>(report) : std::nullopt;
}

} // namespace lp::proto
