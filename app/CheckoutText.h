#pragma once

#include <License.h>
#include <Order.h>
#include <QLocale>
#include <QString>
#include <Quote.h>
#include <optional>

namespace lp {

// The words and numbers of checkout, shared by the wizard, the orders pane and the PDF documents so
// that an item, a status or an amount reads the same everywhere.
class CheckoutText
{
public:
    // "€1,234.50" / "1.234,50 €": minor units in the locale's currency format with the ISO code's symbol.
    // Exact: the amount is never a binary fraction on the way.
    static QString money(qint64 minorUnits, const QString& currency, const QLocale& locale = QLocale());
    // "Renewal for 2 years", "50 more devices", "10,000 more scans per month", "Device refresh every 6
    // months". The quota period says "per month" or "per year"; unknown, it says "per period".
    static QString item(const proto::QuoteItem& item, std::optional<proto::QuotaPeriod> period = std::nullopt,
                        const QLocale& locale = QLocale());
    static QString status(proto::OrderStatus status);
    static QString method(proto::PaymentMethod method);
};

} // namespace lp
