#include "OrderText.h"

#include <QLocale>
#include <QStringList>

namespace lp::server::OrderText {

QString money(qint64 amount, const QString& currency)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    const qint64 absolute = amount < 0 ? -amount : amount;
    return QStringLiteral("%1 %2%3.%4")
        .arg(currency, sign, english.toString(absolute / 100))
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

QString items(const QList<lp::proto::QuoteItem>& items)
{
    using lp::proto::QuoteItemKind;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QStringList parts;
    for (const auto& item : items) {
        switch (item.kind) {
        case QuoteItemKind::Renewal:
            parts << (item.years == 1 ? QStringLiteral("renewal for 1 year")
                                      : QStringLiteral("renewal for %1 years").arg(item.years));
            break;
        case QuoteItemKind::AddDevices:
            parts << (item.quantity == 1
                          ? QStringLiteral("1 more device")
                          : QStringLiteral("%1 more devices").arg(english.toString(item.quantity)));
            break;
        case QuoteItemKind::AddQuota:
            parts << QStringLiteral("%1 more scans per quota period").arg(english.toString(item.quantity));
            break;
        case QuoteItemKind::RefreshCadence:
            parts << QStringLiteral("device refresh every %1 months").arg(item.months);
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString status(lp::proto::OrderStatus status)
{
    return lp::proto::toWire(status).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString method(lp::proto::PaymentMethod method)
{
    switch (method) {
    case lp::proto::PaymentMethod::Card:
        return QStringLiteral("Card");
    case lp::proto::PaymentMethod::PayPal:
        return QStringLiteral("PayPal");
    case lp::proto::PaymentMethod::WireTransfer:
        return QStringLiteral("Wire transfer");
    case lp::proto::PaymentMethod::Check:
        return QStringLiteral("Check");
    }
    return {};
}

} // namespace lp::server::OrderText
