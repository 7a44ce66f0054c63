#include "LicenseKeysPane.h"

#include "AlertBadgeProxy.h"
#include "Clock.h"
#include "Icons.h"
#include "LicenseDetailsPanel.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "PaneWidgets.h"
#include "StatusPillDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
const QString kSettingsGroup = QStringLiteral("LicenseKeysPane");
}

LicenseKeysPane::LicenseKeysPane(LicenseModel* model, LicenseService* service, const Clock* clock,
                                 QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_service(service)
{
    setObjectName(QStringLiteral("licenseKeysPane"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("licenseProxyModel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(LicenseModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(LicenseModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(LicenseModel::Product);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("licenseSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search product, handshake code…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(portalIcon(QStringLiteral("search"), QStyle::SP_CustomBase),
                            QLineEdit::LeadingPosition);
    m_searchEdit->setAccessibleName(tr("Search license keys"));
    m_searchEdit->setMaximumWidth(420);
    m_searchEdit->installEventFilter(this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("licenseCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(12, 10, 12, 8);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addStretch(0);
    searchRow->addWidget(m_countLabel);

    // Thin and indeterminate: a refresh gives no progress, and must not push the table around.
    m_busyBar = makeBusyBar(this, QStringLiteral("licenseBusyBar"), tr("Refreshing license keys"));
    m_busyBar->setVisible(m_service->isBusy());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("licenseTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setItemDelegateForColumn(LicenseModel::Status, StatusPillDelegate::forLicenses(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 16);
    m_table->setAccessibleName(tr("License keys"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LicenseModel::Product, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_table->sortByColumn(LicenseModel::Product, Qt::AscendingOrder);
    // Type and next refresh are in the details panel; the table stays readable next to it. The header's
    // context menu brings them back.
    m_table->setColumnHidden(LicenseModel::Type, true);
    m_table->setColumnHidden(LicenseModel::NextRefresh, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        QMenu menu(this);
        for (int column = 0; column < m_proxy->columnCount(); ++column) {
            if (column == LicenseModel::Product) {
                continue;
            }
            QAction* action = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_table->isColumnHidden(column));
            connect(action, &QAction::toggled, m_table,
                    [this, column](bool on) { m_table->setColumnHidden(column, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });

    m_emptyLabel = makeEmptyStateLabel(this, QStringLiteral("licenseEmptyLabel"));

    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_emptyLabel);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_busyBar);
    listLayout->addWidget(m_tableStack, 1);

    m_details = new LicenseDetailsPanel(m_service, clock, this);
    m_details->setMinimumHeight(200);
    connect(m_details, &LicenseDetailsPanel::message, this, &LicenseKeysPane::message);
    connect(m_details, &LicenseDetailsPanel::checkoutRequested, this, &LicenseKeysPane::checkoutRequested);

    // Details below the table: at the usual window widths the table needs every column it has.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("licenseSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({440, 260});
    {
        QSettings settings;
        splitter->restoreState(settings.value(kSettingsGroup + QStringLiteral("/splitter")).toByteArray());
    }
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
        QSettings().setValue(kSettingsGroup + QStringLiteral("/splitter"), splitter->saveState());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_searchEdit, m_table);
    setTabOrder(m_table, m_details);

    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, &LicenseKeysPane::focusSearch);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &LicenseKeysPane::applyFilter);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->selectionModel()->hasSelection()) {
                m_table->selectRow(0);
            }
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LicenseKeysPane::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_restoring = true; });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LicenseKeysPane::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LicenseKeysPane::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LicenseKeysPane::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LicenseKeysPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const QModelIndex current = m_table->selectionModel()->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row()
                    && current.row() <= bottomRight.row()) {
                    updateDetails();
                }
            });
    connect(m_service, &LicenseService::busyChanged, this, [this](bool busy) {
        m_busyBar->setVisible(busy);
        updateEmptyState();
    });

    restoreSelection();
}

void LicenseKeysPane::setOffline(bool offline)
{
    m_details->setOffline(offline);
}

void LicenseKeysPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void LicenseKeysPane::setAlertMonitor(const AlertMonitor* monitor)
{
    auto* badges = new AlertBadgeProxy(monitor, m_table, this);
    badges->setObjectName(QStringLiteral("alertBadgeProxy"));
    badges->setSourceModel(m_model);
    m_proxy->setSourceModel(badges);
}

bool LicenseKeysPane::selectLicense(const QString& id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        return false;
    }
    // The proxy's source is the model itself or the identity badge proxy over it: rows are the same.
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid()) {
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

bool LicenseKeysPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            m_searchEdit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LicenseKeysPane::applyFilter(const QString& text)
{
    // Literal text: customers paste handshake codes, which must not be read as patterns.
    m_proxy->setFilterFixedString(text.trimmed());
    restoreSelection();
}

void LicenseKeysPane::onSelectionChanged()
{
    if (!m_restoring) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            m_selectedId = rows.first().data(LicenseModel::IdRole).toString();
        }
    }
    updateDetails();
}

void LicenseKeysPane::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    const QModelIndex row = rows.first();
    const auto license = row.data(LicenseModel::LicenseRole).value<proto::License>();
    const QModelIndex status = row.siblingAtColumn(LicenseModel::Status);
    m_details->setLicense(
        license, status.data(Qt::DisplayRole).toString(),
        static_cast<LicenseModel::StatusKind>(status.data(LicenseModel::StatusKindRole).toInt()));
}

void LicenseKeysPane::restoreSelection()
{
    m_restoring = true;
    if (!m_selectedId.isEmpty() && m_model->rowOf(m_selectedId) < 0) {
        m_selectedId.clear(); // gone, or another account signed in: start over as on a first load
    }
    bool selected = !m_selectedId.isEmpty() && selectLicense(m_selectedId);
    if (!selected && m_selectedId.isEmpty() && m_proxy->rowCount() > 0) {
        // First load: show the details of something rather than an empty panel.
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selected = true;
        m_selectedId = m_proxy->index(0, 0).data(LicenseModel::IdRole).toString();
    }
    m_restoring = false;
    if (!selected) {
        m_table->selectionModel()->clearSelection();
    }
    updateDetails();
    updateEmptyState();
    resizeColumnsOnce();
}

void LicenseKeysPane::resizeColumnsOnce()
{
    // Once, when the first keys arrive: later refreshes must not make the columns jump.
    if (m_columnsSized || m_model->rowCount() == 0) {
        return;
    }
    m_columnsSized = true;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (column != LicenseModel::Product) {
            m_table->resizeColumnToContents(column);
            m_table->setColumnWidth(column, m_table->columnWidth(column) + 12);
        }
    }
}

void LicenseKeysPane::updateEmptyState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString filter = m_searchEdit->text().trimmed();
    if (shown > 0) {
        m_tableStack->setCurrentWidget(m_table);
    } else {
        if (total > 0) {
            m_emptyLabel->setText(tr("No license keys match “%1”.").arg(filter));
        } else if (m_service->isBusy()) {
            m_emptyLabel->setText(tr("Loading license keys…"));
        } else {
            m_emptyLabel->setText(tr("This account has no license keys yet."));
        }
        m_tableStack->setCurrentWidget(m_emptyLabel);
    }
    if (filter.isEmpty() || total == 0) {
        m_countLabel->setText(tr("%n key(s)", nullptr, total));
    } else {
        m_countLabel->setText(tr("%1 of %n key(s)", nullptr, total).arg(shown));
    }
}

} // namespace lp::ui
