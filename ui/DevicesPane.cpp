#include "DevicesPane.h"

#include "ApiError.h"
#include "Clock.h"
#include "DeviceCsvExport.h"
#include "DeviceListModel.h"
#include "DeviceOverview.h"
#include "DisplayDate.h"
#include "Icons.h"
#include "LicenseModel.h"
#include "PaneWidgets.h"
#include "StatusPillDelegate.h"

#include <DevicePage.h>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
// The list follows every keystroke (a page comes back in milliseconds, and answers to older keystrokes are
// dropped); the zero-delay timer only folds keystrokes that arrive together, as a paste or an input method
// sends them, into one request.
constexpr int kSearchDebounceMs = 0;

} // namespace

DevicesPane::DevicesPane(LicenseModel* licenses, DeviceListModel* devices, DeviceOverview* overview,
                         ApiClient* api, const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_licenses(licenses)
    , m_devices(devices)
    , m_overview(overview)
    , m_api(api)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("devicesPane"));

    m_licenseCombo
        = makeLicenseCombo(this, m_licenses, LicenseChoice::PerDevice, QStringLiteral("deviceLicenseCombo"));
    auto* licenseLabel = new QLabel(tr("&License:"), this);
    licenseLabel->setBuddy(m_licenseCombo);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("deviceSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search name, platform or device hash…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaxLength(proto::DeviceListQuery::kMaxSearchLength);
    m_searchEdit->addAction(portalIcon(QStringLiteral("search"), QStyle::SP_CustomBase),
                            QLineEdit::LeadingPosition);
    m_searchEdit->setAccessibleName(tr("Search devices"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_devices->setSearch(m_searchEdit->text()); });

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("deviceStatusCombo"));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->addItem(tr("All statuses"), -1);
    m_statusCombo->addItem(tr("Active"), int(proto::DeviceStatus::Active));
    m_statusCombo->addItem(tr("Offline within lease"), int(proto::DeviceStatus::Offline));
    m_statusCombo->addItem(tr("Lease expired"), int(proto::DeviceStatus::LeaseExpired));
    m_statusCombo->addItem(tr("Released"), int(proto::DeviceStatus::Released));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_statusCombo->currentData().toInt();
        m_devices->setStatusFilter(
            value < 0 ? std::nullopt : std::optional<proto::DeviceStatus>(proto::DeviceStatus(value)));
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("deviceCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_exportButton = new QPushButton(tr("E&xport CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("deviceExportButton"));
    m_exportButton->setToolTip(
        tr("Save the devices as listed (search, filter and sort applied) to a CSV file"));
    connect(m_exportButton, &QPushButton::clicked, this, &DevicesPane::chooseExportFile);

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(12, 10, 12, 8);
    toolbar->addWidget(licenseLabel);
    toolbar->addWidget(m_licenseCombo);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_searchEdit, 1);
    toolbar->addWidget(m_statusCombo);
    toolbar->addWidget(m_countLabel);
    toolbar->addWidget(m_exportButton);

    m_allowanceBar = new QProgressBar(this);
    m_allowanceBar->setObjectName(QStringLiteral("deviceAllowanceBar"));
    m_allowanceBar->setMinimumWidth(360);
    m_allowanceBar->setAccessibleName(tr("Device allowance in use"));
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("deviceRefreshLabel"));
    m_refreshLabel->setWordWrap(true);
    m_refreshLabel->setTextFormat(Qt::RichText);
    connect(m_refreshLabel, &QLabel::linkActivated, this, &DevicesPane::showPreviewDevices);
    m_thisComputerLabel = new QLabel(this);
    m_thisComputerLabel->setObjectName(QStringLiteral("thisComputerLabel"));
    m_thisComputerLabel->setWordWrap(true);
    m_thisComputerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Captions on the left, so the three facts read as a short form above the list.
    const auto caption = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        return label;
    };
    for (QLabel* label : {m_refreshLabel, m_thisComputerLabel}) {
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    }
    auto* summary = new QGridLayout;
    summary->setContentsMargins(12, 0, 12, 10);
    summary->setHorizontalSpacing(12);
    summary->setVerticalSpacing(6);
    summary->addWidget(caption(tr("Allowance")), 0, 0, Qt::AlignVCenter);
    summary->addWidget(m_allowanceBar, 0, 1, Qt::AlignLeft);
    summary->addWidget(caption(tr("Device refresh")), 1, 0);
    summary->addWidget(m_refreshLabel, 1, 1);
    summary->addWidget(caption(tr("This computer")), 2, 0);
    summary->addWidget(m_thisComputerLabel, 2, 1);
    summary->setColumnStretch(1, 1);

    m_busyBar = makeBusyBar(this, QStringLiteral("deviceBusyBar"), tr("Loading devices"));
    connect(m_devices, &DeviceListModel::loadingChanged, m_busyBar, &QWidget::setVisible);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_table->setModel(m_devices);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setAccessibleName(tr("Devices"));
    m_table->setItemDelegateForColumn(DeviceListModel::Status, StatusPillDelegate::forDevices(m_table));
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, which keeps a million of them cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DeviceListModel::Lease, QHeaderView::Stretch);
    header->resizeSection(DeviceListModel::Name,
                          fontMetrics().horizontalAdvance(QStringLiteral("Handheld-000000-0000")));
    header->resizeSection(DeviceListModel::Platform,
                          fontMetrics().horizontalAdvance(QStringLiteral("Windows 11 IoT")) + 16);
    header->resizeSection(DeviceListModel::LastSeen,
                          fontMetrics().horizontalAdvance(tr("59 minutes ago")) + 24);
    header->setMinimumSectionSize(60);
    header->resizeSection(DeviceListModel::DeviceHash,
                          fontMetrics().horizontalAdvance(QStringLiteral("0000000000000…")));
    // No header cut short, in any language: at least its text and the sort arrow.
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        const int needed
            = fontMetrics().horizontalAdvance(m_devices->headerData(column, Qt::Horizontal).toString()) + 32;
        if (column != DeviceListModel::Lease && header->sectionSize(column) < needed) {
            header->resizeSection(column, needed);
        }
    }

    header->setSortIndicator(m_devices->sortColumn(), m_devices->sortOrder());
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    connect(
        header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
            if (!DeviceListModel::serverSortOf(column)) {
                // The server sorts by name, first registration and last check-in only: say so, keep the
                // order.
                const QSignalBlocker blocker(header);
                header->setSortIndicator(m_devices->sortColumn(), m_devices->sortOrder());
                emit message(tr("Devices can be sorted by name, first registration, last seen or lease."));
                return;
            }
            m_devices->sort(column, order);
        });

    // The view would copy the text of the current cell (a shortened hash); copy full hashes instead.
    m_table->installEventFilter(this);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_table->indexAt(pos).isValid()) {
            return;
        }
        QMenu menu(this);
        QAction* copy = menu.addAction(tr("&Copy Device Hash"), this, &DevicesPane::copySelectedHashes);
        copy->setShortcut(QKeySequence::Copy);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    m_emptyLabel = makeEmptyStateLabel(this, QStringLiteral("deviceEmptyLabel"));
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_emptyLabel);

    m_exportRow = new QWidget(this);
    m_exportBar = new QProgressBar(m_exportRow);
    m_exportBar->setObjectName(QStringLiteral("deviceExportProgress"));
    m_exportBar->setAccessibleName(tr("Export progress"));
    m_exportLabel = new QLabel(m_exportRow);
    m_exportCancel = new QPushButton(tr("Cancel Export"), m_exportRow);
    m_exportCancel->setObjectName(QStringLiteral("deviceExportCancel"));
    auto* exportLayout = new QHBoxLayout(m_exportRow);
    exportLayout->setContentsMargins(12, 6, 12, 6);
    exportLayout->addWidget(m_exportLabel);
    exportLayout->addWidget(m_exportBar, 1);
    exportLayout->addWidget(m_exportCancel);
    m_exportRow->setVisible(false);
    connect(m_exportCancel, &QPushButton::clicked, this, [this] {
        if (m_export) {
            m_export->cancel();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addLayout(summary);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_tableStack, 1);
    layout->addWidget(m_exportRow);

    setTabOrder(m_licenseCombo, m_searchEdit);
    setTabOrder(m_searchEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_exportButton);
    setTabOrder(m_exportButton, m_table);

    connect(m_licenseCombo, &QComboBox::currentIndexChanged, this, &DevicesPane::onLicenseChosen);
    connect(m_licenseCombo->model(), &QAbstractItemModel::modelReset, this, &DevicesPane::onLicensesChanged);
    connect(m_licenseCombo->model(), &QAbstractItemModel::rowsInserted, this,
            &DevicesPane::onLicensesChanged);
    connect(m_licenseCombo->model(), &QAbstractItemModel::rowsRemoved, this, &DevicesPane::onLicensesChanged);
    connect(m_licenseCombo->model(), &QAbstractItemModel::dataChanged, this, &DevicesPane::updateAllowance);
    connect(m_devices, &DeviceListModel::totalChanged, this, &DevicesPane::updateCount);
    connect(m_devices, &DeviceListModel::modelReset, this, &DevicesPane::updateEmptyState);
    connect(m_devices, &DeviceListModel::pageLoaded, this, [this] {
        m_loadError.clear();
        updateCount();
        updateEmptyState();
        loadOverviewOnce();
    });
    connect(m_devices, &DeviceListModel::loadFailed, this, &DevicesPane::onLoadFailed);
    connect(m_devices, &DeviceListModel::loadFailed, this, &DevicesPane::loadOverviewOnce);
    connect(m_overview, &DeviceOverview::previewLoaded, this, &DevicesPane::showPreview);
    connect(m_overview, &DeviceOverview::previewFailed, this, [this](const ApiError& error) {
        m_refreshLabel->setText(
            tr("The next device refresh could not be loaded: %1").arg(error.userMessage().toHtmlEscaped()));
    });
    connect(m_overview, &DeviceOverview::thisComputerChecked, this, &DevicesPane::showThisComputer);
    connect(m_overview, &DeviceOverview::thisComputerFailed, this, [this](const ApiError& error) {
        m_thisComputerLabel->setText(
            tr("Whether this computer is registered could not be checked: %1").arg(error.userMessage()));
    });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, &DevicesPane::focusSearch);
    onLicensesChanged();
}

