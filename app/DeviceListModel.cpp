#include "DeviceListModel.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Clock.h"
#include "DisplayDate.h"

#include <DevicePage.h>

namespace lp {

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

QDateTime fromSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}
} // namespace

QString DeviceListModel::shortHash(const QString& hex)
{
    return hex.left(8) + QChar(0x2026) + hex.right(4);
}

DeviceListModel::DeviceListModel(ApiClient* api, const Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_clock(clock)
{ }

void DeviceListModel::setLicense(const QString& licenseId)
{
    m_licenseId = licenseId;
    restart();
}

void DeviceListModel::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search) {
        return;
    }
    m_search = trimmed;
    restart();
}

void DeviceListModel::setStatusFilter(std::optional<proto::DeviceStatus> status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    restart();
}

void DeviceListModel::reload()
{
    restart();
}

void DeviceListModel::clear()
{
    m_licenseId.clear();
    restart();
}

proto::DeviceListQuery DeviceListModel::query() const
{
    proto::DeviceListQuery query;
    query.search = m_search.left(proto::DeviceListQuery::kMaxSearchLength);
    query.status = m_status;
    query.sort = serverSortOf(m_sortColumn).value_or(proto::DeviceSort::LastSeen);
    query.order
        = m_sortOrder == Qt::AscendingOrder ? proto::SortOrder::Ascending : proto::SortOrder::Descending;
    return query;
}

std::optional<proto::DeviceSort> DeviceListModel::serverSortOf(int column)
{
    switch (column) {
    case Name:
        return proto::DeviceSort::Name;
    case FirstRegistered:
        return proto::DeviceSort::FirstRegistered;
    case LastSeen:
    case Lease: // the lease ends a fixed time after the last check-in
        return proto::DeviceSort::LastSeen;
    default:
        return std::nullopt;
    }
}

void DeviceListModel::restart()
{
    // An answer still under way is not cancelled, only ignored when it comes: cancelling would close its
    // HTTP connection, and typing a search would then reconnect (TLS included) at every keystroke.
    ++m_generation;
    setJob(nullptr);
    beginResetModel();
    // Swapping with empty containers gives the memory back; clear() would keep the capacity.
    std::vector<Row>().swap(m_rows);
    m_names = QByteArray();
    m_strings.clear();
    m_stringIds.clear();
    m_cursor.clear();
    m_loadedOnce = false;
    endResetModel();
    if (m_total) {
        m_total.reset();
        emit totalChanged();
    }
    if (!m_licenseId.isEmpty()) {
        requestPage(kFirstPageSize);
    }
}

void DeviceListModel::requestPage(int limit)
{
    proto::DeviceListQuery page = query();
    page.limit = limit;
    page.cursor = m_cursor;
    ApiJob* job = m_api->fetchDevices(m_licenseId, page);
    const int generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, generation](ApiJob* done) { onPage(done, generation); });
    setJob(job);
}

void DeviceListModel::setJob(ApiJob* job)
{
    const bool wasLoading = isLoading();
    m_job = job;
    if (wasLoading != isLoading()) {
        emit loadingChanged(isLoading());
    }
}

void DeviceListModel::onPage(ApiJob* job, int generation)
{
    if (generation != m_generation) {
        return; // an answer for a query the user has moved on from
    }
    setJob(nullptr);
    if (!job->succeeded()) {
        emit loadFailed(job->error());
        return;
    }
    append(*job->value<proto::DevicePage>());
    emit pageLoaded();
}

void DeviceListModel::append(const proto::DevicePage& page)
{
    if (!m_loadedOnce && page.total) {
        // Reserving the exact size avoids the doubling growth, which would briefly need twice the memory.
        m_rows.reserve(static_cast<std::size_t>(*page.total));
    }
    m_loadedOnce = true;
    m_cursor = page.nextCursor;
    if (page.total != m_total) {
        m_total = page.total;
        emit totalChanged();
    }
    if (page.items.isEmpty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page.items.size()) - 1);
    for (const proto::Device& device : page.items) {
        Row row {};
        const QByteArray raw = QByteArray::fromHex(device.deviceHash.toLatin1());
        std::copy_n(raw.constBegin(), std::min<qsizetype>(raw.size(), 32), row.hash.begin());
        row.firstRegistered = device.firstRegisteredAt.toSecsSinceEpoch();
        row.lastSeen = device.lastSeenAt.toSecsSinceEpoch();
        row.leaseExpires = device.leaseExpiresAt.toSecsSinceEpoch();
        row.releasedAt = device.releasedAt ? device.releasedAt->toSecsSinceEpoch() : 0;
        const QByteArray name = device.name.toUtf8();
        row.nameOffset = static_cast<quint32>(m_names.size());
        row.nameSize = static_cast<quint16>(name.size()); // names are at most 100 characters
        m_names.append(name);
        row.platform = intern(device.platform);
        row.sdkVersion = intern(device.sdkVersion);
        row.status = static_cast<quint8>(device.status);
        m_rows.push_back(row);
    }
    endInsertRows();
}

