#pragma once

#include <DeviceListQuery.h>
#include <QVariant>

namespace lp::server {

// The opaque `next_cursor` of a device page: the sort key and id of the page's last row (keyset paging, so
// that rows registering or checking in meanwhile neither repeat nor skip rows on later pages), bound to the
// sort and order it was made for.
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
