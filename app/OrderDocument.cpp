#include "OrderDocument.h"

#include "CheckoutText.h"
#include "DisplayDate.h"

#include <QCoreApplication>

namespace lp {

namespace {
// For the free functions below; lupdate files their tr() under the namespace (the class's own members
// use OrderDocument::tr, filed under the class).
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lp", text, disambiguation, n);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A label and a value in the two-column facts tables; the value is escaped here.
// The label column has one width in every table, so that the sections line up.
QString factRow(const QString& label, const QString& value)
{
    return QStringLiteral(
               "<tr><td width=\"150\" style=\"color:#5f6b7a; padding-right:16px\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString factTable(const QString& rows)
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style=\"margin-top:18px; margin-bottom:4px\">%1</h3>").arg(esc(text));
}

QString date(const QDateTime& time, const QLocale& locale)
{
    return time.isValid() ? displayDate(time, locale) : QString();
}

std::optional<proto::QuotaPeriod> quotaPeriodOf(const proto::Order& order)
{
    return order.result ? order.result->quotaPeriod : std::nullopt;
}

QString itemsTable(const proto::Order& order, const QLocale& locale)
{
    // Amounts and dates never wrap; the item's words take the room that is left.
    const auto cell = [](const QString& text, bool number = false) {
        return QStringLiteral("<td%1 style=\"border-bottom:1px solid #c8ced6%3\">%2</td>")
            .arg(number ? QStringLiteral(" align=\"right\"") : QString(), esc(text),
                 number ? QStringLiteral("; white-space:nowrap") : QString());
    };
    const auto headerCell = [](const QString& text, bool number = false) {
        return QStringLiteral("<th align=\"%1\" style=\"background-color:#eef1f5; border-bottom:1px solid "
                              "#8a94a3; white-space:nowrap\">%2</th>")
            .arg(number ? QStringLiteral("right") : QStringLiteral("left"), esc(text));
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" "
                                  "style=\"border-collapse:collapse\"><tr>");
    html += headerCell(tr("Item")) + headerCell(tr("Period")) + headerCell(tr("List price"), true)
        + headerCell(tr("Discount"), true) + headerCell(tr("Amount"), true) + QStringLiteral("</tr>");
    for (const proto::QuoteLine& line : order.items) {
        //: The period an order line covers: from date – until date
        const QString period = line.coversFrom.isValid() && line.coversUntil.isValid()
            ? tr("%1 – %2").arg(date(line.coversFrom, locale), date(line.coversUntil, locale))
            : QString();
        html += QStringLiteral("<tr>") + cell(CheckoutText::item(line.item, quotaPeriodOf(order), locale))
            + cell(period, true).replace(QStringLiteral(" align=\"right\""), QString())
            + cell(CheckoutText::money(line.listPrice, order.currency, locale), true)
            + cell(line.discount != 0
                       ? locale.negativeSign() + CheckoutText::money(line.discount, order.currency, locale)
                       : QString(),
                   true)
            + cell(CheckoutText::money(line.amount, order.currency, locale), true) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td colspan=\"4\" align=\"right\" style=\"font-weight:bold\">%1</td>"
                           "<td align=\"right\" style=\"font-weight:bold; white-space:nowrap\">%2</td></tr>"
                           "</table>")
                .arg(esc(tr("Total")), esc(CheckoutText::money(order.total, order.currency, locale)));
    return html;
}

QString licenseSection(const proto::Order& order)
{
    return heading(tr("License key"))
        + factTable(factRow(tr("Product"), order.product) + factRow(tr("Handshake code"), order.handshakeCode)
                    + factRow(tr("Order"), order.id));
}

QString termsSection(const proto::LicenseTerms& terms, const QLocale& locale)
{
    QString rows;
    if (terms.termStart.isValid() && terms.termEnd.isValid()) {
        //: A license term: from date – until date
        rows += factRow(tr("Term"),
                        tr("%1 – %2").arg(date(terms.termStart, locale), date(terms.termEnd, locale)));
    } else if (terms.termEnd.isValid()) {
        rows += factRow(tr("Term ends"), date(terms.termEnd, locale));
    }
    if (terms.deviceAllowance) {
        rows += factRow(tr("Devices"), locale.toString(*terms.deviceAllowance));
    }
    if (terms.deviceRefreshMonths) {
        rows += factRow(tr("Device refresh"),
                        *terms.deviceRefreshMonths == 12
                            ? tr("Once a year")
                            : tr("Every %n month(s)", nullptr, *terms.deviceRefreshMonths));
    }
    if (terms.scanQuota) {
        const QString count = locale.toString(*terms.scanQuota);
        QString quota = tr("%1 scans per period").arg(count);
        if (terms.quotaPeriod) {
            quota = *terms.quotaPeriod == proto::QuotaPeriod::Monthly ? tr("%1 scans per month").arg(count)
                                                                      : tr("%1 scans per year").arg(count);
        }
        rows += factRow(tr("Scan quota"), quota);
    }
    return rows.isEmpty() ? QString() : heading(tr("New terms")) + factTable(rows);
}

QString handshakeNote(const proto::Order& order)
{
    return QStringLiteral("<p style=\"margin-top:14px\">%1</p>")
        .arg(esc(tr("The handshake code %1 is unchanged: devices using this key need no update.")
                     .arg(order.handshakeCode)));
}

QString page(const QString& title, const QString& body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body style=\"font-size:10pt\">%2</body></html>")
        .arg(esc(title), body);
}

QString safeFilePart(QString text)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : text) {
        if (forbidden.contains(c) || c.unicode() < 0x20) {
            c = QLatin1Char('-');
        }
    }
    return text.trimmed().left(80);
}
} // namespace

