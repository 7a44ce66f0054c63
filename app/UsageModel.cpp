#include "UsageModel.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "BarcodeFormats.h"
#include "DisplayDate.h"

#include <QLocale>
#include <utility>

namespace lp {

UsageModel::UsageModel(ApiClient* api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

void UsageModel::load(const QString& licenseId, const proto::UsageQuery& query)
{
    const int generation = ++m_generation;
    if (licenseId != m_licenseId) {
        resetRows({}, {});
    }
    m_pendingLicenseId = licenseId;
    ApiJob* job = m_api->fetchUsage(licenseId, query);
    connect(job, &ApiJob::finished, this, [this, generation](ApiJob* done) { onLoaded(done, generation); });
    setLoading(true);
}

void UsageModel::clear()
{
    ++m_generation;
    m_pendingLicenseId.clear();
    setLoading(false);
    resetRows({}, {});
}

void UsageModel::resetRows(const proto::UsageReport& report, const QString& licenseId)
{
    beginResetModel();
    m_report = report;
    m_licenseId = licenseId;
    endResetModel();
}

void UsageModel::onLoaded(ApiJob* job, int generation)
{
    if (generation != m_generation) {
        return;
    }
    const QString licenseId = std::exchange(m_pendingLicenseId, QString());
    setLoading(false);
    // After a failure the old rows would belong to another range or license: show none.
    if (job->succeeded()) {
        resetRows(*job->value<proto::UsageReport>(), licenseId);
        emit loaded();
    } else {
        resetRows({}, {});
        emit failed(job->error());
    }
}

void UsageModel::setLoading(bool loading)
{
    if (loading != m_loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

int UsageModel::formatColumn(const QString& format) const
{
    const qsizetype at = m_report.formats.indexOf(format);
    return at < 0 ? -1 : FirstFormatColumn + static_cast<int>(at);
}

int UsageModel::devicesColumn() const
{
    return m_report.deviceAllowance ? FirstFormatColumn + static_cast<int>(m_report.formats.size()) : -1;
}

QString UsageModel::bucketLabel(const QDate& start, proto::UsageGranularity granularity)
{
    switch (granularity) {
    case proto::UsageGranularity::Day:
        return displayDate(start.startOfDay());
    case proto::UsageGranularity::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return tr("Week %1, %2").arg(week).arg(year);
    }
    case proto::UsageGranularity::Month:
        return QLocale().toString(start, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

int UsageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.items.size());
}

int UsageModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return FirstFormatColumn + static_cast<int>(m_report.formats.size()) + (m_report.deviceAllowance ? 1 : 0);
}

std::optional<qint64> UsageModel::valueAt(const proto::UsageBucket& bucket, int column) const
{
    if (column == TotalColumn) {
        return bucket.total;
    }
    if (column == devicesColumn()) {
        return bucket.devicesInUse.value_or(0);
    }
    if (column >= FirstFormatColumn) {
        return bucket.byFormat.value(m_report.formats.at(column - FirstFormatColumn));
    }
    return std::nullopt;
}

QVariant UsageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const proto::UsageBucket& bucket = m_report.items.at(index.row());
    const int column = index.column();
    const auto value = valueAt(bucket, column);
    switch (role) {
    case Qt::DisplayRole:
        return value ? QLocale().toString(*value) : bucketLabel(bucket.start, m_report.granularity);
    case Qt::TextAlignmentRole:
        return value ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case BucketStartRole:
        return bucket.start;
    case ValueRole:
        return value ? QVariant::fromValue(*value) : QVariant();
    case FormatRole:
        return headerData(column, Qt::Horizontal, FormatRole);
    default:
        return {};
    }
}

QVariant UsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const bool isFormat = section >= FirstFormatColumn && section != devicesColumn();
    if (role == FormatRole) {
        return isFormat ? m_report.formats.at(section - FirstFormatColumn) : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (isFormat) {
        return barcodeFormatName(m_report.formats.at(section - FirstFormatColumn));
    }
    if (section == devicesColumn()) {
        return tr("Devices in use");
    }
    if (section == TotalColumn) {
        return tr("Scans");
    }
    switch (m_report.granularity) {
    case proto::UsageGranularity::Day:
        return tr("Day");
    case proto::UsageGranularity::Week:
        return tr("Week");
    case proto::UsageGranularity::Month:
        return tr("Month");
    }
    return {};
}

} // namespace lp
