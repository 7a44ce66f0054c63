#pragma once

#include "ApiError.h"

#include <Order.h>
#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace lp {

class ApiClient;
class ApiJob;

// The account's orders as a table (GET /v1/orders), newest first unless sorted otherwise. Knows nothing of
// widgets: the status column exposes the order status (StatusRole) and the view picks its colours.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Key, What, Total, Method, Status, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (times, amounts)
        IdRole, // QString order id
        StatusRole, // proto::OrderStatus as int
        OrderRole, // QVariant::fromValue(proto::Order)
    };

    explicit OrderListModel(ApiClient* api, QObject* parent = nullptr);

    // Loads the orders again; an answer still under way is dropped. Rows stay (and keep the selection)
    // while loading.
    void refresh();
    // Forgets everything (sign-out).
    void clear();
    // Replaces one order by a newer state of it (after a cancel), or adds it at the top when new.
    void updateOrder(const proto::Order& order);
    // Cancels an order awaiting payment (POST /v1/orders/{id}/cancel); the answer replaces its row.
    void cancelOrder(const QString& orderId);
    bool isCancelling() const { return !m_cancelJob.isNull(); }
    // Whether the customer may cancel the order: awaiting a PayPal approval, a wire transfer or a check (a
    // card payment is settled at once).
    static bool canCancel(const proto::Order& order);

    bool isLoading() const { return !m_job.isNull(); }
    // Whether a load has succeeded since the last clear().
    bool hasLoaded() const { return m_loaded; }
    const QList<proto::Order>& orders() const { return m_orders; }
    // The order of a row (an empty order for a row out of range).
    proto::Order orderAt(int row) const;
    int rowOf(const QString& orderId) const;
    // The lines of an order in words, joined: "Renewal for 1 year, 50 more devices".
    static QString itemsText(const proto::Order& order);
    // "Document Normalizer SDK (100000-100003)".
    static QString keyText(const proto::Order& order);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

signals:
    void loadingChanged(bool loading);
    // A load finished and its orders are in the model.
    void loaded();
    void loadFailed(const lp::ApiError& error);
    // The server's answer to cancelOrder(): the order as it is now (normally cancelled).
    void orderCancelled(const lp::proto::Order& order);
    void cancelFailed(const lp::ApiError& error);

private:
    void onLoaded(ApiJob* job);
    void setOrders(QList<proto::Order> orders);
    void sortList(QList<proto::Order>& orders) const;
    QVariant sortValue(const proto::Order& order, int column) const;

    ApiClient* m_api;
    QList<proto::Order> m_orders;
    QPointer<ApiJob> m_job;
    QPointer<ApiJob> m_cancelJob;
    bool m_loaded = false;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace lp
