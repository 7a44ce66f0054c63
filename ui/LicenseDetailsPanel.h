#pragma once

#include "CheckoutPreset.h"
#include "License.h"
#include "LicenseModel.h"

#include <QByteArray>
#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;
class QTimer;

namespace lp {
class Clock;
class LicenseService;
} // namespace lp

namespace lp::ui {

class CheckoutEntryButtons;

// Everything about one license key: identity, term, device and scan gauges, device refresh. The runtime
// key is only ever shown masked; "Copy key" fetches it in clear straight onto the clipboard.
class LicenseDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    LicenseDetailsPanel(LicenseService* service, const Clock* clock, QWidget* parent = nullptr);
    ~LicenseDetailsPanel() override;

    // `statusText` and `kind` come from the model, which knows "now".
    void setLicense(const proto::License& license, const QString& statusText, LicenseModel::StatusKind kind);
    // Offline (cached data): nothing can be ordered.
    void setOffline(bool offline);
    void clear();
    QString licenseId() const { return m_license.id; }

    // How long a copied key stays on the clipboard.
    static constexpr int kClipboardSeconds = 60;

signals:
    // Something worth telling the user outside the panel, e.g. in the status bar.
    void message(const QString& text);
    // "Renew…", "Add devices…", …: the user wants to buy something for this key.
    void checkoutRequested(const QString& licenseId, lp::ui::CheckoutPreset preset);

private:
    void copyHandshakeCode();
    void copyKey();
    void forgetCopiedKeyIfStillThere();
    void showFeedback(const QString& text, bool error = false);
    QFormLayout* newForm();
    QLabel* addSection(QFormLayout* form, const QString& title);
    QString formatDate(const QDateTime& when) const;
    QString formatDateFromNow(const QDateTime& when) const;
    static void setGauge(QProgressBar* bar, qint64 used, qint64 total);

    LicenseService* m_service;
    const Clock* m_clock;
    proto::License m_license;
    bool m_hasLicense = false;
    QStackedLayout* m_stack;
    QFormLayout* m_usageForm;
    QLabel* m_usageSection;
    QLabel* m_productLabel;
    QLabel* m_typeLabel;
    QLabel* m_statusLabel;
    QLabel* m_handshakeLabel;
    QPushButton* m_copyHandshakeButton;
    QLabel* m_keyLabel;
    QPushButton* m_copyKeyButton;
    QLabel* m_feedbackLabel;
    QLabel* m_termStartLabel;
    QLabel* m_termEndLabel;
    QWidget* m_devicesRow;
    QProgressBar* m_devicesGauge;
    QLabel* m_devicesLabel;
    QLabel* m_cadenceLabel;
    QLabel* m_nextRefreshLabel;
    QWidget* m_scansRow;
    QProgressBar* m_scansGauge;
    QLabel* m_scansLabel;
    QLabel* m_periodLabel;
    QLabel* m_lapseNote;
    CheckoutEntryButtons* m_checkoutButtons;
    QTimer* m_clipboardTimer;
    QTimer* m_feedbackTimer;
    // A digest, not the key: enough to recognise our copy on the clipboard later without keeping the
    // secret in memory.
    QByteArray m_copiedKeyDigest;
};

} // namespace lp::ui
