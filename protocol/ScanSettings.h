#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace lp::proto {

// A rectangle of the camera frame, in percent of its width (left, right) and height (top, bottom).
struct ScanRegion
{
    double left = 0;
    double top = 0;
    double right = 100;
    double bottom = 100;

    bool operator==(const ScanRegion& other) const
    {
        return left == other.left && top == other.top && right == other.right && bottom == other.bottom;
    }
};

// The pre-scan settings of GET|PUT /v1/licenses/{id}/scan-settings, also sent to devices with every
// heartbeat answer: a device decodes only the allowed formats, only inside the regions, and counts only
// results at or above the minimum confidence. Fewer scans decoded means less quota used.
struct ScanSettings
{
    static constexpr int kMaxRegions = 8;

    QStringList formats; // a non-empty subset of knownFormats(), in that order
    QList<ScanRegion> regions; // at least one; the whole frame is {0, 0, 100, 100}
    int minConfidence = 0; // 0..100

    // Every barcode format the SDK decodes, as wire names.
    static const QStringList& knownFormats();
    // What a license has until someone saves settings: every format, the whole frame, any confidence.
    static ScanSettings defaults();
    bool allows(const QString& format) const { return formats.contains(format); }

    QJsonObject toJson() const;
    static std::optional<ScanSettings> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                const QString& path = {});
    bool operator==(const ScanSettings& other) const
    {
        return formats == other.formats && regions == other.regions && minConfidence == other.minConfidence;
    }
};

} // namespace lp::proto
