#pragma once

#include "Alert.h"

#include <QDialog>
#include <QMap>

class QCheckBox;

namespace lp {
class AppSettings;
}

namespace lp::ui {

// Which kinds of alert show a desktop notification: scan quota, device allowance, expiry. Stored in
// AppSettings when the user presses OK; the badges in the keys pane show regardless.
class AlertSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertSettingsDialog(AppSettings* settings, QWidget* parent = nullptr);

    QCheckBox* checkBox(Alert::Kind kind) const { return m_checks.value(kind); }
    void accept() override;

private:
    AppSettings* m_settings;
    QMap<Alert::Kind, QCheckBox*> m_checks;
};

} // namespace lp::ui
