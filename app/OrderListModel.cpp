#include "OrderListModel.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "CheckoutText.h"
#include "DisplayDate.h"

#include <QLocale>
#include <algorithm>

namespace lp {

OrderListModel::OrderListModel(ApiClient* api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    // Queued signals and QVariant round trips (OrderRole) need the type registered by name.
    qRegisterMetaType<proto::Order>("lp::proto::Order");
}

void OrderListModel::refresh()
{
    const bool wasLoading = isLoading();
    if (m_job) {
        // The answer to the older request must not land after the newer one.
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_job = m_api->fetchOrders();
    connect(m_job, &ApiJob::finished, this, &OrderListModel::onLoaded);
    if (!wasLoading) {
        emit loadingChanged(true);
    }
}

void OrderListModel::clear()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
        emit loadingChanged(false);
    }
    if (m_cancelJob) {
        disconnect(m_cancelJob, nullptr, this, nullptr);
        m_cancelJob = nullptr;
    }
    m_loaded = false;
    if (!m_orders.isEmpty()) {
        beginResetModel();
        m_orders.clear();
        endResetModel();
    }
}

void OrderListModel::onLoaded(ApiJob* job)
{
    if (job != m_job) {
        return;
    }
    m_job = nullptr;
    emit loadingChanged(false);
    if (!job->succeeded()) {
        // The orders shown stay: a failed reload does not make them wrong, only possibly stale.
        emit loadFailed(job->error());
        return;
    }
    m_loaded = true;
    setOrders(job->value<proto::OrderList>()->items);
    emit loaded();
}

void OrderListModel::setOrders(QList<proto::Order> orders)
{
    sortList(orders);
    bool sameRows = orders.size() == m_orders.size();
    for (qsizetype i = 0; sameRows && i < orders.size(); ++i) {
        sameRows = orders.at(i).id == m_orders.at(i).id;
    }
    if (sameRows) {
        // A reload with the same orders keeps selection and scroll position in the views.
        m_orders = std::move(orders);
        if (!m_orders.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

void OrderListModel::updateOrder(const proto::Order& order)
{
    const int row = rowOf(order.id);
    if (row >= 0) {
        m_orders[row] = order;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    QList<proto::Order> orders = m_orders;
    orders.append(order);
    sortList(orders);
    const auto at
        = static_cast<int>(std::find_if(orders.cbegin(), orders.cend(),
                                        [&order](const proto::Order& o) { return o.id == order.id; })
                           - orders.cbegin());
    beginInsertRows({}, at, at);
    m_orders = std::move(orders);
    endInsertRows();
}

bool OrderListModel::canCancel(const proto::Order& order)
{
    return order.status == proto::OrderStatus::AwaitingPayment
        && order.paymentMethod != proto::PaymentMethod::Card;
}

void OrderListModel::cancelOrder(const QString& orderId)
{
    if (m_cancelJob) {
        return;
    }
    m_cancelJob = m_api->cancelOrder(orderId);
    connect(m_cancelJob, &ApiJob::finished, this, [this](ApiJob* job) {
        m_cancelJob = nullptr;
        if (!job->succeeded()) {
            emit cancelFailed(job->error());
            return;
        }
        const proto::Order order = *job->value<proto::Order>();
        updateOrder(order);
        emit orderCancelled(order);
    });
}

proto::Order OrderListModel::orderAt(int row) const
{
    return row >= 0 && row < m_orders.size() ? m_orders.at(row) : proto::Order();
}

int OrderListModel::rowOf(const QString& orderId) const
{
    for (qsizetype i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).id == orderId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString OrderListModel::itemsText(const proto::Order& order)
{
    QStringList parts;
    const auto period = order.result ? order.result->quotaPeriod : std::nullopt;
    for (const proto::QuoteLine& line : order.items) {
        parts.append(CheckoutText::item(line.item, period));
    }
    //: Separates the items of one order in the orders table
    return parts.join(tr(", "));
}

QString OrderListModel::keyText(const proto::Order& order)
{
    //: An order's license key: product (handshake code)
    return tr("%1 (%2)").arg(order.product, order.handshakeCode);
}

int OrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_orders.size());
}

int OrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::sortValue(const proto::Order& order, int column) const
{
    switch (column) {
    case Date:
        return order.createdAt;
    case Key:
        return keyText(order).toLower();
    case What:
        return itemsText(order).toLower();
    case Total:
        return order.total;
    case Method:
        return CheckoutText::method(order.paymentMethod).toLower();
    case Status:
        return static_cast<int>(order.status);
    default:
        return {};
    }
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const proto::Order& order = m_orders.at(index.row());
    switch (role) {
    case IdRole:
        return order.id;
    case StatusRole:
        return static_cast<int>(order.status);
    case OrderRole:
        return QVariant::fromValue(order);
    case SortRole:
        return sortValue(order, index.column());
    default:
        break;
    }

    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Date:
            return displayDate(order.createdAt);
        case Key:
            return keyText(order);
        case What:
            return itemsText(order);
        case Total:
            return CheckoutText::money(order.total, order.currency);
        case Method:
            return CheckoutText::method(order.paymentMethod);
        case Status:
            return CheckoutText::status(order.status);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Date:
            return QLocale().toString(order.createdAt.toLocalTime(), QLocale::LongFormat);
        case Status:
            return order.failure ? order.failure->message : QVariant();
        case Key:
        case What:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return static_cast<int>((column == Total ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        return static_cast<int>((section == Total ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case Key:
        return tr("License key");
    case What:
        return tr("Items");
    case Total:
        return tr("Total");
    case Method:
        return tr("Payment");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void OrderListModel::sortList(QList<proto::Order>& orders) const
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(orders.begin(), orders.end(),
                     [this, column, descending](const proto::Order& a, const proto::Order& b) {
                         const QVariant left = sortValue(a, column);
                         const QVariant right = sortValue(b, column);
                         int order = QVariant::compare(left, right) == QPartialOrdering::Less ? -1
                             : QVariant::compare(left, right) == QPartialOrdering::Greater    ? 1
                                                                                              : 0;
                         if (order == 0 && column != Date) {
                             // Ties: newest first, whatever the column.
                             order = a.createdAt > b.createdAt ? -1 : a.createdAt < b.createdAt ? 1 : 0;
                             return order < 0;
                         }
                         return descending ? order > 0 : order < 0;
                     });
}

void OrderListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& index : before) {
        ids.append(m_orders.at(index.row()).id);
    }
    sortList(m_orders);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace lp
