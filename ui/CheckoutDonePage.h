#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace lp::ui {

class CheckoutWizard;
class InvoiceView;
class TermsView;

// The end of checkout. A fulfilled order: the key's new terms, that its handshake code is unchanged (so
// nothing is to be redeployed) and the receipt, with "Save Receipt as PDF…". An order awaiting a wire
// transfer or check: its pro-forma invoice ("Save Invoice as PDF…") and what happens next; should the
// payment be recorded while the page is open, it turns into the receipt.
class CheckoutDonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckoutDonePage(CheckoutWizard* wizard);

    void initializePage() override;

private:
    void showOrder();
    void saveDocument();

    CheckoutWizard* m_wizard;
    QStackedWidget* m_stack;
    QWidget* m_fulfilledPanel;
    QWidget* m_offlinePanel;
    TermsView* m_terms;
    QLabel* m_handshakeNote;
    QLabel* m_receiptLabel;
    QPushButton* m_saveReceiptButton;
    QLabel* m_nextStepsLabel;
    InvoiceView* m_invoice;
    QPushButton* m_saveInvoiceButton;
    QLabel* m_saveFeedback;
};

} // namespace lp::ui
