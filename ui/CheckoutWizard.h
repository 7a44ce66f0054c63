#pragma once

#include "CheckoutPreset.h"

#include <License.h>
#include <Order.h>
#include <QMessageBox>
#include <QPointer>
#include <QWizard>
#include <optional>

namespace lp {
class ApiClient;
class CheckoutSession;
class Clock;
} // namespace lp

namespace lp::ui {

class CheckoutChoosePage;
class CheckoutDonePage;
class CheckoutMethodPage;
class CheckoutPayPage;
class CheckoutQuotePage;

// Renews or upgrades one license key: what to buy, the server's quote, how to pay, paying, and the
// receipt (or, for wire transfer and check, the pro-forma invoice and what happens next). Window-modal
// over the keys pane; all talking to the server goes through its CheckoutSession.
//
// Escape (or Cancel) closes it, except while a card payment is being processed (bounded by the transfer
// timeout); while a PayPal approval is awaited it asks first and cancels that order before closing.
class CheckoutWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ChoosePage, QuotePage, MethodPage, PayPage, DonePage };

    CheckoutWizard(ApiClient* api, const Clock* clock, const proto::License& license, CheckoutPreset preset,
                   QWidget* parent = nullptr);
    ~CheckoutWizard() override;

    CheckoutSession* session() const { return m_session; }
    const proto::License& license() const { return m_license; }
    const Clock* clock() const { return m_clock; }
    // The payment method chosen on the method page.
    std::optional<proto::PaymentMethod> method() const;
    // The question asked before a PayPal order is cancelled on closing, while it is open.
    QMessageBox* cancelQuestion() const { return m_cancelQuestion; }

    void reject() override;

signals:
    // The session placed or changed an order (for the orders list), and the order was fulfilled; the order
    // is session()->order().
    void orderChanged();
    void completed();

private:
    void updateButtonLayout();
    // Closing with a payment whose answer was lost: send it again, or close knowingly.
    void askBeforeLeavingUnsettled();
    void openApprovalUrl(const QUrl& url);

    proto::License m_license;
    const Clock* m_clock;
    CheckoutSession* m_session;
    CheckoutChoosePage* m_choosePage;
    CheckoutQuotePage* m_quotePage;
    CheckoutMethodPage* m_methodPage;
    CheckoutPayPage* m_payPage;
    CheckoutDonePage* m_donePage;
    QPointer<QMessageBox> m_cancelQuestion;
    bool m_closeAfterCancel = false;
};

} // namespace lp::ui
