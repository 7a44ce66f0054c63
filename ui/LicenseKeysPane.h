#pragma once

#include "CheckoutPreset.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace lp {
class AlertMonitor;
class Clock;
class LicenseModel;
class LicenseService;
} // namespace lp

namespace lp::ui {

class LicenseDetailsPanel;

// The account's runtime license keys: a searchable, sortable table and the details of the selected key.
class LicenseKeysPane : public QWidget
{
    Q_OBJECT
public:
    LicenseKeysPane(LicenseModel* model, LicenseService* service, const Clock* clock,
                    QWidget* parent = nullptr);

    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    // Selects the key with this id (kept across refreshes); false if it is not shown.
    bool selectLicense(const QString& id);
    QString selectedLicenseId() const { return m_selectedId; }
    void focusSearch();
    // Offline (cached data): orders are not possible.
    void setOffline(bool offline);
    // Shows a badge on keys with an alert (see AlertBadgeProxy). Call once, before the keys load.
    void setAlertMonitor(const AlertMonitor* monitor);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void message(const QString& text);
    // From the details' "Renew…", "Add devices…", …: PortalController opens the checkout wizard.
    void checkoutRequested(const QString& licenseId, lp::ui::CheckoutPreset preset);

private:
    void applyFilter(const QString& text);
    void onSelectionChanged();
    void updateDetails();
    void updateEmptyState();
    void restoreSelection();
    void resizeColumnsOnce();

    LicenseModel* m_model;
    LicenseService* m_service;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_searchEdit;
    QLabel* m_countLabel;
    QProgressBar* m_busyBar;
    QStackedWidget* m_tableStack;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    LicenseDetailsPanel* m_details;
    QString m_selectedId;
    bool m_restoring = false;
    bool m_columnsSized = false;
};

} // namespace lp::ui