bool DevicesPane::selectLicense(const QString& licenseId)
{
    return selectLicenseIn(m_licenseCombo, licenseId);
}

QString DevicesPane::selectedLicenseId() const
{
    return licenseIdIn(m_licenseCombo);
}

void DevicesPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool DevicesPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copySelectedHashes();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DevicesPane::reload()
{
    if (m_chosenId.isEmpty()) {
        return;
    }
    m_loadError.clear();
    m_devices->reload();
    m_overviewPending = true;
}

void DevicesPane::loadOverviewOnce()
{
    // After the list's first page: the server answers in order, and the list is what the user waits for.
    if (m_overviewPending && !m_chosenId.isEmpty()) {
        m_overviewPending = false;
        m_overview->load(m_chosenId);
    }
}

void DevicesPane::onLicensesChanged()
{
    // Keep the chosen license across refreshes of the license list; else the first one.
    if (m_chosenId.isEmpty() || !selectLicense(m_chosenId)) {
        m_licenseCombo->setCurrentIndex(m_licenseCombo->count() > 0 ? 0 : -1);
    }
    onLicenseChosen();
}

void DevicesPane::onLicenseChosen()
{
    const QString id = selectedLicenseId();
    updateAllowance();
    if (id == m_chosenId && id == m_devices->licenseId()) {
        return;
    }
    m_chosenId = id;
    m_loadError.clear();
    m_refreshLabel->clear();
    if (m_overview->thisDeviceHash().isEmpty()) {
        m_thisComputerLabel->setText(
            tr("This system gives no stable hardware ID, so whether this computer is "
               "registered cannot be told."));
    } else {
        m_thisComputerLabel->clear();
    }
    if (id.isEmpty()) {
        m_devices->clear();
        m_overview->clear();
        m_overviewPending = false;
    } else {
        m_devices->setLicense(id);
        m_overviewPending = true;
    }
    updateCount();
    updateEmptyState();
}

