#pragma once

#include <Order.h>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace lp {

// The documents of an order, as HTML for a QTextDocument (printed to PDF by the ui): a pro-forma invoice
// for a wire-transfer or check order awaiting payment, a receipt for a paid or fulfilled one. Declined,
// cancelled and expired orders have none. Every string from the server is HTML-escaped.
class OrderDocument
{
    Q_DECLARE_TR_FUNCTIONS(lp::OrderDocument)

public:
    enum class Kind { None, Invoice, Receipt };

    static Kind kindOf(const proto::Order& order);
    // "Pro-forma invoice PF-2026-000042", "Receipt RC-2026-000007"; empty for Kind::None.
    static QString title(const proto::Order& order);
    // "Invoice PF-2026-000042.pdf", "Receipt RC-2026-000007.pdf": a file name safe on every system.
    static QString suggestedFileName(const proto::Order& order);
    // The whole document; empty for Kind::None.
    static QString html(const proto::Order& order, const QLocale& locale = QLocale());
};

} // namespace lp
