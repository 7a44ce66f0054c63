#include "LicenseModel.h"

#include "Clock.h"
#include "DisplayDate.h"

#include <QLocale>
#include <cmath>

namespace lp {

namespace {
// Within this many days the status says "expires in N days" instead of "active".
constexpr int kExpiringDays = 30;
const QString kNotApplicable = QStringLiteral("\u2014");
} // namespace

LicenseModel::LicenseModel(const Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    // Queued signals and QVariant round trips (LicenseRole) need the type registered by name.
    qRegisterMetaType<proto::License>("lp::proto::License");
}

void LicenseModel::setLicenses(const QList<proto::License>& licenses)
{
    bool sameRows = licenses.size() == m_licenses.size();
    for (qsizetype i = 0; sameRows && i < licenses.size(); ++i) {
        sameRows = licenses.at(i).id == m_licenses.at(i).id;
    }
    if (sameRows) {
        // A refresh with the same keys keeps selection and scroll position in the views.
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

int LicenseModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_licenses.size(); ++i) {
        if (m_licenses.at(i).id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int LicenseModel::daysLeft(const proto::License& license) const
{
    const qint64 seconds = m_clock->now().secsTo(license.termEnd);
    // Rounded away from zero: three hours left is "1 day", not "0 days".
    const double days = std::ceil(std::abs(static_cast<double>(seconds)) / 86400.0);
    return static_cast<int>(seconds >= 0 ? days : -days);
}

LicenseModel::StatusKind LicenseModel::statusKind(const proto::License& license) const
{
    if (license.status == proto::LicenseStatus::Suspended) {
        return StatusKind::Suspended;
    }
    // The clock decides too: a license whose term ended since the last refresh is expired already.
    if (license.status == proto::LicenseStatus::Expired || m_clock->now() >= license.termEnd) {
        return StatusKind::Expired;
    }
    return daysLeft(license) <= kExpiringDays ? StatusKind::Expiring : StatusKind::Active;
}

int LicenseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_licenses.size());
}

int LicenseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenseModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const proto::License& license = m_licenses.at(index.row());
    const bool perDevice = license.type == proto::LicenseType::PerDevice;
    const QLocale locale;

    switch (role) {
    case IdRole:
        return license.id;
    case StatusKindRole:
        return static_cast<int>(statusKind(license));
    case DaysLeftRole:
        return daysLeft(license);
    case LicenseRole:
        return QVariant::fromValue(license);
    case SearchTextRole:
        return QStringList {license.product, license.handshakeCode,
                            data(index.siblingAtColumn(Type), Qt::DisplayRole).toString(),
                            data(index.siblingAtColumn(Status), Qt::DisplayRole).toString()}
            .join(QLatin1Char(' '));
    default:
        break;
    }

    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Product:
            return license.product;
        case HandshakeCode:
            return license.handshakeCode;
        case Type:
            return perDevice ? tr("Per device") : tr("Per scan");
        case Status:
            switch (statusKind(license)) {
            case StatusKind::Active:
                return tr("Active");
            case StatusKind::Expiring:
                return tr("Expires in %n day(s)", nullptr, daysLeft(license));
            case StatusKind::Expired:
                return tr("Expired");
            case StatusKind::Suspended:
                return tr("Suspended");
            }
            return {};
        case TermEnd:
            return displayDate(license.termEnd);
        case Devices:
            if (!perDevice || !license.deviceAllowance) {
                return kNotApplicable;
            }
            return QStringLiteral("%1 / %2").arg(locale.toString(license.devicesInUse.value_or(0)),
                                                 locale.toString(*license.deviceAllowance));
        case Scans:
            if (perDevice || !license.scanQuota) {
                return kNotApplicable;
            }
            return QStringLiteral("%1 / %2").arg(locale.toString(license.scansUsed.value_or(0)),
                                                 locale.toString(*license.scanQuota));
        case NextRefresh:
            return perDevice && license.nextDeviceRefresh ? displayDate(*license.nextDeviceRefresh)
                                                          : kNotApplicable;
        case ColumnCount:
            break;
        }
        return {};
    }

    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Scans:
            if (perDevice || !license.scanQuota) {
                return {};
            }
            return license.quotaPeriod == proto::QuotaPeriod::Annual
                ? tr("%1 of %2 scans used this year; unused scans do not roll over.")
                      .arg(locale.toString(license.scansUsed.value_or(0)),
                           locale.toString(*license.scanQuota))
                : tr("%1 of %2 scans used this month; unused scans do not roll over.")
                      .arg(locale.toString(license.scansUsed.value_or(0)),
                           locale.toString(*license.scanQuota));
        case Devices:
            if (!perDevice || !license.deviceAllowance) {
                return {};
            }
            return tr("%1 of %2 devices registered")
                .arg(locale.toString(license.devicesInUse.value_or(0)),
                     locale.toString(*license.deviceAllowance));
        case NextRefresh:
            if (!perDevice || !license.deviceRefreshMonths) {
                return {};
            }
            return tr("Devices inactive since the last refresh are released every %n month(s).", nullptr,
                      *license.deviceRefreshMonths);
        case TermEnd:
            return QLocale().toString(license.termEnd.toLocalTime(), QLocale::LongFormat);
        default:
            return {};
        }
    }

    if (role == Qt::TextAlignmentRole) {
        const bool numeric = column == Devices || column == Scans;
        return static_cast<int>((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }

    if (role == SortRole) {
        switch (column) {
        case Product:
            return license.product.toLower();
        case HandshakeCode:
            return license.handshakeCode;
        case Type:
            return static_cast<int>(license.type);
        case Status:
            // Suspended and expired first (they need attention), then by time left.
            return static_cast<qint64>(statusKind(license) == StatusKind::Suspended ? -1'000'000 : 0)
                + static_cast<qint64>(daysLeft(license));
        case TermEnd:
            return license.termEnd.toSecsSinceEpoch();
        case Devices:
            return perDevice ? license.devicesInUse.value_or(-1) : qint64(-1);
        case Scans:
            return perDevice ? qint64(-1) : license.scansUsed.value_or(-1);
        case NextRefresh:
            return perDevice && license.nextDeviceRefresh ? license.nextDeviceRefresh->toSecsSinceEpoch()
                                                          : std::numeric_limits<qint64>::max();
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant LicenseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Product:
        return tr("Product");
    case HandshakeCode:
        return tr("Handshake code");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case TermEnd:
        return tr("Term ends");
    case Devices:
        return tr("Devices");
    case Scans:
        return tr("Scans");
    case NextRefresh:
        return tr("Next refresh");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lp