void DevicesPane::updateAllowance()
{
    const QModelIndex index
        = m_licenseCombo->model()->index(m_licenseCombo->currentIndex(), LicenseModel::Product);
    const auto license = index.data(LicenseModel::LicenseRole).value<proto::License>();
    m_allowanceBar->setVisible(index.isValid());
    m_exportButton->setEnabled(index.isValid() && !m_export);
    if (!index.isValid()) {
        return;
    }
    const qint64 allowance = license.deviceAllowance.value_or(0);
    const qint64 inUse = license.devicesInUse.value_or(0);
    // QProgressBar counts in int; a license of more than 2^31 devices is not a concern, but clamp anyway.
    m_allowanceBar->setRange(0, static_cast<int>(std::clamp<qint64>(allowance, 1, INT_MAX)));
    m_allowanceBar->setValue(static_cast<int>(std::clamp<qint64>(inUse, 0, INT_MAX)));
    m_allowanceBar->setFormat(
        tr("%1 of %2 devices in use").arg(QLocale().toString(inUse), QLocale().toString(allowance)));
    m_allowanceBar->setToolTip(tr("Handshake code %1").arg(license.handshakeCode));
}

void DevicesPane::updateCount()
{
    const auto total = m_devices->total();
    const bool filtered
        = !m_searchEdit->text().trimmed().isEmpty() || m_statusCombo->currentData().toInt() >= 0;
    if (!total) {
        m_countLabel->setText(
            m_devices->isLoading() || m_devices->licenseId().isEmpty()
                ? QString()
                : tr("More than %1 match").arg(QLocale().toString(proto::DevicePage::kMaxExactTotal)));
        return;
    }
    const int shown = static_cast<int>(std::min<qint64>(*total, INT_MAX));
    m_countLabel->setText(filtered ? tr("%Ln match(es)", nullptr, shown)
                                   : tr("%Ln device(s)", nullptr, shown));
}

