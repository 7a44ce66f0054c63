#include "SavingEstimate.h"

#include "BarcodeFormats.h"

#include <QLocale>

namespace lp {

namespace {
// Up to this many allowed formats the sentence names them; beyond it names the excluded ones instead.
constexpr qsizetype kMaxNamedAllowed = 3;

QString namesOf(const QStringList& formats)
{
    QStringList names;
    for (const QString& format : formats) {
        names.append(barcodeFormatName(format));
    }
    return QLocale().createSeparatedList(names);
}
} // namespace

int SavingEstimate::percent() const
{
    return totalScans > 0 ? static_cast<int>(
               qRound64(100.0 * static_cast<double>(savedScans) / static_cast<double>(totalScans)))
                          : 0;
}

SavingEstimate SavingEstimate::of(const proto::UsageReport& history, const proto::ScanSettings& settings)
{
    SavingEstimate estimate;
    estimate.totalScans = history.total();
    estimate.allowedFormats = settings.formats;
    if (history.from.isValid() && history.to.isValid()) {
        estimate.historyDays = static_cast<int>(history.from.daysTo(history.to)) + 1;
    }
    for (const QString& format : history.formats) {
        if (!settings.allows(format)) {
            estimate.excludedFormats.append(format);
            estimate.savedScans += history.totalOf(format);
        }
    }
    return estimate;
}

QString SavingEstimate::sentence() const
{
    const QLocale locale;
    QString estimate;
    if (totalScans == 0) {
        estimate = tr("There were no scans in the last %n day(s), so there is no usage to estimate a saving "
                      "from.",
                      nullptr, historyDays);
    } else if (savedScans == 0) {
        estimate = tr("These formats include every format scanned in the last %n day(s), so they would have "
                      "saved none of the %1 scans in that time.",
                      nullptr, historyDays)
                       .arg(locale.toString(totalScans));
    } else {
        const QString saving = tr("%1% of the scans of the last %n day(s) (%2 of %3)", nullptr, historyDays)
                                   .arg(percent())
                                   .arg(locale.toString(savedScans), locale.toString(totalScans));
        estimate = allowedFormats.size() <= kMaxNamedAllowed
            ? tr("Allowing only %1 would have saved %2.").arg(namesOf(allowedFormats), saving)
            : tr("Leaving out %1 would have saved %2.").arg(namesOf(excludedFormats), saving);
    }
    return estimate + QLatin1Char(' ')
        + tr("Scan regions and the minimum confidence save more, but are not in this estimate: usage is "
             "counted per barcode format only.");
}

} // namespace lp
