#pragma once

#include "CheckoutPreset.h"

#include <QList>
#include <QWizardPage>
#include <Quote.h>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace lp::ui {

class CheckoutWizard;

// The first checkout page: what to buy for the key. A renewal of 1 to 3 years, more devices and a shorter
// device refresh (per-device keys), more scans per quota period (per-scan keys), several at once. What the
// key cannot take is disabled with the reason beside it. Every change asks the session for a new quote;
// the total shows at the bottom as soon as it is there.
class CheckoutChoosePage : public QWizardPage
{
    Q_OBJECT
public:
    CheckoutChoosePage(CheckoutWizard* wizard, CheckoutPreset preset);

    QList<proto::QuoteItem> items() const;
    bool isComplete() const override;

private:
    void applyPreset(CheckoutPreset preset);
    void updateAvailability();
    void onItemsChanged();
    void updateTotal();
    void showAwaitingOrder();
    bool isExpired() const;

    CheckoutWizard* m_wizard;
    bool m_suspended = false;
    QButtonGroup* m_renewGroup;
    QList<QRadioButton*> m_renewRadios; // none, 1, 2, 3 years
    QLabel* m_renewNote;
    QSpinBox* m_devicesSpin;
    QLabel* m_devicesReason;
    QSpinBox* m_quotaSpin;
    QLabel* m_quotaReason;
    QComboBox* m_cadenceCombo;
    QLabel* m_cadenceReason;
    QLabel* m_suspendedLabel;
    QLabel* m_awaitingLabel;
    QLabel* m_totalLabel;
};

} // namespace lp::ui
