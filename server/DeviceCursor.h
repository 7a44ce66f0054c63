#pragma once

#include <DeviceListQuery.h>
#include <QVariant>

namespace lp::server {

// The opaque `next_cursor` of a device page: the sort key and id of the page's last row (keyset paging, so
// that devices registering meanwhile shift no page, and no row that kept its key is skipped or repeated),
// bound to the sort and order it was made for. A device whose key changes between pages (a check-in while
// sorted by last seen, oldest first) may show again further on.
struct DeviceCursor
{
    QVariant key; // qint64 for the times, QString (folded name) for names
    QString id;

    QString encode(lp::proto::DeviceSort sort, lp::proto::SortOrder order) const;
    // nullopt for text this server did not make, or made for another sort or order.
    static std::optional<DeviceCursor> decode(const QString& text, lp::proto::DeviceSort sort,
                                              lp::proto::SortOrder order);
};

} // namespace lp::server
