#include "AlertNotifier.h"

#include "Icons.h"
#include "MainWindow.h"

#include <QSystemTrayIcon>

namespace lp::ui {

AlertNotifier::AlertNotifier(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray
            = new QSystemTrayIcon(portalIcon(QStringLiteral("licenseportal"), QStyle::SP_ComputerIcon), this);
        m_tray->setToolTip(tr("LicensePortal"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        m_tray->show();
    }
}

void AlertNotifier::notify(const Alert& alert)
{
    if (m_tray) {
        const auto icon = alert.severity == Alert::Severity::Critical ? QSystemTrayIcon::Critical
            : alert.severity == Alert::Severity::Warning              ? QSystemTrayIcon::Warning
                                                                      : QSystemTrayIcon::Information;
        m_tray->showMessage(alert.title, alert.message, icon);
    } else if (m_window) {
        // The status bar has room for a line: the title and the key, not the whole sentence.
        //: An alert in the status bar: its title, then the product of the key
        m_window->showStatusMessage(tr("%1: %2").arg(alert.title, alert.product));
    }
}

} // namespace lp::ui
