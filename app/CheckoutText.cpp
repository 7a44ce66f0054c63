#include "CheckoutText.h"

#include <QCoreApplication>

namespace lp {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lp::CheckoutText", text, disambiguation, n);
}

QString currencySymbol(const QString& code)
{
    if (code == QLatin1String("EUR")) {
        return QStringLiteral("€");
    }
    if (code == QLatin1String("USD")) {
        return QStringLiteral("$");
    }
    if (code == QLatin1String("GBP")) {
        return QStringLiteral("£");
    }
    return code;
}
} // namespace

QString CheckoutText::money(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    // Major and minor part formatted apart: toCurrencyString(double) would round through a binary fraction.
    const bool negative = minorUnits < 0;
    const qint64 magnitude = negative ? -minorUnits : minorUnits;
    const QString number = locale.toString(magnitude / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    // The locale's pattern puts the symbol before or after ("€1.00", "1,00 €"); learn it from a sample.
    // The C locale (tests, a bare environment) has none of its own: it reads like English.
    const QLocale pattern = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    const QString sample = pattern.toCurrencyString(1.0, QStringLiteral("\u00a4"));
    const QString one = pattern.toString(1.0, 'f', 2);
    QString text = sample;
    text.replace(one, number).replace(QStringLiteral("\u00a4"), currencySymbol(currency));
    // The sign leads the whole amount: "-€240.00", "-240,00 €".
    return negative ? locale.negativeSign() + text : text;
}

QString CheckoutText::item(const proto::QuoteItem& item, std::optional<proto::QuotaPeriod> period,
                           const QLocale& locale)
{
    switch (item.kind) {
    case proto::QuoteItemKind::Renewal:
        return tr("Renewal for %n year(s)", nullptr, item.years);
    case proto::QuoteItemKind::AddDevices:
        return tr("%n more device(s)", nullptr, int(item.quantity))
            .replace(QString::number(item.quantity), locale.toString(item.quantity));
    case proto::QuoteItemKind::AddQuota: {
        const QString count = locale.toString(item.quantity);
        if (!period) {
            return tr("%1 more scans per quota period").arg(count);
        }
        return *period == proto::QuotaPeriod::Monthly ? tr("%1 more scans per month").arg(count)
                                                      : tr("%1 more scans per year").arg(count);
    }
    case proto::QuoteItemKind::RefreshCadence:
        return tr("Device refresh every %n month(s)", nullptr, item.months);
    }
    return {};
}

QString CheckoutText::status(proto::OrderStatus status)
{
    switch (status) {
    case proto::OrderStatus::AwaitingPayment:
        return tr("Awaiting payment");
    case proto::OrderStatus::Paid:
        return tr("Paid");
    case proto::OrderStatus::Fulfilled:
        return tr("Fulfilled");
    case proto::OrderStatus::Declined:
        return tr("Declined");
    case proto::OrderStatus::Cancelled:
        return tr("Cancelled");
    case proto::OrderStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QString CheckoutText::method(proto::PaymentMethod method)
{
    switch (method) {
    case proto::PaymentMethod::Card:
        return tr("Credit card");
    case proto::PaymentMethod::PayPal:
        return tr("PayPal");
    case proto::PaymentMethod::WireTransfer:
        return tr("Wire transfer");
    case proto::PaymentMethod::Check:
        return tr("Check");
    }
    return {};
}

} // namespace lp