OrderDocument::Kind OrderDocument::kindOf(const proto::Order& order)
{
    switch (order.status) {
    case proto::OrderStatus::AwaitingPayment:
        return order.invoice ? Kind::Invoice : Kind::None;
    case proto::OrderStatus::Paid:
    case proto::OrderStatus::Fulfilled:
        return order.receipt ? Kind::Receipt : Kind::None;
    case proto::OrderStatus::Declined:
    case proto::OrderStatus::Cancelled:
    case proto::OrderStatus::Expired:
        break;
    }
    return Kind::None;
}

QString OrderDocument::title(const proto::Order& order)
{
    switch (kindOf(order)) {
    case Kind::Invoice:
        return tr("Pro-forma invoice %1").arg(order.invoice->number);
    case Kind::Receipt:
        return tr("Receipt %1").arg(order.receipt->number);
    case Kind::None:
        break;
    }
    return {};
}

QString OrderDocument::suggestedFileName(const proto::Order& order)
{
    switch (kindOf(order)) {
    case Kind::Invoice:
        //: A file name: keep it short, no slashes
        return tr("Invoice %1.pdf").arg(safeFilePart(order.invoice->number));
    case Kind::Receipt:
        //: A file name: keep it short, no slashes
        return tr("Receipt %1.pdf").arg(safeFilePart(order.receipt->number));
    case Kind::None:
        break;
    }
    return {};
}

QString OrderDocument::html(const proto::Order& order, const QLocale& locale)
{
    const Kind kind = kindOf(order);
    if (kind == Kind::None) {
        return {};
    }
    const QString total = CheckoutText::money(order.total, order.currency, locale);
    QString body;
    if (kind == Kind::Invoice) {
        const proto::ProFormaInvoice& invoice = *order.invoice;
        body += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Pro-forma invoice")));
        body += factTable(factRow(tr("Invoice number"), invoice.number)
                          + factRow(tr("Issued"), date(invoice.issuedAt, locale))
                          + factRow(tr("Payment due by"), date(invoice.dueAt, locale)));
        body += licenseSection(order);
        body += heading(tr("Items"));
        body += itemsTable(order, locale);
        QString pay = factRow(tr("Amount"), total)
            + factRow(tr("Payment method"), CheckoutText::method(order.paymentMethod))
            + factRow(tr("Payee"), invoice.payee);
        if (!invoice.iban.isEmpty() || !invoice.bankName.isEmpty()) {
            pay += factRow(tr("Bank"), invoice.bankName) + factRow(tr("IBAN"), invoice.iban)
                + factRow(tr("BIC"), invoice.bic);
        }
        if (!invoice.mailingAddress.isEmpty()) {
            // The address keeps its lines.
            pay += QStringLiteral("<tr><td width=\"150\" style=\"color:#5f6b7a; "
                                  "padding-right:16px\">%1</td><td>%2</td></tr>")
                       .arg(esc(tr("Mail the check to")),
                            esc(invoice.mailingAddress).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
        pay += QStringLiteral("<tr><td width=\"150\" style=\"color:#5f6b7a; "
                              "padding-right:16px\">%1</td><td><b>%2</b></td></tr>")
                   .arg(esc(tr("Payment reference")), esc(invoice.paymentReference));
        pay += factRow(tr("Due by"), date(invoice.dueAt, locale));
        body += heading(tr("How to pay")) + factTable(pay);
        body += QStringLiteral("<p style=\"margin-top:14px\">%1</p>")
                    .arg(esc(
                        tr("Quote the payment reference %1 with your payment so that it can be matched to "
                           "this order. The order is fulfilled once the payment is recorded; this is not "
                           "a receipt.")
                            .arg(invoice.paymentReference)));
        body += handshakeNote(order);
    } else {
        const proto::Receipt& receipt = *order.receipt;
        body += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Receipt")));
        body += factTable(factRow(tr("Receipt number"), receipt.number)
                          + factRow(tr("Paid on"), date(receipt.paidAt, locale))
                          + factRow(tr("Paid with"), receipt.paidWith) + factRow(tr("Amount paid"), total));
        body += licenseSection(order);
        body += heading(tr("Items"));
        body += itemsTable(order, locale);
        if (order.result) {
            body += termsSection(*order.result, locale);
        }
        body += handshakeNote(order);
    }
    return page(title(order), body);
}

} // namespace lp