quint32 DeviceListModel::intern(const QString& text)
{
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.constEnd()) {
        return it.value();
    }
    const auto id = static_cast<quint32>(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

QString DeviceListModel::nameOf(const Row& row) const
{
    return QString::fromUtf8(m_names.constData() + row.nameOffset, row.nameSize);
}

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeviceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DeviceListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !isLoading() && !m_cursor.isEmpty();
}

void DeviceListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        requestPage(kPageSize);
    }
}

void DeviceListModel::sort(int column, Qt::SortOrder order)
{
    if (!serverSortOf(column) || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    restart();
}

QString DeviceListModel::statusText(int status)
{
    switch (static_cast<proto::DeviceStatus>(status)) {
    case proto::DeviceStatus::Active:
        return tr("Active");
    case proto::DeviceStatus::Offline:
        return tr("Offline");
    case proto::DeviceStatus::LeaseExpired:
        return tr("Lease expired");
    case proto::DeviceStatus::Released:
        return tr("Released");
    }
    return {};
}

QString DeviceListModel::leaseText(const Row& row) const
{
    if (row.releasedAt != 0) {
        return tr("Released on %1").arg(displayDate(fromSeconds(row.releasedAt)));
    }
    const qint64 left = row.leaseExpires - m_clock->now().toSecsSinceEpoch();
    if (left <= 0) {
        const int days = static_cast<int>(-left / kDay);
        return days == 0 ? tr("Lease expired today") : tr("Lease expired %n day(s) ago", nullptr, days);
    }
    if (left < kDay) {
        return tr("May stay offline %n more hour(s)", nullptr,
                  static_cast<int>(std::max<qint64>(1, left / kHour)));
    }
    return tr("May stay offline %n more day(s)", nullptr, static_cast<int>(left / kDay));
}

QString DeviceListModel::lastSeenText(const Row& row) const
{
    const qint64 ago = m_clock->now().toSecsSinceEpoch() - row.lastSeen;
    if (ago < 60) {
        return tr("Just now");
    }
    if (ago < kHour) {
        return tr("%n minute(s) ago", nullptr, static_cast<int>(ago / 60));
    }
    if (ago < kDay) {
        return tr("%n hour(s) ago", nullptr, static_cast<int>(ago / kHour));
    }
    return displayDate(fromSeconds(row.lastSeen));
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto hex = [&row] { return QString::fromLatin1(QByteArray(row.hash.data(), 32).toHex()); };
    switch (role) {
    case DeviceHashRole:
        return hex();
    case StatusRole:
        return int(row.status);
    case LastSeenRole:
        return fromSeconds(row.lastSeen);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return nameOf(row);
        case DeviceHash:
            return shortHash(hex());
        case Platform:
            return m_strings.value(static_cast<qsizetype>(row.platform));
        case SdkVersion:
            return m_strings.value(static_cast<qsizetype>(row.sdkVersion));
        case FirstRegistered:
            return displayDate(fromSeconds(row.firstRegistered));
        case LastSeen:
            return lastSeenText(row);
        case Lease:
            return leaseText(row);
        case Status:
            return statusText(row.status);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DeviceHash:
            return tr("%1\nThe SHA-256 hash of the device's hardware ID; the ID itself never leaves the "
                      "device.")
                .arg(hex());
        case FirstRegistered:
            return QLocale().toString(fromSeconds(row.firstRegistered).toLocalTime(), QLocale::LongFormat);
        case LastSeen:
            return QLocale().toString(fromSeconds(row.lastSeen).toLocalTime(), QLocale::LongFormat);
        case Lease:
            return row.releasedAt != 0
                ? tr("The device refresh released this device's seat. It takes a seat again when it "
                     "registers.")
                : tr("Lease ends %1")
                      .arg(QLocale().toString(fromSeconds(row.leaseExpires).toLocalTime(),
                                              QLocale::LongFormat));
        default:
            break;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == DeviceHash) {
            return hex();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case DeviceHash:
        return tr("Device hash");
    case Platform:
        return tr("Platform");
    case SdkVersion:
        return tr("SDK version");
    case FirstRegistered:
        return tr("First registered");
    case LastSeen:
        return tr("Last seen");
    case Lease:
        return tr("Lease");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace lp