void DevicesPane::updateEmptyState()
{
    QString text;
    if (m_licenseCombo->count() == 0) {
        text = tr("This account has no per-device licenses.");
    } else if (!m_loadError.isEmpty()) {
        text = m_loadError;
    } else if (m_devices->rowCount() == 0 && !m_devices->isLoading()) {
        const QString search = m_searchEdit->text().trimmed();
        text = search.isEmpty() && m_statusCombo->currentData().toInt() < 0
            ? tr("No device has registered under this license yet.")
            : tr("No device matches the search and filter.");
    }
    m_emptyLabel->setText(text);
    m_tableStack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget*>(m_table) : m_emptyLabel);
}

void DevicesPane::onLoadFailed(const ApiError& error)
{
    m_loadError = tr("The devices could not be loaded: %1").arg(error.userMessage());
    if (m_devices->rowCount() == 0) {
        updateEmptyState();
    } else {
        emit message(m_loadError);
    }
}

void DevicesPane::showPreview(const proto::DeviceRefreshPreview& preview)
{
    m_preview = preview;
    const QString next = displayDate(preview.nextRefreshAt);
    const QString since = displayDate(preview.inactiveSince);
    QString text = preview.nextRefreshAt <= m_clock->now()
        ? tr("The device refresh due on %1 runs within the hour.").arg(next)
        : tr("Next device refresh on %1 (every %n month(s)).", nullptr, preview.refreshMonths).arg(next);
    text = text.toHtmlEscaped() + QLatin1Char(' ');
    if (preview.releaseCount == 0) {
        text += tr("Every device has checked in since %1: it will release none.").arg(since).toHtmlEscaped();
    } else {
        text += tr("It will release %Ln device(s) not seen since %1, unless they check in before.", nullptr,
                   static_cast<int>(std::min<qint64>(preview.releaseCount, INT_MAX)))
                    .arg(since)
                    .toHtmlEscaped()
            + QStringLiteral(" <a href=\"#release\">%1</a>").arg(tr("Show them").toHtmlEscaped());
    }
    m_refreshLabel->setText(text);
}

