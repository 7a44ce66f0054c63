#include "ScanSettings.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace lp::proto {

const QStringList& ScanSettings::knownFormats()
{
    static const QStringList formats {
        QStringLiteral("QR_CODE"), QStringLiteral("DATA_MATRIX"), QStringLiteral("AZTEC"),
        QStringLiteral("PDF_417"), QStringLiteral("MAXICODE"),    QStringLiteral("CODE_128"),
        QStringLiteral("CODE_39"), QStringLiteral("CODE_93"),     QStringLiteral("CODABAR"),
        QStringLiteral("ITF"),     QStringLiteral("EAN_13"),      QStringLiteral("EAN_8"),
        QStringLiteral("UPC_A"),   QStringLiteral("UPC_E"),       QStringLiteral("GS1_DATABAR"),
    };
    return formats;
}

ScanSettings ScanSettings::defaults()
{
    ScanSettings settings;
    settings.formats = knownFormats();
    settings.regions = {ScanRegion {}};
    return settings;
}

QJsonObject ScanSettings::toJson() const
{
    QJsonArray regionArray;
    for (const ScanRegion& region : regions) {
        regionArray.append(QJsonObject {{QStringLiteral("left"), region.left},
                                        {QStringLiteral("top"), region.top},
                                        {QStringLiteral("right"), region.right},
                                        {QStringLiteral("bottom"), region.bottom}});
    }
    return {{QStringLiteral("formats"), QJsonArray::fromStringList(formats)},
            {QStringLiteral("regions"), regionArray},
            {QStringLiteral("min_confidence"), minConfidence}};
}

std::optional<ScanSettings> ScanSettings::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                   const QString& path)
{
    JsonReader reader(json, errors, path);
    ScanSettings settings;
    if (const auto formats = reader.array("formats")) {
        QStringList seen;
        for (qsizetype i = 0; i < formats->size(); ++i) {
            const QString name = formats->at(i).toString();
            const QString at = reader.pathOf("formats") + QStringLiteral("[%1]").arg(i);
            if (!formats->at(i).isString() || !knownFormats().contains(name)) {
                errors->append({at,
                                QStringLiteral("is not a barcode format this SDK decodes (known: %1)")
                                    .arg(knownFormats().join(QStringLiteral(", ")))});
            } else if (seen.contains(name)) {
                errors->append({at, QStringLiteral("names %1 twice").arg(name)});
            } else {
                seen.append(name);
            }
        }
        if (formats->isEmpty()) {
            reader.fail("formats", QStringLiteral("must allow at least one format"));
        }
        // Kept in the known order, so that equal settings have equal JSON.
        for (const QString& known : knownFormats()) {
            if (seen.contains(known)) {
                settings.formats.append(known);
            }
        }
    }
    if (const auto regions = reader.array("regions")) {
        if (regions->isEmpty() || regions->size() > kMaxRegions) {
            reader.fail("regions", QStringLiteral("must have 1 to %1 rectangles").arg(kMaxRegions));
        }
        for (qsizetype i = 0; i < regions->size() && i < kMaxRegions; ++i) {
            const QString at = reader.pathOf("regions") + QStringLiteral("[%1]").arg(i);
            if (!regions->at(i).isObject()) {
                errors->append({at, QStringLiteral("must be an object")});
                continue;
            }
            JsonReader regionReader(regions->at(i).toObject(), errors, at);
            ScanRegion region;
            region.left = regionReader.number("left", JsonReader::Required, 0, 100).value_or(0);
            region.top = regionReader.number("top", JsonReader::Required, 0, 100).value_or(0);
            region.right = regionReader.number("right", JsonReader::Required, 0, 100).value_or(0);
            region.bottom = regionReader.number("bottom", JsonReader::Required, 0, 100).value_or(0);
            if (regionReader.ok() && region.right <= region.left) {
                regionReader.fail("right", QStringLiteral("must be greater than left"));
            }
            if (regionReader.ok() && region.bottom <= region.top) {
                regionReader.fail("bottom", QStringLiteral("must be greater than top"));
            }
            settings.regions.append(region);
        }
    }
    settings.minConfidence
        = static_cast<int>(reader.integer("min_confidence", JsonReader::Required, 0, 100).value_or(0));
    return reader.ok() ? std::optional<ScanSettings>(settings) : std::nullopt;
}

} // namespace lp::proto
