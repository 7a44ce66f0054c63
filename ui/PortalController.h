#pragma once

#include "CheckoutPreset.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

namespace lp {
class AlertMonitor;
class ApiClient;
class AppSettings;
class AutoRefresh;
class Clock;
class CredentialStore;
class DeviceListModel;
class DeviceOverview;
class LicenseModel;
class LicenseService;
class OrderListModel;
class OfflineActivation;
class OfflineCache;
class QuotaOverview;
class RenewalsModel;
class Session;
class UsageModel;
struct ApiError;
} // namespace lp

namespace lp::ui {

class AlertNotifier;
class AlertSettingsDialog;
class CheckoutWizard;
class DevicesPane;
class MainWindow;
class OfflinePane;
class OrdersPane;
class SignInDialog;
class UsagePane;

// Builds the client's object graph (API client, keychain, settings, session, model, service, window) and
// runs the sign-in flow around the main window. main() and the widget tests share it, so the tests drive
// the same wiring users get.
class PortalController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString settingsPath; // an INI file instead of the platform settings (tests)
        QUrl serverOverride; // --server: prefills the sign-in dialog and skips a silent sign-in elsewhere
        bool silentSignIn = true;
        std::shared_ptr<const Clock> clock; // default: the system clock
    };

    explicit PortalController(Options options, QObject* parent = nullptr);
    ~PortalController() override;

    // Shows the main window and signs in: silently from the keychain when possible, else through the dialog.
    void start();

    MainWindow* mainWindow() const { return m_window.get(); }
    // The sign-in dialog while it is open (or about to be deleted), else nullptr.
    SignInDialog* signInDialog() const;
    ApiClient* api() const { return m_api; }
    // The last-known answers of the remembered account, for a start without the server.
    OfflineCache* offlineCache() const { return m_cache; }
    Session* session() const { return m_session; }
    LicenseModel* licenseModel() const { return m_model; }
    LicenseService* licenseService() const { return m_service; }
    // Refreshes the keys (and with them the alerts) of a client left open; active while signed in.
    AutoRefresh* autoRefresh() const { return m_autoRefresh; }
    DeviceListModel* deviceModel() const { return m_devices; }
    DevicesPane* devicesPane() const { return m_devicesPane; }
    UsageModel* usageModel() const { return m_usage; }
    QuotaOverview* quotaOverview() const { return m_quota; }
    UsagePane* usagePane() const { return m_usagePane; }
    OrderListModel* orderModel() const { return m_orders; }
    RenewalsModel* renewalsModel() const { return m_renewals; }
    OrdersPane* ordersPane() const { return m_ordersPane; }
    OfflinePane* offlinePane() const { return m_offlinePane; }
    AlertMonitor* alertMonitor() const { return m_alerts; }
    AlertNotifier* alertNotifier() const { return m_notifier; }
    // Settings > Alerts…: opens the dialog (window-modal) and returns it; it deletes itself when closed.
    AlertSettingsDialog* editAlertSettings();
    AppSettings* settings() const { return m_settings.get(); }
    // Opens the checkout wizard (window-modal over the main window) for a license of the loaded list, preset
    // by the entry point (the keys pane's "Renew…" and the like, the orders pane's one-click renewal), and
    // returns it; nullptr for a license not in the list, or while offline (it says so in the status bar).
    // It deletes itself when closed; while one is open, that one is returned. A fulfilled order reloads the
    // keys at once.
    CheckoutWizard* openCheckout(const QString& licenseId, CheckoutPreset preset = CheckoutPreset::None);
    CheckoutWizard* checkoutWizard() const;

signals:
    void signInDialogShown(lp::ui::SignInDialog* dialog);
    // Checkout placed an order or saw one change (paid, cancelled, fulfilled): order lists should reload.
    void orderChanged();

private:
    void showSignIn(const QString& notice = {});
    void trustCertificate(const lp::ApiError& error);

    Options m_options;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<AppSettings> m_settings;
    ApiClient* m_api;
    OfflineCache* m_cache;
    CredentialStore* m_credentials;
    Session* m_session;
    LicenseModel* m_model;
    LicenseService* m_service;
    AutoRefresh* m_autoRefresh;
    std::unique_ptr<MainWindow> m_window;
    DeviceListModel* m_devices;
    DeviceOverview* m_deviceOverview;
    DevicesPane* m_devicesPane; // owned by the window
    UsageModel* m_usage;
    QuotaOverview* m_quota;
    UsagePane* m_usagePane; // owned by the window
    OrderListModel* m_orders;
    RenewalsModel* m_renewals;
    OrdersPane* m_ordersPane; // owned by the window
    OfflineActivation* m_offlineActivation;
    OfflinePane* m_offlinePane; // owned by the window
    AlertMonitor* m_alerts;
    AlertNotifier* m_notifier;
    QPointer<SignInDialog> m_dialog;
    QPointer<CheckoutWizard> m_checkout;
};

} // namespace lp::ui
