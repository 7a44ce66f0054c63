#pragma once

#include "CheckoutRefusal.h"
#include "LicenseRecord.h"
#include "PriceList.h"

#include <QDateTime>
#include <QList>
#include <Quote.h>
#include <optional>

namespace lp::server {

// The server's prices for changes to a license, and what those changes do to it; pure, so that every
// rule is tested at chosen instants. Integer arithmetic throughout, rounded half up to the minor unit once
// per line.
//
// - The yearly value of a license's terms: `yearly`, plus for a per-device license allowance ×
//   `per_device_yearly` and the surcharge of its refresh cadence, for a per-scan license quota / 1,000 ×
//   `per_1000_scans` × periods per year (12 monthly, 1 annual).
// - A renewal for N years lists at N × the yearly value of the RESULT terms (so the renewed years carry the
//   quote's other changes), less the multi-year discount; it covers N years from the term end, or from now
//   for an expired license (whose new term then starts now).
// - More devices, more quota and a shorter cadence are prorated to the rest of the current term
//   (remaining seconds / 365 days): the price of a year of the addition (or of the surcharge difference)
//   × that fraction. An expired license has no rest of term: such changes need a renewal in the same quote.
class Pricing
{
public:
    struct Priced
    {
        QList<lp::proto::QuoteLine> lines; // in the order of the request's items
        qint64 total = 0;
        lp::proto::LicenseTerms current;
        lp::proto::LicenseTerms result;
    };

    static constexpr qint64 kYearSeconds = 365 * 24 * 3600;

    // Prices `items` for `license` in `currency` at `now`; nullopt with *refusal set when the license cannot
    // take them (409 not-applicable: wrong kind for its type, a cadence not shorter, suspended, an addition
    // to an expired license without a renewal, no price in the currency) or an amount is out of range.
    static std::optional<Priced> price(const PriceList& prices, const LicenseRecord& license,
                                       const QString& currency, const QList<lp::proto::QuoteItem>& items,
                                       const QDateTime& now, CheckoutRefusal* refusal);

    // The license's terms as an order sees them.
    static lp::proto::LicenseTerms termsOf(const LicenseRecord& license);
    // The terms after the items, applied at `now`: a renewal extends from the term end, or starts now for an
    // expired license; devices and quota add; a cadence is set. Used for the quote and again at fulfilment.
    static lp::proto::LicenseTerms apply(const lp::proto::LicenseTerms& terms,
                                         const QList<lp::proto::QuoteItem>& items, const QDateTime& now);
    // The yearly value of the terms in thousandths of the minor unit (exact for any quota).
    static qint64 yearlyValueMilli(const PriceList::Entry& entry, const lp::proto::LicenseTerms& terms,
                                   bool perDevice);
    // numerator / denominator rounded half up (both non-negative, denominator > 0), without overflow for
    // products of prices, quantities and seconds.
    static qint64 roundedRatio(qint64 a, qint64 b, qint64 c, qint64 denominator);
};

} // namespace lp::server