void DevicesPane::showThisComputer(const proto::Device* device)
{
    const QString hash = m_overview->thisDeviceHash();
    const QString privacy
        = tr("Only the SHA-256 hash of this computer's hardware ID (%1) is compared; the ID itself "
             "never leaves this computer.")
              .arg(DeviceListModel::shortHash(hash));
    if (!device) {
        m_thisComputerLabel->setText(tr("This computer is not registered under this license.")
                                     + QLatin1Char(' ') + privacy);
        return;
    }
    QString state;
    switch (device->status) {
    case proto::DeviceStatus::Active:
    case proto::DeviceStatus::Offline:
        state = tr("This computer is registered under this license as “%1”, last seen %2.")
                    .arg(device->name, displayDate(device->lastSeenAt));
        break;
    case proto::DeviceStatus::LeaseExpired:
        state = tr("This computer is registered under this license as “%1”, but its lease expired on %2.")
                    .arg(device->name, displayDate(device->leaseExpiresAt));
        break;
    case proto::DeviceStatus::Released:
        state = tr("This computer was registered under this license as “%1”; the device refresh released it.")
                    .arg(device->name);
        break;
    }
    m_thisComputerLabel->setText(state + QLatin1Char(' ') + privacy);
}

void DevicesPane::showPreviewDevices()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("refreshPreviewDialog"));
    dialog.setWindowTitle(tr("Devices the next refresh will release"));
    auto* list = new QTreeWidget(&dialog);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Name"), tr("Device hash"), tr("Platform"), tr("Last seen")});
    for (const proto::Device& device : m_preview.items) {
        auto* item = new QTreeWidgetItem(list,
                                         {device.name, DeviceListModel::shortHash(device.deviceHash),
                                          device.platform, displayDate(device.lastSeenAt)});
        item->setToolTip(1, device.deviceHash);
    }
    list->resizeColumnToContents(0);
    auto* note = new QLabel(&dialog);
    note->setWordWrap(true);
    note->setText(
        m_preview.releaseCount > m_preview.items.size()
            ? tr("The %1 least recently seen of %2 devices. Devices that check in before %3 keep their seat.")
                  .arg(m_preview.items.size())
                  .arg(QLocale().toString(m_preview.releaseCount), displayDate(m_preview.nextRefreshAt))
            : tr("Devices that check in before %1 keep their seat.")
                  .arg(displayDate(m_preview.nextRefreshAt)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    dialog.exec();
}

void DevicesPane::copySelectedHashes()
{
    QStringList hashes;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        hashes.append(index.data(DeviceListModel::DeviceHashRole).toString());
    }
    if (hashes.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(hashes.join(QLatin1Char('\n')));
    emit message(tr("Copied %n device hash(es).", nullptr, static_cast<int>(hashes.size())));
}

void DevicesPane::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/') + tr("devices") + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate)
        + QStringLiteral(".csv");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Devices"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void DevicesPane::exportTo(const QString& path)
{
    if (m_export || m_devices->licenseId().isEmpty()) {
        return;
    }
    m_export = new DeviceCsvExport(m_api, m_devices->licenseId(), m_devices->query(), path, this);
    m_exportRow->setVisible(true);
    m_exportButton->setEnabled(false);
    m_exportBar->setRange(0, 0);
    m_exportLabel->setText(tr("Exporting devices…"));
    connect(m_export, &DeviceCsvExport::progress, this, [this](qint64 written, qint64 total) {
        if (total > 0) {
            m_exportBar->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
            m_exportBar->setValue(static_cast<int>(std::min(written, total)));
            m_exportLabel->setText(tr("Exporting devices: %1 of %2")
                                       .arg(QLocale().toString(written), QLocale().toString(total)));
        } else {
            m_exportLabel->setText(tr("Exporting devices: %1").arg(QLocale().toString(written)));
        }
    });
    connect(m_export, &DeviceCsvExport::finished, this, [this](bool, const QString& text) {
        m_exportRow->setVisible(false);
        m_export->deleteLater();
        m_export = nullptr;
        updateAllowance();
        emit message(text);
    });
    m_export->start();
}

} // namespace lp::ui
