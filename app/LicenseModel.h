#pragma once

#include "License.h"

#include <QAbstractTableModel>
#include <QList>

namespace lp {

class Clock;

// The account's license keys as a table. Knows nothing of widgets: it exposes the status as a kind
// (StatusKindRole) and the view picks colours from its palette.
class LicenseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Product, HandshakeCode, Type, Status, TermEnd, Devices, Scans, NextRefresh, ColumnCount };
    Q_ENUM(Column)
    // What the status column means at the clock's now; "expiring" is active with ≤ 30 days left.
    enum class StatusKind { Active, Expiring, Expired, Suspended };
    Q_ENUM(StatusKind)
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (numbers, times)
        IdRole, // QString license id
        StatusKindRole, // StatusKind as int
        DaysLeftRole, // int days until term_end (negative when expired)
        SearchTextRole, // product, handshake code, type and status words, for filtering
        LicenseRole, // QVariant::fromValue(proto::License)
    };

    explicit LicenseModel(const Clock* clock, QObject* parent = nullptr);

    // Replaces the content; keeps rows stable (dataChanged) when only values changed.
    void setLicenses(const QList<proto::License>& licenses);
    const QList<proto::License>& licenses() const { return m_licenses; }
    // Row of the license with this id, or -1.
    int rowOf(const QString& id) const;
    StatusKind statusKind(const proto::License& license) const;
    int daysLeft(const proto::License& license) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Clock* m_clock;
    QList<proto::License> m_licenses;
};

} // namespace lp

Q_DECLARE_METATYPE(lp::proto::License)
