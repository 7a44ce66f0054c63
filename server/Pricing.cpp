#include "Pricing.h"

#include "Clock.h"
#include "LicenseCalendar.h"

#include <License.h>
#include <Problem.h>
#include <limits>

namespace lp::server {

namespace {
namespace pp = lp::proto::problem;
using lp::proto::LicenseTerms;
using lp::proto::QuoteItem;
using lp::proto::QuoteItemKind;
using lp::proto::QuoteLine;

__extension__ typedef __int128 Wide;

constexpr qint64 kSaturated = std::numeric_limits<qint64>::max();

qint64 saturate(Wide value)
{
    return value > Wide(kSaturated) ? kSaturated : static_cast<qint64>(value);
}

int periodsPerYear(const LicenseTerms& terms)
{
    return terms.quotaPeriod == lp::proto::QuotaPeriod::Annual ? 1 : 12;
}

QString typeInWords(bool perDevice)
{
    return perDevice ? QStringLiteral("per device") : QStringLiteral("per scan");
}

QString dayOf(qint64 seconds)
{
    return Clock::fromSeconds(seconds).date().toString(Qt::ISODate);
}
} // namespace

qint64 Pricing::roundedRatio(qint64 a, qint64 b, qint64 c, qint64 denominator)
{
    const Wide numerator = Wide(a) * Wide(b) * Wide(c);
    return saturate((numerator + Wide(denominator / 2)) / Wide(denominator));
}

LicenseTerms Pricing::termsOf(const LicenseRecord& license)
{
    LicenseTerms terms;
    terms.termStart = Clock::fromSeconds(license.termStart);
    terms.termEnd = Clock::fromSeconds(license.termEnd);
    if (license.isPerDevice()) {
        terms.deviceAllowance = license.deviceAllowance.value_or(0);
        terms.deviceRefreshMonths = license.deviceRefreshMonths.value_or(12);
    } else {
        terms.scanQuota = license.scanQuota.value_or(0);
        terms.quotaPeriod
            = lp::proto::quotaPeriodFromWire(license.quotaPeriod).value_or(lp::proto::QuotaPeriod::Monthly);
    }
    return terms;
}

LicenseTerms Pricing::apply(const LicenseTerms& terms, const QList<QuoteItem>& items, const QDateTime& now)
{
    LicenseTerms result = terms;
    for (const QuoteItem& item : items) {
        switch (item.kind) {
        case QuoteItemKind::Renewal:
            if (terms.termEnd <= now) {
                // An expired license's new term starts today, not in the past it was not licensed for.
                result.termStart = now;
                result.termEnd = LicenseCalendar::addMonths(now, 12 * item.years);
            } else {
                result.termEnd = LicenseCalendar::addMonths(terms.termEnd, 12 * item.years);
            }
            break;
        case QuoteItemKind::AddDevices:
            result.deviceAllowance = result.deviceAllowance.value_or(0) + item.quantity;
            break;
        case QuoteItemKind::AddQuota:
            result.scanQuota = result.scanQuota.value_or(0) + item.quantity;
            break;
        case QuoteItemKind::RefreshCadence:
            result.deviceRefreshMonths = item.months;
            break;
        }
    }
    return result;
}

qint64 Pricing::yearlyValueMilli(const PriceList::Entry& entry, const LicenseTerms& terms, bool perDevice)
{
    Wide value = Wide(entry.yearly) * 1000;
    if (perDevice) {
        value += Wide(terms.deviceAllowance.value_or(0)) * entry.perDeviceYearly * 1000;
        value += Wide(entry.cadenceSurchargeYearly(terms.deviceRefreshMonths.value_or(12))) * 1000;
    } else {
        value += Wide(terms.scanQuota.value_or(0)) * entry.per1000Scans * periodsPerYear(terms);
    }
    return saturate(value);
}

std::optional<Pricing::Priced> Pricing::price(const PriceList& prices, const LicenseRecord& license,
                                              const QString& currency, const QList<QuoteItem>& items,
                                              const QDateTime& now, CheckoutRefusal* refusal)
{
    const bool perDevice = license.isPerDevice();
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const auto refuse = [refusal](const QString& detail, const lp::proto::FieldErrors& errors = {}) {
        *refusal = {409, pp::kNotApplicable, detail, errors};
        return std::nullopt;
    };
    if (license.suspended) {
        return refuse(QStringLiteral("The license %1 is suspended, so it cannot be renewed or changed. "
                                     "Please contact support.")
                          .arg(license.handshakeCode));
    }

    const LicenseTerms current = termsOf(license);
    bool renews = false;
    lp::proto::FieldErrors wrongKind;
    QString wrongKindDetail;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QuoteItem& item = items.at(i);
        const QString at = QStringLiteral("items[%1]").arg(i);
        switch (item.kind) {
        case QuoteItemKind::Renewal:
            renews = true;
            break;
        case QuoteItemKind::AddDevices:
            if (!perDevice) {
                wrongKind.append(
                    {at + QStringLiteral(".kind"), QStringLiteral("does not apply to a per-scan license")});
                wrongKindDetail
                    = QStringLiteral("The license %1 is licensed per scan; devices cannot be added "
                                     "to it (add scan quota instead).")
                          .arg(license.handshakeCode);
            }
            break;
        case QuoteItemKind::AddQuota:
            if (perDevice) {
                wrongKind.append(
                    {at + QStringLiteral(".kind"), QStringLiteral("does not apply to a per-device license")});
                wrongKindDetail
                    = QStringLiteral("The license %1 is licensed per device; it has no scan quota "
                                     "to add to (add devices instead).")
                          .arg(license.handshakeCode);
            }
            break;
        case QuoteItemKind::RefreshCadence:
            if (!perDevice) {
                wrongKind.append(
                    {at + QStringLiteral(".kind"), QStringLiteral("does not apply to a per-scan license")});
                wrongKindDetail = QStringLiteral("The license %1 is licensed per scan; it has no device "
                                                 "refresh to change.")
                                      .arg(license.handshakeCode);
            } else if (item.months >= current.deviceRefreshMonths.value_or(12)) {
                wrongKind.append({at + QStringLiteral(".months"),
                                  QStringLiteral("must be shorter than the current cadence of %1 months")
                                      .arg(current.deviceRefreshMonths.value_or(12))});
                wrongKindDetail = QStringLiteral("The license %1 already refreshes its devices every %2 "
                                                 "months; only a shorter cadence can be ordered.")
                                      .arg(license.handshakeCode)
                                      .arg(current.deviceRefreshMonths.value_or(12));
            }
            break;
        }
    }
    if (!wrongKind.isEmpty()) {
        return refuse(wrongKind.size() == 1
                          ? wrongKindDetail
                          : QStringLiteral("Some of the changes do not apply to the license "
                                           "%1 (it is licensed %2).")
                                .arg(license.handshakeCode, typeInWords(perDevice)),
                      wrongKind);
    }
    const bool expired = license.termEnd <= nowSeconds;
    if (expired && !renews) {
        return refuse(QStringLiteral("The license %1 expired on %2: renew it in the same order to change it.")
                          .arg(license.handshakeCode, dayOf(license.termEnd)));
    }
    const PriceList::Entry* entry = prices.find(license.product, license.type, currency);
    if (!entry) {
        return refuse(QStringLiteral("There is no %1 price for %2 in %3; please contact sales.")
                          .arg(typeInWords(perDevice), license.product, currency));
    }

