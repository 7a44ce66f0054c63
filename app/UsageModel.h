#pragma once

#include "ApiError.h"

#include <QAbstractTableModel>
#include <UsageReport.h>

namespace lp {

class ApiClient;
class ApiJob;

// One license's usage over a range as a table: a row per day, week or month (empty ones included), the
// total, one column per barcode format (most scanned first) and, for per-device licenses, the devices
// holding a seat at the end of each bucket. The charts and the per-format breakdown read it.
class UsageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { BucketColumn, TotalColumn, FirstFormatColumn };
    enum Role {
        BucketStartRole = Qt::UserRole + 1, // QDate, the first day of the row's bucket
        ValueRole, // qint64 of a numeric cell (total, format, devices)
        FormatRole, // the format's wire name, on its column's cells and header; else null
    };

    explicit UsageModel(ApiClient* api, QObject* parent = nullptr);

    // Replaces the content when the answer comes (a model reset); an answer to an older load is dropped.
    // Another range of the same license keeps the rows shown until then, so that a chart does not blank
    // out while the user moves through ranges; another license empties the model at once, since its rows
    // must never pass for the new license's.
    void load(const QString& licenseId, const proto::UsageQuery& query);
    void clear();

    // The license the rows shown belong to; empty while none are (cleared, or another license loading).
    QString licenseId() const { return m_licenseId; }
    // The license of the load under way, if any; licenseId() once its answer has come.
    QString pendingLicenseId() const { return m_pendingLicenseId; }
    const proto::UsageReport& report() const { return m_report; }
    bool isLoading() const { return m_loading; }
    // The column of a format's wire name, or -1 when it has no scans in the range.
    int formatColumn(const QString& format) const;
    // The "Devices in use" column, or -1 for per-scan licenses.
    int devicesColumn() const;
    // "12 Mar 2025", "Week 11, 2025", "March 2025": a bucket as the table and the chart axis label it.
    static QString bucketLabel(const QDate& start, proto::UsageGranularity granularity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const lp::ApiError& error);

private:
    void setLoading(bool loading);
    void resetRows(const proto::UsageReport& report, const QString& licenseId);
    void onLoaded(ApiJob* job, int generation);
    std::optional<qint64> valueAt(const proto::UsageBucket& bucket, int column) const;

    ApiClient* m_api;
    QString m_licenseId;
    QString m_pendingLicenseId;
    proto::UsageReport m_report;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace lp
