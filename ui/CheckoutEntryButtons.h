#pragma once

#include "CheckoutPreset.h"

#include <License.h>
#include <QWidget>

class QLabel;
class QPushButton;

namespace lp::ui {

// The ways into checkout for one key, as the keys pane shows them: "Renew…", "Add devices…" and "Change
// refresh cadence…" for a per-device key, "Renew…" and "Add quota…" for a per-scan key. What a key cannot
// take is disabled with the reason as tooltip; a suspended key says it cannot be renewed online.
class CheckoutEntryButtons : public QWidget
{
    Q_OBJECT
public:
    explicit CheckoutEntryButtons(QWidget* parent = nullptr);

    void setLicense(const proto::License& license);
    void clear();
    // Without the server (the client shows cached data) nothing can be ordered: the buttons say so.
    void setOffline(bool offline);

signals:
    void checkoutRequested(const QString& licenseId, lp::ui::CheckoutPreset preset);

private:
    void update();

    proto::License m_license;
    bool m_offline = false;
    QString m_licenseId;
    QLabel* m_note;
    QPushButton* m_renewButton;
    QPushButton* m_addDevicesButton;
    QPushButton* m_addQuotaButton;
    QPushButton* m_cadenceButton;
};

} // namespace lp::ui
