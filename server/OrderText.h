#pragma once

#include <Order.h>
#include <QString>

namespace lp::server {

// Orders in words, for the approval page, the admin CLI and the audit log (the client has its own,
// translated, wording).
namespace OrderText {
// "EUR 1,234.56" (two-decimal currencies only, which is all the price list accepts).
QString money(qint64 amount, const QString& currency);
// "renewal for 2 years, 25 more devices"
QString items(const QList<lp::proto::QuoteItem>& items);
// "awaiting payment", "fulfilled", …
QString status(lp::proto::OrderStatus status);
QString method(lp::proto::PaymentMethod method);
} // namespace OrderText

} // namespace lp::server
