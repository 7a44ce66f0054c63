#include "MainWindow.h"

#include "ApiError.h"
#include "Clock.h"
#include "DisplayDate.h"
#include "Icons.h"
#include "InfoBar.h"
#include "LicenseKeysPane.h"
#include "LicenseService.h"
#include "Session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
} // namespace

MainWindow::MainWindow(Session* session, LicenseModel* model, LicenseService* service, const Clock* clock,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_service(service)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LicensePortal"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(180);
    m_navigation->setUniformItemSizes(true);
    // The sidebar sits on the window colour so that the content area reads as the main surface; a role,
    // not a copied colour, so that it follows a change between light and dark themes.
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("paneStack"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_infoBar = new InfoBar(this);
    // A bar of its own: the offline state lasts, and must not be replaced by a passing message.
    m_offlineBar = new InfoBar(this);
    m_offlineBar->setObjectName(QStringLiteral("offlineBar"));
    m_offlineBar->setClosable(false);
    m_retryAction = new QAction(tr("Retry Now"), this);
    m_retryAction->setObjectName(QStringLiteral("retryConnectionAction"));
    m_retryAction->setStatusTip(tr("Try to reach the server now"));
    connect(m_retryAction, &QAction::triggered, this, [this] {
        showStatusMessage(tr("Trying to reach the server…"));
        m_session->reconnectNow();
    });
    m_offlineBar->setAction(m_retryAction);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(separator);
    body->addWidget(m_stack, 1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_offlineBar);
    layout->addWidget(m_infoBar);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    createActions();
    createStatusBar();

    m_licenseKeysPane = new LicenseKeysPane(model, service, clock, this);
    connect(m_licenseKeysPane, &LicenseKeysPane::message, this, &MainWindow::showStatusMessage);
    addPane(m_licenseKeysPane, portalIcon(QStringLiteral("license-keys"), QStyle::SP_FileDialogListView),
            tr("License keys"));
    m_navigation->setCurrentRow(0);

    setTabOrder(m_navigation, m_licenseKeysPane);

    connect(m_session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(m_session, &Session::signedOut, this, &MainWindow::onSignedOut);
    // A silent sign-in at start takes a few round trips; say so instead of showing an empty account.
    connect(m_session, &Session::stateChanged, this, [this](Session::State state) {
        const bool signingIn = state == Session::State::SigningIn;
        if (signingIn) {
            m_accountLabel->setText(tr("Signing in…"));
        } else if (state == Session::State::SignedOut) {
            m_accountLabel->setText(tr("Not signed in"));
        }
        m_busyIndicator->setVisible(signingIn || m_service->isBusy());
    });
    // The session's message already says what happened and what it means ("No keychain is available: …").
    connect(m_session, &Session::keychainUnavailable, this, [this](const QString& message) {
        m_infoBar->showMessage(message, InfoBar::Level::Warning, QStringLiteral("keychain"));
    });
    connect(m_session, &Session::offlineChanged, this, &MainWindow::updateOfflineBar);
    connect(m_session, &Session::reconnected, this,
            [this] { showStatusMessage(tr("The server can be reached again.")); });
    connect(m_service, &LicenseService::busyChanged, m_busyIndicator, &QWidget::setVisible);
    connect(m_service, &LicenseService::refreshed, this, &MainWindow::onRefreshed);
    connect(m_service, &LicenseService::refreshFailed, this, &MainWindow::onRefreshFailed);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    onSignedOut();
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text, 5000);
}

void MainWindow::refreshAll()
{
    m_refreshAction->trigger();
}

void MainWindow::addPane(QWidget* pane, const QIcon& icon, const QString& title)
{
    const int index = m_stack->addWidget(pane);
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(0, fontMetrics().height() + 18));
    // "Usage & quota" must not turn its "&" into a mnemonic in the menu.
    QAction* action
        = m_goMenu->addAction(icon, QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")));
    if (index < 9) {
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    }
    connect(action, &QAction::triggered, this, [this, index] { m_navigation->setCurrentRow(index); });
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_refreshAction = fileMenu->addAction(portalIcon(QStringLiteral("refresh"), QStyle::SP_BrowserReload),
                                          tr("&Refresh"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refreshAction->setStatusTip(tr("Load the license keys from the server again"));
    connect(m_refreshAction, &QAction::triggered, m_service, &LicenseService::refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);
    fileMenu->addSeparator();
    m_signOutAction
        = fileMenu->addAction(portalIcon(QStringLiteral("sign-out"), QStyle::SP_CustomBase), tr("Sign &Out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signOutAction->setStatusTip(tr("Sign out and forget the remembered sign-in on this computer"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    QAction* quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QAction* findAction = m_goMenu->addAction(tr("&Find License Key"));
    findAction->setShortcut(QKeySequence::Find);
    // The pane owns the Ctrl+F shortcut; the menu entry only documents it and routes the click.
    findAction->setShortcutContext(Qt::WidgetShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_navigation->setCurrentRow(m_stack->indexOf(m_licenseKeysPane));
        m_licenseKeysPane->focusSearch();
    });
    m_goMenu->addSeparator();

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction* alertsAction = settingsMenu->addAction(tr("&Alerts…"));
    alertsAction->setObjectName(QStringLiteral("alertSettingsAction"));
    alertsAction->setStatusTip(tr("Choose which alerts show a desktop notification"));
    connect(alertsAction, &QAction::triggered, this, &MainWindow::alertSettingsRequested);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = helpMenu->addAction(tr("&About LicensePortal"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // The two actions people reach for with the mouse; the rest lives in the menus.
    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_refreshAction);
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(m_signOutAction);
}

void MainWindow::createStatusBar()
{
    const auto makeLabel = [this](const QString& name) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        label->setContentsMargins(6, 0, 6, 0);
        return label;
    };
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("refreshBusyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedSize(80, 10);
    m_busyIndicator->setAccessibleName(tr("Refreshing"));
    m_busyIndicator->setVisible(m_service->isBusy());
    m_serverLabel = makeLabel(QStringLiteral("serverStatusLabel"));
    m_accountLabel = makeLabel(QStringLiteral("accountStatusLabel"));
    m_refreshLabel = makeLabel(QStringLiteral("refreshStatusLabel"));
    statusBar()->addPermanentWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_accountLabel);
}

void MainWindow::onSignedIn()
{
    const QUrl server = m_session->server();
    const QString hostPort
        = server.port() > 0 ? QStringLiteral("%1:%2").arg(server.host()).arg(server.port()) : server.host();
    m_serverLabel->setText(hostPort);
    m_serverLabel->setToolTip(tr("Server: %1").arg(server.toString(QUrl::RemoveUserInfo)));
    const auto& me = m_session->me();
    const QString name = me.user.name.isEmpty() ? me.user.email : me.user.name;
    //: Status bar: user name · account name
    m_accountLabel->setText(tr("%1 · %2").arg(name, me.account.name));
    m_accountLabel->setToolTip(
        m_session->isRemembered()
            ? tr("Signed in as %1. The sign-in is remembered in the system keychain.").arg(me.user.email)
            : tr("Signed in as %1. The sign-in is not remembered.").arg(me.user.email));
    m_serverLabel->setVisible(true);
    m_accountLabel->setVisible(true);
    m_refreshAction->setEnabled(true);
    m_signOutAction->setEnabled(true);
    m_infoBar->dismiss(QStringLiteral("session"));
}

void MainWindow::onSignedOut()
{
    m_serverLabel->clear();
    m_accountLabel->setText(tr("Not signed in"));
    m_accountLabel->setToolTip(QString());
    m_refreshLabel->clear();
    m_serverLabel->setVisible(false);
    m_refreshAction->setEnabled(false);
    m_signOutAction->setEnabled(false);
}

void MainWindow::onRefreshed(const QDateTime& at)
{
    // Minutes are precise enough, and some locales' short format carries seconds.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    if (m_session->isOffline()) {
        // The keys came from the offline cache: the bar above says how old they are.
        m_refreshLabel->setText(tr("Offline"));
        m_refreshLabel->setToolTip(m_offlineBar->text());
        m_infoBar->dismiss(QStringLiteral("refresh"));
        return;
    }
    m_refreshLabel->setText(tr("Last refreshed %1").arg(QLocale().toString(at.toLocalTime().time(), format)));
    m_refreshLabel->setToolTip(QLocale().toString(at.toLocalTime(), QLocale::LongFormat));
    m_infoBar->dismiss(QStringLiteral("refresh"));
}

void MainWindow::onRefreshFailed(const ApiError& error)
{
    m_infoBar->showMessage(tr("The license keys could not be refreshed. %1").arg(error.userMessage()),
                           InfoBar::Level::Error, QStringLiteral("refresh"));
}

void MainWindow::updateOfflineBar()
{
    if (!m_session->isOffline()) {
        m_offlineBar->hide();
        return;
    }
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss"));
    const auto dateTime = [&timeFormat](const QDateTime& at) {
        //: A date and a time of day, e.g. "11/28/2026 13:58"
        return tr("%1 %2").arg(displayDate(at), QLocale().toString(at.toLocalTime().time(), timeFormat));
    };
    const QDateTime since = m_session->offlineSince();
    // Today's time alone; another day's with its date.
    const QString sinceText = since.toLocalTime().date() == m_clock->now().toLocalTime().date()
        ? QLocale().toString(since.toLocalTime().time(), timeFormat)
        : dateTime(since);
    const QDateTime dataTime = m_session->cachedDataTime();
    QString text
        = tr("Offline since %1. Changes are disabled until the server is reachable again.").arg(sinceText);
    if (dataTime.isValid()) {
        text = tr("Offline since %1 — showing the data from %2. Changes are disabled until the server is "
                  "reachable again.")
                   .arg(sinceText, dateTime(dataTime));
    }
    m_offlineBar->showMessage(text, InfoBar::Level::Warning, QStringLiteral("offline"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LicensePortal"),
                       tr("<h3>LicensePortal %1</h3>"
                          "<p>The customer portal for runtime software licenses: your license keys, devices "
                          "and scan quotas in one place.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace lp::ui
