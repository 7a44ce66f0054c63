#include "QuoteRecord.h"

#include "Clock.h"

namespace lp::server {

lp::proto::Quote QuoteRecord::toWire() const
{
    lp::proto::Quote quote;
    quote.id = id;
    quote.licenseId = licenseId;
    quote.items = lines;
    quote.total = total;
    quote.currency = currency;
    quote.createdAt = Clock::fromSeconds(createdAt);
    quote.expiresAt = Clock::fromSeconds(expiresAt);
    quote.current = current;
    quote.result = result;
    return quote;
}

QList<lp::proto::QuoteItem> QuoteRecord::items() const
{
    QList<lp::proto::QuoteItem> items;
    for (const auto& line : lines) {
        items.append(line.item);
    }
    return items;
}

} // namespace lp::server
