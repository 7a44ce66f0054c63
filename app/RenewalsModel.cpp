#include "RenewalsModel.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "LicenseModel.h"

#include <QLocale>
#include <algorithm>

namespace lp {

namespace {
constexpr qint64 kDay = 86400;
} // namespace

RenewalsModel::RenewalsModel(LicenseModel* licenses, const Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(licenses)
    , m_clock(clock)
{
    connect(m_source, &QAbstractItemModel::modelReset, this, &RenewalsModel::update);
    connect(m_source, &QAbstractItemModel::dataChanged, this, &RenewalsModel::update);
    connect(m_source, &QAbstractItemModel::rowsInserted, this, &RenewalsModel::update);
    connect(m_source, &QAbstractItemModel::rowsRemoved, this, &RenewalsModel::update);
    connect(m_source, &QAbstractItemModel::layoutChanged, this, &RenewalsModel::update);
    update();
}

bool RenewalsModel::inWindow(const proto::License& license, const QDateTime& now)
{
    if (license.status == proto::LicenseStatus::Suspended || !license.termEnd.isValid()) {
        return false;
    }
    const qint64 seconds = now.secsTo(license.termEnd);
    return std::abs(seconds) <= kWindowDays * kDay;
}

int RenewalsModel::days(const proto::License& license, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(license.termEnd);
    if (seconds > 0) {
        return static_cast<int>((seconds + kDay - 1) / kDay);
    }
    return -static_cast<int>(-seconds / kDay);
}

QString RenewalsModel::expiryText(int days, bool expired)
{
    if (expired) {
        return days == 0 ? tr("expired today") : tr("expired %n day(s) ago", nullptr, -days);
    }
    return days <= 0 ? tr("today") : tr("in %n day(s)", nullptr, days);
}

bool RenewalsModel::isExpired(const proto::License& license) const
{
    return license.status == proto::LicenseStatus::Expired || m_clock->now() >= license.termEnd;
}

void RenewalsModel::update()
{
    const QDateTime now = m_clock->now();
    QList<proto::License> licenses;
    for (const proto::License& license : m_source->licenses()) {
        if (inWindow(license, now)) {
            licenses.append(license);
        }
    }
    std::stable_sort(licenses.begin(), licenses.end(),
                     [](const proto::License& a, const proto::License& b) { return a.termEnd < b.termEnd; });
    bool sameRows = licenses.size() == m_licenses.size();
    for (qsizetype i = 0; sameRows && i < licenses.size(); ++i) {
        sameRows = licenses.at(i).id == m_licenses.at(i).id;
    }
    if (sameRows) {
        m_licenses = licenses;
        if (!m_licenses.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_licenses = licenses;
    endResetModel();
}

int RenewalsModel::rowOf(const QString& licenseId) const
{
    for (qsizetype i = 0; i < m_licenses.size(); ++i) {
        if (m_licenses.at(i).id == licenseId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int RenewalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_licenses.size());
}

int RenewalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RenewalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const proto::License& license = m_licenses.at(index.row());
    const int dayCount = days(license, m_clock->now());
    switch (role) {
    case IdRole:
        return license.id;
    case DaysRole:
        return dayCount;
    case ExpiredRole:
        return isExpired(license);
    case LicenseRole:
        return QVariant::fromValue(license);
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Product:
            return license.product;
        case HandshakeCode:
            return license.handshakeCode;
        case Expiry:
            return expiryText(dayCount, isExpired(license));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Expiry) {
            //: The day a license term ends
            return tr("Term ends %1").arg(displayDate(license.termEnd));
        }
        return {};
    default:
        return {};
    }
}

QVariant RenewalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Product:
        return tr("Product");
    case HandshakeCode:
        return tr("Handshake code");
    case Expiry:
        return tr("Expires");
    default:
        return {};
    }
}

} // namespace lp
