#pragma once

#include <Order.h>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace lp {
class Clock;
class LicenseModel;
class OrderListModel;
class RenewalsModel;
struct ApiError;
} // namespace lp

namespace lp::ui {

// The account's orders and its upcoming renewals. On top, every key whose term ends within 90 days (or
// ended within the last 90) with a one-click "Renew for 1 Year…" that opens the checkout preset to a
// one-year renewal (renewRequested; PortalController opens the wizard). Below, the orders with their status,
// the details of the selected one (lines, total, method, invoice or receipt, why it failed), its pro-forma
// invoice or receipt as PDF, and cancelling an order that awaits an offline or PayPal payment. Loads the
// orders when shown, on File > Refresh and after checkout changed an order; sends nothing itself.
class OrdersPane : public QWidget
{
    Q_OBJECT
public:
    OrdersPane(LicenseModel* licenses, RenewalsModel* renewals, OrderListModel* orders, const Clock* clock,
               QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // Loads the orders again (and evaluates the renewal window at the clock's now).
    void reload();
    // Makes the order with this id current; false if it is not in the list.
    bool selectOrder(const QString& orderId);
    // The current order, or nullopt.
    std::optional<proto::Order> currentOrder() const;
    // Writes the current order's invoice or receipt to `path` (the buttons ask for the path first); says
    // what happened through message().
    bool saveDocumentTo(const QString& path);
    // Asks whether to cancel the current order (window-modal; "Cancel Order" cancels it) and returns the
    // question, or nullptr when the order cannot be cancelled.
    QMessageBox* askToCancel();
    QMessageBox* cancelQuestion() const { return m_cancelQuestion; }

signals:
    void message(const QString& text);
    // "Renew for 1 Year…": open the checkout for this license, preset to a one-year renewal.
    void renewRequested(const QString& licenseId);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onLicensesReset();
    void rebuildRenewals();
    void updateRenewals();
    void onLoaded();
    void onLoadFailed(const lp::ApiError& error);
    void onCurrentChanged();
    void showDetails(const proto::Order& order);
    void updateEmptyState();
    void updateButtons();
    void saveDocument();

    LicenseModel* m_licenses;
    RenewalsModel* m_renewals;
    OrderListModel* m_orders;
    const Clock* m_clock;

    QWidget* m_renewalsBox;
    QScrollArea* m_renewalsScroll;
    QGridLayout* m_renewalsGrid;
    QLabel* m_renewalsEmpty;
    QList<QWidget*> m_renewalRowWidgets;

    QPushButton* m_refreshButton;
    QProgressBar* m_busyBar;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    QLabel* m_emptyLabel;

    QStackedWidget* m_detailsStack;
    QWidget* m_detailsPage;
    QSplitter* m_splitter;
    bool m_splitterSized = false;
    QLabel* m_detailsPlaceholder;
    QLabel* m_titleLabel;
    QLabel* m_statusLabel;
    QFormLayout* m_form;
    QFormLayout* m_documentForm;
    QLabel* m_documentCaption;
    QLabel* m_dateLabel;
    QLabel* m_keyLabel;
    QLabel* m_codeLabel;
    QLabel* m_methodLabel;
    QLabel* m_linesLabel;
    QLabel* m_failureLabel;
    QLabel* m_invoiceNumberLabel;
    QLabel* m_dueLabel;
    QLabel* m_payeeLabel;
    QLabel* m_bankLabel;
    QLabel* m_ibanLabel;
    QLabel* m_bicLabel;
    QLabel* m_addressLabel;
    QLabel* m_referenceLabel;
    QLabel* m_receiptNumberLabel;
    QLabel* m_paidLabel;
    QLabel* m_paidWithLabel;
    QLabel* m_newTermLabel;
    QLabel* m_noteLabel;

    QPushButton* m_invoiceButton;
    QPushButton* m_receiptButton;
    QPushButton* m_cancelButton;
    QPointer<QMessageBox> m_cancelQuestion;
    QString m_loadError;
    QString m_shownId;
};

} // namespace lp::ui
