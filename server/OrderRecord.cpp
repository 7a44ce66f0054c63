#include "OrderRecord.h"

namespace lp::server {

QList<lp::proto::QuoteItem> OrderRecord::items() const
{
    QList<lp::proto::QuoteItem> items;
    for (const auto& line : lines) {
        items.append(line.item);
    }
    return items;
}

} // namespace lp::server
