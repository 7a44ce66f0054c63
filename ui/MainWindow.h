#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;

namespace lp {
class Clock;
class LicenseModel;
class LicenseService;
class Session;
struct ApiError;
} // namespace lp

namespace lp::ui {

class InfoBar;
class LicenseKeysPane;

// The portal's window: navigation between panes, menus and shortcuts, and a status bar with server,
// account and the time of the last refresh. The sign-in flow lives in PortalController.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Session* session, LicenseModel* model, LicenseService* service, const Clock* clock,
               QWidget* parent = nullptr);

    // Adds a pane to the navigation and to the Go menu (Ctrl+1, Ctrl+2, … in order).
    void addPane(QWidget* pane, const QIcon& icon, const QString& title);
    LicenseKeysPane* licenseKeysPane() const { return m_licenseKeysPane; }
    InfoBar* infoBar() const { return m_infoBar; }
    // "Offline since …", with Retry Now, while the server cannot be reached (Session::isOffline()).
    InfoBar* offlineBar() const { return m_offlineBar; }

    void showStatusMessage(const QString& text);
    // File > Refresh: the keys, and every pane that loads data of its own.
    void refreshAll();

signals:
    void signOutRequested();
    // File > Refresh: panes that load data of their own reload it.
    void refreshRequested();
    // Settings > Alerts…: PortalController owns the settings the dialog edits.
    void alertSettingsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createStatusBar();
    void onSignedIn();
    void onSignedOut();
    void onRefreshed(const QDateTime& at);
    void onRefreshFailed(const lp::ApiError& error);
    void updateOfflineBar();
    void showAbout();

    Session* m_session;
    LicenseService* m_service;
    const Clock* m_clock;
    InfoBar* m_infoBar;
    InfoBar* m_offlineBar;
    QAction* m_retryAction = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QMenu* m_goMenu = nullptr;
    LicenseKeysPane* m_licenseKeysPane;
    QAction* m_refreshAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLabel* m_refreshLabel = nullptr;
    QProgressBar* m_busyIndicator = nullptr;
};

} // namespace lp::ui