    Priced priced;
    priced.current = current;
    priced.result = apply(current, items, now);
    // The rest of the current term, which additions and a cadence change are prorated to.
    const qint64 remaining = std::max<qint64>(0, license.termEnd - nowSeconds);
    const QDateTime restEnd = Clock::fromSeconds(std::max(license.termEnd, nowSeconds));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QuoteItem& item = items.at(i);
        QuoteLine line;
        line.item = item;
        switch (item.kind) {
        case QuoteItemKind::Renewal: {
            line.coversFrom = Clock::fromSeconds(std::max(license.termEnd, nowSeconds));
            line.coversUntil = priced.result.termEnd;
            line.listPrice
                = roundedRatio(item.years, yearlyValueMilli(*entry, priced.result, perDevice), 1, 1000);
            line.discount = roundedRatio(line.listPrice, prices.multiYearDiscountPercent(item.years), 1, 100);
            break;
        }
        case QuoteItemKind::AddDevices:
            line.coversFrom = now;
            line.coversUntil = restEnd;
            line.listPrice = roundedRatio(item.quantity, entry->perDeviceYearly, remaining, kYearSeconds);
            break;
        case QuoteItemKind::AddQuota:
            line.coversFrom = now;
            line.coversUntil = restEnd;
            // quantity / 1,000 × per_1000_scans × periods per year × remaining / year, rounded once.
            line.listPrice = roundedRatio(item.quantity, entry->per1000Scans,
                                          periodsPerYear(current) * remaining, 1000 * kYearSeconds);
            break;
        case QuoteItemKind::RefreshCadence: {
            line.coversFrom = now;
            line.coversUntil = restEnd;
            const qint64 difference = std::max<qint64>(
                0,
                entry->cadenceSurchargeYearly(item.months)
                    - entry->cadenceSurchargeYearly(current.deviceRefreshMonths.value_or(12)));
            line.listPrice = roundedRatio(difference, remaining, 1, kYearSeconds);
            break;
        }
        }
        line.amount = line.listPrice - line.discount;
        if (line.listPrice > lp::proto::kMaxAmount) {
            *refusal = {400,
                        pp::kValidation,
                        QStringLiteral("The order would be too large to be priced; please contact sales."),
                        {{QStringLiteral("items[%1]").arg(i), QStringLiteral("makes the order too large")}}};
            return std::nullopt;
        }
        priced.total += line.amount;
        priced.lines.append(line);
    }
    if (priced.total > lp::proto::kMaxAmount) {
        *refusal = {400,
                    pp::kValidation,
                    QStringLiteral("The order would be too large to be priced; please contact sales."),
                    {{QStringLiteral("items"), QStringLiteral("make the order too large")}}};
        return std::nullopt;
    }
    return priced;
}

} // namespace lp::server
