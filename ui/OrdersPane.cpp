#include "OrdersPane.h"

#include "ApiError.h"
#include "CheckoutText.h"
#include "Clock.h"
#include "DisplayDate.h"
#include "Icons.h"
#include "LicenseModel.h"
#include "OrderDocument.h"
#include "OrderListModel.h"
#include "OrderPdf.h"
#include "PaneWidgets.h"
#include "PortalPalette.h"
#include "RenewalsModel.h"
#include "StatusPillDelegate.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
// Up to this many renewal rows show at once; more scroll.
constexpr int kVisibleRenewals = 4;

QColor orderStatusColor(proto::OrderStatus status, const QPalette& palette)
{
    switch (status) {
    case proto::OrderStatus::AwaitingPayment:
        return statusColor(LicenseModel::StatusKind::Expiring, palette);
    case proto::OrderStatus::Paid:
    case proto::OrderStatus::Fulfilled:
        return statusColor(LicenseModel::StatusKind::Active, palette);
    case proto::OrderStatus::Declined:
        return statusColor(LicenseModel::StatusKind::Expired, palette);
    case proto::OrderStatus::Cancelled:
    case proto::OrderStatus::Expired:
        break;
    }
    return statusColor(LicenseModel::StatusKind::Suspended, palette);
}

// Server strings go into these as plain text: a product named "<b>…" reads as typed.
QLabel* valueLabel(QWidget* parent, const QString& objectName, bool mono = false)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (mono) {
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    return label;
}

