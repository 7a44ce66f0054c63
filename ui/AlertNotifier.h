#pragma once

#include "Alert.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace lp::ui {

class MainWindow;

// Puts alerts in front of the user: as a desktop notification from the system tray where there is one,
// else in the main window's status bar, so that no alert is lost on a desktop without a tray.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    explicit AlertNotifier(MainWindow* window, QObject* parent = nullptr);

    void notify(const lp::Alert& alert);
    bool usesTray() const { return m_tray != nullptr; }

private:
    QPointer<MainWindow> m_window;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace lp::ui
