#pragma once

#include "CheckoutSession.h"

#include <Order.h>
#include <QWizardPage>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace lp::ui {

class CardEntryWidget;
class CheckoutWizard;

// Paying, by the method chosen before. Card: the card form, and the wizard's commit button reads "Pay
// €…" and is enabled only while the form is valid; a decline is told on the page, with the card kept but
// its security code. PayPal: the approval opens in the browser; the page waits (Open Again, Cancel
// Payment) until the order is final. Wire transfer and check: "Place Order" makes the order with its
// pro-forma invoice. A fulfilled or placed order moves on to the last page by itself.
class CheckoutPayPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckoutPayPage(CheckoutWizard* wizard);

    CardEntryWidget* cardEntry() const { return m_card; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateState();
    void updateCommitText();
    void onAttemptFinished(CheckoutSession::Outcome outcome);
    void showMessage(const QString& text);

    CheckoutWizard* m_wizard;
    std::optional<proto::PaymentMethod> m_method;
    QStackedWidget* m_stack;
    CardEntryWidget* m_card;
    QWidget* m_cardPanel;
    QWidget* m_payPalPanel;
    QWidget* m_offlinePanel;
    QLabel* m_payPalLabel;
    QPushButton* m_openAgainButton;
    QPushButton* m_cancelPayPalButton;
    QLabel* m_offlineLabel;
    QProgressBar* m_busyBar;
    QLabel* m_statusLabel;
    QLabel* m_messageLabel;
};

} // namespace lp::ui