QLabel* heading(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

OrdersPane::OrdersPane(LicenseModel* licenses, RenewalsModel* renewals, OrderListModel* orders,
                       const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_licenses(licenses)
    , m_renewals(renewals)
    , m_orders(orders)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("ordersPane"));

    // Upcoming renewals.
    auto* renewalsHeading = heading(this, tr("Upcoming renewals"), QStringLiteral("renewalsHeading"));
    auto* renewalsHint = new QLabel(
        tr("Keys whose term ends within the next 90 days or ended in the last 90 days. A renewal "
           "keeps the handshake code, so devices need no change."),
        this);
    renewalsHint->setWordWrap(true);
    renewalsHint->setForegroundRole(QPalette::PlaceholderText);
    m_renewalsBox = new QWidget;
    m_renewalsBox->setObjectName(QStringLiteral("renewalsList"));
    m_renewalsGrid = new QGridLayout(m_renewalsBox);
    m_renewalsGrid->setContentsMargins(0, 0, 0, 0);
    m_renewalsGrid->setHorizontalSpacing(18);
    m_renewalsGrid->setVerticalSpacing(4);
    m_renewalsScroll = new QScrollArea(this);
    m_renewalsScroll->setObjectName(QStringLiteral("renewalsScroll"));
    m_renewalsScroll->setWidget(m_renewalsBox);
    m_renewalsScroll->setWidgetResizable(true);
    m_renewalsScroll->setFrameShape(QFrame::NoFrame);
    m_renewalsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_renewalsScroll->viewport()->setBackgroundRole(QPalette::Window);
    m_renewalsEmpty = new QLabel(tr("No key expires in the next 90 days."), this);
    m_renewalsEmpty->setObjectName(QStringLiteral("renewalsEmptyLabel"));
    m_renewalsEmpty->setForegroundRole(QPalette::PlaceholderText);

    auto* renewalsLayout = new QVBoxLayout;
    renewalsLayout->setContentsMargins(12, 10, 12, 10);
    renewalsLayout->setSpacing(6);
    renewalsLayout->addWidget(renewalsHeading);
    renewalsLayout->addWidget(renewalsHint);
    renewalsLayout->addSpacing(2);
    renewalsLayout->addWidget(m_renewalsScroll);
    renewalsLayout->addWidget(m_renewalsEmpty);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    // The orders.
    auto* ordersHeading = heading(this, tr("Orders"), QStringLiteral("ordersHeading"));
    m_refreshButton = new QPushButton(portalIcon(QStringLiteral("refresh"), QStyle::SP_BrowserReload),
                                      tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("ordersRefreshButton"));
    m_refreshButton->setToolTip(tr("Load the orders again"));
    connect(m_refreshButton, &QPushButton::clicked, this, &OrdersPane::reload);
    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(12, 10, 12, 8);
    toolbar->addWidget(ordersHeading);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refreshButton);

    m_busyBar = makeBusyBar(this, QStringLiteral("ordersBusyBar"), tr("Loading orders"));
    connect(m_orders, &OrderListModel::loadingChanged, m_busyBar, &QWidget::setVisible);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_orders);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setAccessibleName(tr("Orders"));
    m_table->setItemDelegateForColumn(
        OrderListModel::Status,
        new StatusPillDelegate(
            [](const QModelIndex& index, const QPalette& palette) {
                return orderStatusColor(
                    static_cast<proto::OrderStatus>(index.data(OrderListModel::StatusRole).toInt()), palette);
            },
            m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OrderListModel::What, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(OrderListModel::Date,
                          fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")) + 28);
    header->resizeSection(
        OrderListModel::Key,
        fontMetrics().horizontalAdvance(QStringLiteral("Document Normalizer SDK (100000-100000)")) + 16);
    header->resizeSection(OrderListModel::Total,
                          fontMetrics().horizontalAdvance(QStringLiteral("€00,000.00")) + 24);
    header->resizeSection(OrderListModel::Method, fontMetrics().horizontalAdvance(tr("Wire transfer")) + 24);
    header->resizeSection(
        OrderListModel::Status,
        fontMetrics().horizontalAdvance(CheckoutText::status(proto::OrderStatus::AwaitingPayment)) + 48);
    for (int column = 0; column < OrderListModel::ColumnCount; ++column) {
        const int needed
            = fontMetrics().horizontalAdvance(m_orders->headerData(column, Qt::Horizontal).toString()) + 32;
        if (column != OrderListModel::What && header->sectionSize(column) < needed) {
            header->resizeSection(column, needed);
        }
    }
    m_table->setSortingEnabled(true);
    header->setSortIndicator(m_orders->sortColumn(), m_orders->sortOrder());

    m_emptyLabel = makeEmptyStateLabel(this, QStringLiteral("ordersEmptyLabel"));
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_emptyLabel);

    // The details of the selected order.
    m_detailsPlaceholder = new QLabel(tr("Select an order to see its details."), this);
    m_detailsPlaceholder->setObjectName(QStringLiteral("orderDetailsPlaceholder"));
    m_detailsPlaceholder->setAlignment(Qt::AlignCenter);
    m_detailsPlaceholder->setWordWrap(true);
    m_detailsPlaceholder->setForegroundRole(QPalette::PlaceholderText);

    auto* page = new QWidget;
    m_titleLabel = valueLabel(page, QStringLiteral("orderTitleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_statusLabel = new QLabel(page);
    m_statusLabel->setObjectName(QStringLiteral("orderStatusLabel"));
    m_statusLabel->setTextFormat(Qt::RichText);

    m_dateLabel = valueLabel(page, QStringLiteral("orderDateLabel"));
    m_keyLabel = valueLabel(page, QStringLiteral("orderKeyLabel"));
    m_codeLabel = valueLabel(page, QStringLiteral("orderHandshakeCodeLabel"), true);
    m_codeLabel->setToolTip(tr("The key's public identity: an order never changes it."));
    m_methodLabel = valueLabel(page, QStringLiteral("orderMethodLabel"));
    m_linesLabel = new QLabel(page);
    m_linesLabel->setObjectName(QStringLiteral("orderLinesLabel"));
    m_linesLabel->setTextFormat(Qt::RichText);
    m_linesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failureLabel = valueLabel(page, QStringLiteral("orderFailureLabel"));
    m_failureLabel->setWordWrap(true);
    m_invoiceNumberLabel = valueLabel(page, QStringLiteral("orderInvoiceNumberLabel"));
    m_dueLabel = valueLabel(page, QStringLiteral("orderDueLabel"));
    m_payeeLabel = valueLabel(page, QStringLiteral("orderPayeeLabel"));
    m_bankLabel = valueLabel(page, QStringLiteral("orderBankLabel"));
    m_ibanLabel = valueLabel(page, QStringLiteral("orderIbanLabel"), true);
    m_bicLabel = valueLabel(page, QStringLiteral("orderBicLabel"), true);
    m_addressLabel = valueLabel(page, QStringLiteral("orderAddressLabel"));
    m_referenceLabel = valueLabel(page, QStringLiteral("orderReferenceLabel"), true);
    QFont referenceFont = m_referenceLabel->font();
    referenceFont.setBold(true);
    m_referenceLabel->setFont(referenceFont);
    m_referenceLabel->setFocusPolicy(Qt::StrongFocus);
    m_referenceLabel->setToolTip(
        tr("Quote this reference with the payment, so that it is matched to your order."));
    m_receiptNumberLabel = valueLabel(page, QStringLiteral("orderReceiptNumberLabel"));
    m_paidLabel = valueLabel(page, QStringLiteral("orderPaidLabel"));
    m_paidWithLabel = valueLabel(page, QStringLiteral("orderPaidWithLabel"));
    m_newTermLabel = valueLabel(page, QStringLiteral("orderNewTermLabel"));
    m_noteLabel = valueLabel(page, QStringLiteral("orderNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);

    // No wrapping label in a form: Qt 6.4's QFormLayout writes past its row data when it measures the
    // height for a width with hidden rows. What may run long (the failure, the note) sits outside.
    const auto newForm = [] {
        auto* form = new QFormLayout;
        form->setContentsMargins(0, 0, 0, 0);
        form->setHorizontalSpacing(14);
        form->setVerticalSpacing(6);
        form->setLabelAlignment(Qt::AlignLeft);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return form;
    };
    const auto caption = [page](const QString& text, const QString& objectName) {
        auto* label = new QLabel(text, page);
        label->setObjectName(objectName);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    // Three columns side by side, as in the keys pane: the panel sits below the table and has width to
    // spare, not height.
    m_form = newForm();
    m_form->addRow(caption(tr("Order"), QStringLiteral("orderFactsCaption")));
    m_form->addRow(tr("Ordered:"), m_dateLabel);
    m_form->addRow(tr("License key:"), m_keyLabel);
    m_form->addRow(tr("Handshake code:"), m_codeLabel);
    m_form->addRow(tr("Payment:"), m_methodLabel);
    m_form->addRow(tr("Term now ends:"), m_newTermLabel);
    auto* items = new QVBoxLayout;
    items->setSpacing(6);
    items->addWidget(caption(tr("Items"), QStringLiteral("orderItemsCaption")));
    items->addWidget(m_linesLabel);
    items->addStretch(1);
    m_documentForm = newForm();
    m_documentCaption = caption(QString(), QStringLiteral("orderDocumentCaption"));
    m_documentForm->addRow(m_documentCaption);
    m_documentForm->addRow(tr("Invoice:"), m_invoiceNumberLabel);
    m_documentForm->addRow(tr("Payment reference:"), m_referenceLabel);
    m_documentForm->addRow(tr("Pay by:"), m_dueLabel);
    m_documentForm->addRow(tr("Payee:"), m_payeeLabel);
    m_documentForm->addRow(tr("Bank:"), m_bankLabel);
    m_documentForm->addRow(tr("IBAN:"), m_ibanLabel);
    m_documentForm->addRow(tr("BIC:"), m_bicLabel);
    m_documentForm->addRow(tr("Mail the check to:"), m_addressLabel);
    m_documentForm->addRow(tr("Receipt:"), m_receiptNumberLabel);
    m_documentForm->addRow(tr("Paid on:"), m_paidLabel);
    m_documentForm->addRow(tr("Paid with:"), m_paidWithLabel);

    m_invoiceButton = new QPushButton(tr("Save &Invoice as PDF…"), page);
    m_invoiceButton->setObjectName(QStringLiteral("saveInvoiceButton"));
    m_invoiceButton->setToolTip(tr("Save the pro-forma invoice with the payment details as a PDF file"));
    m_receiptButton = new QPushButton(tr("Save Rece&ipt as PDF…"), page);
    m_receiptButton->setObjectName(QStringLiteral("saveReceiptButton"));
    m_receiptButton->setToolTip(tr("Save the receipt of this payment as a PDF file"));
    m_cancelButton = new QPushButton(tr("&Cancel Order…"), page);
    m_cancelButton->setObjectName(QStringLiteral("cancelOrderButton"));
    m_cancelButton->setToolTip(tr("Cancel this order; nothing has been paid for it yet"));
    connect(m_invoiceButton, &QPushButton::clicked, this, &OrdersPane::saveDocument);
    connect(m_receiptButton, &QPushButton::clicked, this, &OrdersPane::saveDocument);
    connect(m_cancelButton, &QPushButton::clicked, this, &OrdersPane::askToCancel);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(14);
    titleRow->addWidget(m_titleLabel, 1);
    titleRow->addWidget(m_invoiceButton);
    titleRow->addWidget(m_receiptButton);
    titleRow->addWidget(m_cancelButton);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(m_form, 4);
    columns->addLayout(items, 4);
    columns->addLayout(m_documentForm, 5);

    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(20, 12, 20, 12);
    pageLayout->setSpacing(2);
    pageLayout->addLayout(titleRow);
    pageLayout->addWidget(m_statusLabel);
    pageLayout->addWidget(m_failureLabel);
    pageLayout->addSpacing(10);
    pageLayout->addLayout(columns);
    pageLayout->addSpacing(10);
    pageLayout->addWidget(m_noteLabel);
    pageLayout->addStretch(1);

    auto* pageScroll = new QScrollArea(this);
    pageScroll->setWidget(page);
    pageScroll->setWidgetResizable(true);
    pageScroll->setFrameShape(QFrame::NoFrame);

    m_detailsStack = new QStackedWidget(this);
    m_detailsStack->setObjectName(QStringLiteral("orderDetails"));
    m_detailsStack->addWidget(m_detailsPlaceholder);
    m_detailsStack->addWidget(pageScroll);
    m_detailsStack->setMinimumHeight(250);

    m_detailsPage = page;
    m_splitter = new QSplitter(Qt::Vertical, this);
    auto* splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_detailsStack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(renewalsLayout);
    layout->addWidget(rule);
    layout->addLayout(toolbar);
    layout->addWidget(m_busyBar);
    layout->addWidget(splitter, 1);

    connect(m_renewals, &QAbstractItemModel::modelReset, this, &OrdersPane::rebuildRenewals);
    connect(m_renewals, &QAbstractItemModel::dataChanged, this, &OrdersPane::updateRenewals);
    connect(m_licenses, &QAbstractItemModel::modelReset, this, &OrdersPane::onLicensesReset);
    connect(m_orders, &OrderListModel::loaded, this, &OrdersPane::onLoaded);
    connect(m_orders, &OrderListModel::loadFailed, this, &OrdersPane::onLoadFailed);
    connect(m_orders, &OrderListModel::loadingChanged, this, &OrdersPane::updateEmptyState);
    connect(m_orders, &QAbstractItemModel::modelReset, this, &OrdersPane::updateEmptyState);
    connect(m_orders, &QAbstractItemModel::rowsInserted, this, &OrdersPane::updateEmptyState);
    connect(m_orders, &QAbstractItemModel::modelReset, this, &OrdersPane::onCurrentChanged);
    connect(m_orders, &QAbstractItemModel::dataChanged, this, &OrdersPane::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPane::onCurrentChanged);
    connect(m_orders, &OrderListModel::orderCancelled, this, [this](const proto::Order& order) {
        emit message(order.status == proto::OrderStatus::Cancelled
                         ? tr("The order was cancelled.")
                         : tr("The order could not be cancelled. Its status is now: %1.")
                               .arg(CheckoutText::status(order.status)));
        updateButtons();
    });
    connect(m_orders, &OrderListModel::cancelFailed, this, [this](const ApiError& error) {
        emit message(tr("The order could not be cancelled: %1").arg(error.userMessage()));
        updateButtons();
    });

    rebuildRenewals();
    updateEmptyState();
    onCurrentChanged();
}

void OrdersPane::reload()
{
    m_renewals->update();
    // Without keys there is no account (signed out) or nothing an order could be about.
    if (m_licenses->rowCount() == 0) {
        return;
    }
    m_orders->refresh();
}

void OrdersPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_splitterSized) {
        // The details as high as their tallest content (a wire-transfer invoice), the table the rest.
        m_splitterSized = true;
        const int total = m_splitter->height();
        const int details = std::min(m_detailsPage->sizeHint().height() + 4, total * 3 / 5);
        m_splitter->setSizes({total - details, details});
    }
    reload();
}

void OrdersPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateRenewals();
        onCurrentChanged();
    }
}

void OrdersPane::onLicensesReset()
{
    if (m_licenses->rowCount() == 0) {
        // Signed out: the orders of the account go with its keys.
        m_loadError.clear();
        m_orders->clear();
        updateEmptyState();
        return;
    }
    if (isVisible() && !m_orders->hasLoaded() && !m_orders->isLoading()) {
        m_orders->refresh();
    }
}

void OrdersPane::rebuildRenewals()
{
    qDeleteAll(m_renewalRowWidgets);
    m_renewalRowWidgets.clear();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const int rows = m_renewals->rowCount();
    for (int row = 0; row < rows; ++row) {
        auto* product = valueLabel(m_renewalsBox, QStringLiteral("renewalProductLabel"));
        QFont bold = product->font();
        bold.setBold(true);
        product->setFont(bold);
        auto* code = valueLabel(m_renewalsBox, QStringLiteral("renewalCodeLabel"));
        code->setFont(mono);
        code->setToolTip(tr("Handshake code: it stays the same after the renewal"));
        auto* expiry = valueLabel(m_renewalsBox, QStringLiteral("renewalExpiryLabel"));
        auto* renew = new QPushButton(tr("Renew for 1 Year…"), m_renewalsBox);
        renew->setObjectName(QStringLiteral("renewButton"));
        renew->setToolTip(tr("Open the checkout with a one-year renewal of this key"));
        connect(renew, &QPushButton::clicked, this,
                [this, renew] { emit renewRequested(renew->property("licenseId").toString()); });

        m_renewalsGrid->addWidget(product, row, 0);
        m_renewalsGrid->addWidget(code, row, 1);
        m_renewalsGrid->addWidget(expiry, row, 2);
        m_renewalsGrid->addWidget(renew, row, 3);
        m_renewalRowWidgets << product << code << expiry << renew;
    }
    m_renewalsGrid->setColumnStretch(0, 0);
    m_renewalsGrid->setColumnStretch(4, 1);
    updateRenewals();
    // As high as its rows, up to kVisibleRenewals and half of the next one, which tells that there are more.
    const int rowHeight = m_renewalRowWidgets.isEmpty() ? 0 : m_renewalRowWidgets.last()->sizeHint().height();
    const int shown = std::min(rows, kVisibleRenewals);
    m_renewalsScroll->setFixedHeight(shown * rowHeight
                                     + std::max(0, shown - 1) * m_renewalsGrid->verticalSpacing()
                                     + (rows > kVisibleRenewals ? rowHeight / 2 : 0));
    m_renewalsScroll->setVisible(rows > 0);
    m_renewalsEmpty->setVisible(rows == 0);
}

void OrdersPane::updateRenewals()
{
    // Values change in place (a reload, the clock): the rows stay, and so do focus and hover.
    const int rows = m_renewals->rowCount();
    if (m_renewalRowWidgets.size() != rows * 4) {
        rebuildRenewals();
        return;
    }
    for (int row = 0; row < rows; ++row) {
        auto* product = static_cast<QLabel*>(m_renewalRowWidgets.at(row * 4));
        auto* code = static_cast<QLabel*>(m_renewalRowWidgets.at(row * 4 + 1));
        auto* expiry = static_cast<QLabel*>(m_renewalRowWidgets.at(row * 4 + 2));
        auto* renew = static_cast<QPushButton*>(m_renewalRowWidgets.at(row * 4 + 3));
        const QModelIndex index = m_renewals->index(row, 0);
        const int days = index.data(RenewalsModel::DaysRole).toInt();
        const bool expired = index.data(RenewalsModel::ExpiredRole).toBool();
        product->setText(m_renewals->index(row, RenewalsModel::Product).data().toString());
        code->setText(m_renewals->index(row, RenewalsModel::HandshakeCode).data().toString());
        expiry->setText(m_renewals->index(row, RenewalsModel::Expiry).data().toString());
        expiry->setToolTip(m_renewals->index(row, RenewalsModel::Expiry).data(Qt::ToolTipRole).toString());
        QPalette expiryPalette = palette();
        if (expired || days <= 30) {
            expiryPalette.setColor(
                QPalette::WindowText,
                statusColor(expired ? LicenseModel::StatusKind::Expired : LicenseModel::StatusKind::Expiring,
                            expiryPalette));
        }
        expiry->setPalette(expiryPalette);
        renew->setProperty("licenseId", index.data(RenewalsModel::IdRole));
        //: Screen readers: the renew button of one key
        renew->setAccessibleName(tr("Renew %1 for 1 year").arg(product->text()));
    }
}

void OrdersPane::onLoaded()
{
    m_loadError.clear();
    updateEmptyState();
    // The newest order is shown at once, so the pane never opens on an empty details area.
    if (!m_table->selectionModel()->currentIndex().isValid() && m_orders->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

void OrdersPane::onLoadFailed(const ApiError& error)
{
    m_loadError = tr("The orders could not be loaded: %1").arg(error.userMessage());
    if (m_orders->rowCount() == 0) {
        updateEmptyState();
    } else {
        emit message(m_loadError);
    }
}

void OrdersPane::updateEmptyState()
{
    QString text;
    if (m_orders->rowCount() == 0) {
        if (!m_loadError.isEmpty()) {
            text = m_loadError;
        } else if (m_orders->isLoading() || !m_orders->hasLoaded()) {
            text = tr("Loading orders…");
        } else {
            text = tr("No orders yet. Renewals and upgrades you order appear here.");
        }
    }
    m_emptyLabel->setText(text);
    m_tableStack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget*>(m_table) : m_emptyLabel);
}

bool OrdersPane::selectOrder(const QString& orderId)
{
    const int row = m_orders->rowOf(orderId);
    if (row < 0) {
        return false;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_orders->index(row, 0));
    return true;
}

std::optional<proto::Order> OrdersPane::currentOrder() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    return m_orders->orderAt(current.row());
}

void OrdersPane::onCurrentChanged()
{
    const std::optional<proto::Order> order = currentOrder();
    if (!order) {
        m_shownId.clear();
        m_detailsStack->setCurrentWidget(m_detailsPlaceholder);
    } else {
        showDetails(*order);
        m_detailsStack->setCurrentIndex(1);
    }
    updateButtons();
}

void OrdersPane::showDetails(const proto::Order& order)
{
    m_shownId = order.id;
    const QLocale locale;
    m_titleLabel->setText(OrderListModel::itemsText(order));
    const QColor color = orderStatusColor(order.status, palette());
    m_statusLabel->setText(QStringLiteral("<span style=\"color:%1\">&#x25cf;</span>&nbsp;%2")
                               .arg(color.name(), CheckoutText::status(order.status).toHtmlEscaped()));
    m_statusLabel->setAccessibleName(CheckoutText::status(order.status));
    m_dateLabel->setText(displayDate(order.createdAt));
    m_dateLabel->setToolTip(locale.toString(order.createdAt.toLocalTime(), QLocale::LongFormat));
    m_keyLabel->setText(order.product);
    m_codeLabel->setText(order.handshakeCode);
    m_methodLabel->setText(CheckoutText::method(order.paymentMethod));

    // The lines with their amounts, and the total: rich text, so every server string is escaped.
    const auto period = order.result ? order.result->quotaPeriod : std::nullopt;
    QString lines = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const proto::QuoteLine& line : order.items) {
        QString note;
        if (line.coversFrom.isValid() && line.coversUntil.isValid()) {
            //: The period an order line covers
            note = tr("%1 – %2").arg(displayDate(line.coversFrom), displayDate(line.coversUntil));
        }
        if (line.discount != 0) {
            //: An order line's multi-year discount
            const QString discount
                = tr("%1 discount").arg(CheckoutText::money(line.discount, order.currency));
            note = note.isEmpty() ? discount : note + QStringLiteral(", ") + discount;
        }
        lines
            += QStringLiteral("<tr><td>%1%2</td><td align=\"right\" style=\"padding-left:18px\">%3</td></tr>")
                   .arg(CheckoutText::item(line.item, period).toHtmlEscaped(),
                        note.isEmpty() ? QString()
                                       : QStringLiteral("<br><small>%1</small>").arg(note.toHtmlEscaped()),
                        CheckoutText::money(line.amount, order.currency).toHtmlEscaped());
    }
    lines += QStringLiteral(
                 "<tr><td style=\"padding-top:4px\"><b>%1</b></td>"
                 "<td align=\"right\" style=\"padding-left:18px; padding-top:4px\"><b>%2</b></td></tr>"
                 "</table>")
                 .arg(tr("Total").toHtmlEscaped(),
                      CheckoutText::money(order.total, order.currency).toHtmlEscaped());
    m_linesLabel->setText(lines);

    m_failureLabel->setVisible(order.failure.has_value());
    if (order.failure) {
        m_failureLabel->setText(order.failure->message);
        QPalette failurePalette = m_failureLabel->palette();
        failurePalette.setColor(QPalette::WindowText, errorColor(palette()));
        m_failureLabel->setPalette(failurePalette);
    }

    // The pro-forma invoice matters while the payment is awaited; after it, the receipt.
    const bool showInvoice = order.invoice.has_value() && order.status == proto::OrderStatus::AwaitingPayment;
    const proto::ProFormaInvoice invoice = order.invoice.value_or(proto::ProFormaInvoice {});
    const bool wire = order.paymentMethod == proto::PaymentMethod::WireTransfer;
    m_invoiceNumberLabel->setText(invoice.number);
    //: The date a pro-forma invoice was issued
    m_invoiceNumberLabel->setToolTip(
        invoice.issuedAt.isValid() ? tr("Issued %1").arg(displayDate(invoice.issuedAt)) : QString());
    m_referenceLabel->setText(invoice.paymentReference);
    m_dueLabel->setText(invoice.dueAt.isValid() ? displayDate(invoice.dueAt) : QString());
    m_payeeLabel->setText(invoice.payee);
    m_bankLabel->setText(invoice.bankName);
    m_ibanLabel->setText(invoice.iban);
    m_bicLabel->setText(invoice.bic);
    m_addressLabel->setText(invoice.mailingAddress);
    m_documentForm->setRowVisible(m_invoiceNumberLabel, showInvoice);
    m_documentForm->setRowVisible(m_referenceLabel, showInvoice);
    m_documentForm->setRowVisible(m_dueLabel, showInvoice && invoice.dueAt.isValid());
    m_documentForm->setRowVisible(m_payeeLabel, showInvoice);
    m_documentForm->setRowVisible(m_bankLabel, showInvoice && wire && !invoice.bankName.isEmpty());
    m_documentForm->setRowVisible(m_ibanLabel, showInvoice && wire);
    m_documentForm->setRowVisible(m_bicLabel, showInvoice && wire && !invoice.bic.isEmpty());
    m_documentForm->setRowVisible(m_addressLabel, showInvoice && !wire);

    const proto::Receipt receipt = order.receipt.value_or(proto::Receipt {});
    m_receiptNumberLabel->setText(receipt.number);
    m_paidLabel->setText(receipt.paidAt.isValid() ? displayDate(receipt.paidAt) : QString());
    m_paidWithLabel->setText(receipt.paidWith);
    for (QLabel* label : {m_receiptNumberLabel, m_paidLabel, m_paidWithLabel}) {
        m_documentForm->setRowVisible(label, order.receipt.has_value());
    }
    const bool newTerm = order.result && order.result->termEnd.isValid();
    m_newTermLabel->setText(newTerm ? displayDate(order.result->termEnd) : QString());
    m_form->setRowVisible(m_newTermLabel, newTerm);
    m_documentCaption->setText(showInvoice         ? tr("Pro-forma invoice")
                                   : order.receipt ? tr("Receipt")
                                                   : QString());
    m_documentForm->setRowVisible(m_documentCaption, showInvoice || order.receipt.has_value());

    QString note;
    switch (order.status) {
    case proto::OrderStatus::AwaitingPayment:
        note = order.paymentMethod == proto::PaymentMethod::PayPal
            ? tr("Waiting for the approval at PayPal. Nothing is charged until you approve.")
            : tr("The order is fulfilled as soon as the payment is recorded. Quote the payment reference.");
        break;
    case proto::OrderStatus::Paid:
        note = tr("Paid. The license is being updated.");
        break;
    case proto::OrderStatus::Fulfilled:
        note = tr("The handshake code %1 is unchanged: devices using this key need no update.")
                   .arg(order.handshakeCode);
        break;
    case proto::OrderStatus::Declined:
    case proto::OrderStatus::Cancelled:
    case proto::OrderStatus::Expired:
        note = tr("Nothing was charged for this order.");
        break;
    }
    m_noteLabel->setText(note);
}

void OrdersPane::updateButtons()
{
    const std::optional<proto::Order> order = currentOrder();
    const OrderDocument::Kind kind = order ? OrderDocument::kindOf(*order) : OrderDocument::Kind::None;
    m_invoiceButton->setEnabled(kind == OrderDocument::Kind::Invoice);
    m_receiptButton->setEnabled(kind == OrderDocument::Kind::Receipt);
    m_cancelButton->setEnabled(order && OrderListModel::canCancel(*order) && !m_orders->isCancelling());
    // Only what applies to the order is offered; the others make room.
    m_invoiceButton->setVisible(kind == OrderDocument::Kind::Invoice);
    m_receiptButton->setVisible(kind == OrderDocument::Kind::Receipt);
    m_cancelButton->setVisible(order && OrderListModel::canCancel(*order));
}

void OrdersPane::saveDocument()
{
    const std::optional<proto::Order> order = currentOrder();
    if (!order || OrderDocument::kindOf(*order) == OrderDocument::Kind::None) {
        return;
    }
    if (saveOrderPdf(this, *order)) {
        emit message(OrderDocument::kindOf(*order) == OrderDocument::Kind::Invoice
                         ? tr("The invoice was saved.")
                         : tr("The receipt was saved."));
    }
}

bool OrdersPane::saveDocumentTo(const QString& path)
{
    const std::optional<proto::Order> order = currentOrder();
    if (!order) {
        return false;
    }
    QString error;
    if (!writeOrderPdf(*order, path, &error)) {
        emit message(error);
        return false;
    }
    emit message(tr("Saved %1.").arg(QFileInfo(path).fileName()));
    return true;
}

QMessageBox* OrdersPane::askToCancel()
{
    const std::optional<proto::Order> order = currentOrder();
    if (!order || !OrderListModel::canCancel(*order) || m_orders->isCancelling()) {
        return nullptr;
    }
    if (m_cancelQuestion) {
        return m_cancelQuestion;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Cancel This Order?"),
        tr("Cancel the order of %1 for %2?")
            .arg(OrderListModel::itemsText(*order), CheckoutText::money(order->total, order->currency)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelOrderQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        order->paymentMethod == proto::PaymentMethod::PayPal
            ? tr("The PayPal approval will no longer be accepted.")
            : tr("Do not send the payment for it afterwards: a payment for a cancelled order "
                 "has to be refunded."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* cancelOrder = box->addButton(tr("Cancel Order"), QMessageBox::DestructiveRole);
    cancelOrder->setObjectName(QStringLiteral("confirmCancelOrderButton"));
    QPushButton* keep = box->addButton(tr("Keep Order"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    const QString id = order->id;
    connect(box, &QMessageBox::finished, this, [this, box, cancelOrder, id] {
        if (box->clickedButton() != cancelOrder) {
            return;
        }
        m_orders->cancelOrder(id);
        updateButtons();
    });
    m_cancelQuestion = box;
    box->open();
    return box;
}

} // namespace lp::ui
