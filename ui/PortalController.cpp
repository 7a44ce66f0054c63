#include "PortalController.h"

#include "AlertMonitor.h"
#include "AlertNotifier.h"
#include "AlertSettingsDialog.h"
#include "ApiClient.h"
#include "AppSettings.h"
#include "AutoRefresh.h"
#include "CheckoutWizard.h"
#include "Clock.h"
#include "CredentialStore.h"
#include "DeviceListModel.h"
#include "DeviceOverview.h"
#include "DevicesPane.h"
#include "Icons.h"
#include "LicenseKeysPane.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "MainWindow.h"
#include "OfflineActivation.h"
#include "OfflineCache.h"
#include "OfflinePane.h"
#include "OrderListModel.h"
#include "OrdersPane.h"
#include "QuotaOverview.h"
#include "RenewalsModel.h"
#include "Session.h"
#include "SignInDialog.h"
#include "UsageModel.h"
#include "UsagePane.h"

#include <QCryptographicHash>
#include <QMessageBox>
#include <QPushButton>
#include <QSslCertificate>

namespace lp::ui {

PortalController::PortalController(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_clock = m_options.clock ? m_options.clock : std::make_shared<SystemClock>();
    m_settings = m_options.settingsPath.isEmpty() ? std::make_unique<AppSettings>()
                                                  : std::make_unique<AppSettings>(m_options.settingsPath);
    m_api = new ApiClient(nullptr, this);
    m_cache = new OfflineCache(m_clock.get(), {}, this);
    m_api->setOfflineCache(m_cache);
    m_credentials = new CredentialStore(QStringLiteral("LicensePortal"), this);
    m_session = new Session(m_api, m_credentials, m_settings.get(), this);
    m_model = new LicenseModel(m_clock.get(), this);
    m_service = new LicenseService(m_api, m_model, m_clock.get(), this);
    m_autoRefresh = new AutoRefresh(m_service, m_clock.get(), this);
    m_window = std::make_unique<MainWindow>(m_session, m_model, m_service, m_clock.get());
    m_devices = new DeviceListModel(m_api, m_clock.get(), this);
    m_deviceOverview = new DeviceOverview(m_api, this);
    m_devicesPane = new DevicesPane(m_model, m_devices, m_deviceOverview, m_api, m_clock.get());
    m_window->addPane(m_devicesPane, portalIcon(QStringLiteral("devices"), QStyle::SP_ComputerIcon),
                      tr("Devices"));
    connect(m_devicesPane, &DevicesPane::message, m_window.get(), &MainWindow::showStatusMessage);
    connect(m_window.get(), &MainWindow::refreshRequested, m_devicesPane, &DevicesPane::reload);
    m_usage = new UsageModel(m_api, this);
    m_quota = new QuotaOverview(m_api, m_clock.get(), this);
    m_usagePane = new UsagePane(m_model, m_usage, m_quota, m_api, m_clock.get());
    m_window->addPane(m_usagePane, portalIcon(QStringLiteral("usage"), QStyle::SP_FileDialogDetailedView),
                      tr("Usage & quota"));
    connect(m_usagePane, &UsagePane::message, m_window.get(), &MainWindow::showStatusMessage);
    connect(m_window.get(), &MainWindow::refreshRequested, m_usagePane, &UsagePane::reload);
    m_orders = new OrderListModel(m_api, this);
    m_renewals = new RenewalsModel(m_model, m_clock.get(), this);
    m_ordersPane = new OrdersPane(m_model, m_renewals, m_orders, m_clock.get());
    m_window->addPane(m_ordersPane, portalIcon(QStringLiteral("orders"), QStyle::SP_FileDialogContentsView),
                      tr("Orders"));
    connect(m_ordersPane, &OrdersPane::message, m_window.get(), &MainWindow::showStatusMessage);
    connect(m_window.get(), &MainWindow::refreshRequested, m_ordersPane, &OrdersPane::reload);
    connect(m_ordersPane, &OrdersPane::renewRequested, this,
            [this](const QString& licenseId) { openCheckout(licenseId, CheckoutPreset::Renewal); });
    connect(this, &PortalController::orderChanged, m_ordersPane, &OrdersPane::reload);
    m_offlineActivation = new OfflineActivation(m_api, m_settings.get(), m_clock.get(), this);
    m_offlinePane = new OfflinePane(m_model, m_offlineActivation);
    m_window->addPane(m_offlinePane, portalIcon(QStringLiteral("offline"), QStyle::SP_DriveNetIcon),
                      tr("Offline activation"));
    connect(m_offlinePane, &OfflinePane::message, m_window.get(), &MainWindow::showStatusMessage);

    m_alerts = new AlertMonitor(m_model, m_clock.get(), m_settings.get(), this);
    m_notifier = new AlertNotifier(m_window.get(), this);
    m_window->licenseKeysPane()->setAlertMonitor(m_alerts);
    connect(m_alerts, &AlertMonitor::alertRaised, m_notifier, &AlertNotifier::notify);
    // After every load of the keys: alerts fired for one account on one server must not silence another's.
    connect(m_service, &LicenseService::refreshed, this, [this] {
        m_alerts->setScope(m_session->server().toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
                           + QLatin1Char(' ') + m_session->me().user.email);
        m_alerts->check();
    });
    // Without the server the keys already loaded still tell which expiry thresholds time has crossed; what
    // they tell about quota and allowance was checked when they were loaded.
    connect(m_service, &LicenseService::refreshFailed, m_alerts, &AlertMonitor::check);
    connect(m_window.get(), &MainWindow::alertSettingsRequested, this, [this] { editAlertSettings(); });
    connect(m_session, &Session::offlineChanged, m_window->licenseKeysPane(), &LicenseKeysPane::setOffline);
    connect(m_window->licenseKeysPane(), &LicenseKeysPane::checkoutRequested, this,
            [this](const QString& licenseId, CheckoutPreset preset) { openCheckout(licenseId, preset); });

    connect(m_session, &Session::signedIn, m_service, &LicenseService::refresh);
    connect(m_session, &Session::signedIn, m_autoRefresh, &AutoRefresh::start);
    connect(m_window.get(), &MainWindow::signOutRequested, m_session, &Session::signOut);
    // Offline, File > Refresh also asks the server whether it is back; once it is, everything reloads.
    connect(m_window.get(), &MainWindow::refreshRequested, m_session, &Session::reconnectNow);
    connect(m_session, &Session::reconnected, m_window.get(), &MainWindow::refreshAll);
    // A checkout belongs to the account that opened it: it goes with the session (an order it made is in
    // the Orders pane at the next sign-in).
    const auto closeCheckout = [this] {
        if (m_checkout) {
            static_cast<QDialog*>(m_checkout.data())->done(QDialog::Rejected); // done() is public there
            m_checkout->deleteLater();
        }
    };
    connect(m_session, &Session::signedOut, this, closeCheckout);
    connect(m_session, &Session::sessionExpired, this, closeCheckout);
    connect(m_session, &Session::signedOut, this, [this] {
        m_autoRefresh->stop();
        m_service->clear();
        m_devices->clear();
        showSignIn();
    });
    connect(m_session, &Session::sessionExpired, this, [this] {
        m_autoRefresh->stop();
        m_service->clear();
        m_devices->clear();
        showSignIn(tr("Your session has ended. Sign in again to continue."));
    });
    connect(m_session, &Session::silentSignInFinished, this, [this](bool ok) {
        if (!ok) {
            showSignIn();
        }
    });
}

PortalController::~PortalController()
{
    // The window holds pointers into the services: it goes first.
    delete m_dialog;
    m_window.reset();
}

AlertSettingsDialog* PortalController::editAlertSettings()
{
    auto* dialog = new AlertSettingsDialog(m_settings.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CheckoutWizard* PortalController::openCheckout(const QString& licenseId, CheckoutPreset preset)
{
    if (m_checkout) {
        m_checkout->raise();
        m_checkout->activateWindow();
        return m_checkout;
    }
    const int row = m_model->rowOf(licenseId);
    if (row < 0) {
        return nullptr;
    }
    if (m_session->isOffline()) {
        // Offline the keys are read-only: an order needs the server.
        m_window->showStatusMessage(tr("Checkout needs the server, which cannot be reached at the moment."));
        return nullptr;
    }
    auto* wizard
        = new CheckoutWizard(m_api, m_clock.get(), m_model->licenses().at(row), preset, m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Closed, it is deleted later: from then on a new checkout gets a new wizard.
    connect(wizard, &QDialog::finished, this, [this, wizard] {
        if (m_checkout == wizard) {
            m_checkout = nullptr;
        }
    });
    connect(wizard, &CheckoutWizard::orderChanged, this, &PortalController::orderChanged);
    // The keys pane shows the new term at once, not at the next hourly refresh. A load under way may have
    // started before the order was fulfilled, and would swallow a refresh asked for now: load after it.
    connect(wizard, &CheckoutWizard::completed, this, [this] {
        if (!m_service->isBusy()) {
            m_service->refresh();
            return;
        }
        auto after = std::make_shared<QMetaObject::Connection>();
        *after = connect(m_service, &LicenseService::busyChanged, this, [this, after](bool busy) {
            if (!busy) {
                disconnect(*after);
                m_service->refresh();
            }
        });
    });
    m_checkout = wizard;
    wizard->open();
    return wizard;
}

CheckoutWizard* PortalController::checkoutWizard() const
{
    return m_checkout.data();
}

SignInDialog* PortalController::signInDialog() const
{
    return m_dialog.data();
}

void PortalController::start()
{
    m_window->show();
    const QUrl last = m_settings->lastServer();
    const bool sameServer = m_options.serverOverride.isEmpty() || m_options.serverOverride == last;
    if (m_options.silentSignIn && sameServer && m_settings->rememberMe()
        && !m_settings->lastEmail().isEmpty()) {
        m_session->trySilentSignIn();
    } else {
        showSignIn();
    }
}

void PortalController::showSignIn(const QString& notice)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_session, m_settings.get(), m_window.get());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setServer(m_options.serverOverride);
        connect(m_dialog, &SignInDialog::certificateProblem, this, &PortalController::trustCertificate);
        connect(m_dialog, &QDialog::rejected, this, [this] {
            // Without an account there is nothing to show: closing the dialog ends the program.
            if (m_session->state() != Session::State::SignedIn) {
                m_window->close();
            }
        });
    }
    m_dialog->setNotice(notice);
    m_dialog->open();
    emit signInDialogShown(m_dialog);
}

void PortalController::trustCertificate(const ApiError& error)
{
    // The server's own certificate, not the first error's (that may be an issuer of the chain): it is the
    // one ApiJob compares with the trusted digests.
    if (error.peerCertificate.isNull() || !m_dialog) {
        return;
    }
    const QByteArray digest = error.peerCertificate.digest(QCryptographicHash::Sha256);
    const QString host = m_dialog->server().host();
    QStringList reasons;
    for (const QSslError& sslError : error.sslErrors) {
        reasons << sslError.errorString();
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Untrusted certificate"),
                                tr("The certificate of %1 could not be verified.").arg(host),
                                QMessageBox::Cancel, m_dialog);
    box->setObjectName(QStringLiteral("trustCertificateBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("%1\n\nSHA-256 fingerprint:\n%2\n\nTrust this certificate only if your administrator confirms "
           "this "
           "fingerprint.")
            .arg(reasons.join(QLatin1Char('\n')), QString::fromLatin1(digest.toHex(':').toUpper())));
    QPushButton* trust = box->addButton(tr("Trust This Certificate"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, trust, host, digest] {
        if (box->clickedButton() != trust || !m_dialog) {
            return;
        }
        m_settings->addTrustedCertificate(host, digest);
        m_dialog->setNotice(tr("The certificate of %1 is trusted now. Sign in again.").arg(host));
    });
    box->open();
}

} // namespace lp::ui
