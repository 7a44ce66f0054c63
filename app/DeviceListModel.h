#pragma once

#include "ApiError.h"

#include <DeviceListQuery.h>
#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <array>
#include <vector>

namespace lp {

class ApiClient;
class ApiJob;
class Clock;

namespace proto {
struct DevicePage;
}

// The devices of one license as a table that loads itself page by page as the view scrolls (fetchMore),
// with search, status filter and sort done by the server. A license may have a million devices, so rows
// are kept compact (raw hash bytes, times as integers, names in one UTF-8 pool, platforms and SDK versions
// interned): about 100 bytes a device.
class DeviceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        DeviceHash,
        Platform,
        SdkVersion,
        FirstRegistered,
        LastSeen,
        Lease,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        DeviceHashRole = Qt::UserRole + 1, // the full hash, 64 hex characters
        StatusRole, // proto::DeviceStatus as int
        LastSeenRole, // QDateTime
    };
    // The first page is small so that it shows at once; the following ones are larger to need fewer requests.
    static constexpr int kFirstPageSize = 100;
    static constexpr int kPageSize = 500;

    DeviceListModel(ApiClient* api, const Clock* clock, QObject* parent = nullptr);

    // Each of these starts over from the first page (an answer still under way for the old query is dropped).
    void setLicense(const QString& licenseId);
    void setSearch(const QString& text);
    void setStatusFilter(std::optional<proto::DeviceStatus> status);
    void reload();
    // Forgets everything (sign-out, or no license chosen).
    void clear();

    QString licenseId() const { return m_licenseId; }
    // The current search, filter and sort, without paging: what an export of "the list as shown" asks for.
    proto::DeviceListQuery query() const;
    bool isLoading() const { return !m_job.isNull(); }
    // Whether every matching device is loaded.
    bool isComplete() const { return m_loadedOnce && m_cursor.isEmpty(); }
    // Devices matching the query on the server; nullopt before the first page, or "more than 10,000"
    // (proto::DevicePage::kMaxExactTotal) for a search or filter.
    std::optional<qint64> total() const { return m_total; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The server sort behind a column, or nullopt for columns the server cannot sort by.
    static std::optional<proto::DeviceSort> serverSortOf(int column);
    // "3fa9c2d1…41be": enough to tell devices apart in a list; the full hash is in DeviceHashRole.
    static QString shortHash(const QString& hex);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Columns the server cannot sort by are ignored (the view puts its indicator back).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void totalChanged();
    // A page arrived and its rows are in the model.
    void pageLoaded();
    void loadFailed(const lp::ApiError& error);

private:
    struct Row
    {
        std::array<char, 32> hash;
        qint64 firstRegistered;
        qint64 lastSeen;
        qint64 leaseExpires;
        qint64 releasedAt; // 0: not released
        quint32 nameOffset;
        quint32 platform;
        quint32 sdkVersion;
        quint16 nameSize;
        quint8 status;
    };

    void restart();
    void requestPage(int limit);
    void onPage(ApiJob* job, int generation);
    void append(const proto::DevicePage& page);
    quint32 intern(const QString& text);
    QString nameOf(const Row& row) const;
    QString leaseText(const Row& row) const;
    QString lastSeenText(const Row& row) const;
    static QString statusText(int status);
    void setJob(ApiJob* job);

    ApiClient* m_api;
    const Clock* m_clock;
    QString m_licenseId;
    QString m_search;
    std::optional<proto::DeviceStatus> m_status;
    int m_sortColumn = LastSeen;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;

    std::vector<Row> m_rows;
    QByteArray m_names;
    QStringList m_strings;
    QHash<QString, quint32> m_stringIds;
    QString m_cursor;
    std::optional<qint64> m_total;
    bool m_loadedOnce = false;
    QPointer<ApiJob> m_job;
    int m_generation = 0;
};

} // namespace lp
