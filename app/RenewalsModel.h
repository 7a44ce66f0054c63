#pragma once

#include <License.h>
#include <QAbstractTableModel>
#include <QList>

namespace lp {

class Clock;
class LicenseModel;

// The keys up for renewal: those of the license model whose term ends within the next 90 days or ended
// within the last 90, soonest (and so the expired) first. Suspended keys are left out: renewing them is a
// matter for the vendor, not for a one-click checkout. Follows the license model, and the clock at each
// change of it (or at update()).
class RenewalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kWindowDays = 90;

    enum Column { Product, HandshakeCode, Expiry, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // QString license id
        DaysRole, // int: days until the term end (> 0), or -(days since it ended) (<= 0)
        ExpiredRole, // bool
        LicenseRole, // QVariant::fromValue(proto::License)
    };

    RenewalsModel(LicenseModel* licenses, const Clock* clock, QObject* parent = nullptr);

    // Evaluates the window again at the clock's now (the license model's changes do it by themselves).
    void update();

    const QList<proto::License>& licenses() const { return m_licenses; }
    int rowOf(const QString& licenseId) const;
    // Whether the term ends within the window at `now`.
    static bool inWindow(const proto::License& license, const QDateTime& now);
    // Whole days until the term end, rounded up ("in 1 day" with three hours left); after it, -(whole days
    // since), rounded down ("expired today" until a full day has passed).
    static int days(const proto::License& license, const QDateTime& now);
    // "in 18 days", "today", "expired 40 days ago", "expired today".
    static QString expiryText(int days, bool expired);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isExpired(const proto::License& license) const;

    LicenseModel* m_source;
    const Clock* m_clock;
    QList<proto::License> m_licenses;
};

} // namespace lp
