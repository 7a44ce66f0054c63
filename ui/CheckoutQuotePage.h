#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lp::ui {

class CheckoutWizard;
class TermsView;

// The server's quote: a line per change (what, the time it covers, list price, discount, amount), the
// total in the account's currency, how long the price holds, and the key before and after the order.
class CheckoutQuotePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckoutQuotePage(CheckoutWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showQuote();

    CheckoutWizard* m_wizard;
    QProgressBar* m_busyBar;
    QLabel* m_statusLabel;
    QPushButton* m_retryButton;
    QTreeWidget* m_lines;
    QLabel* m_totalLabel;
    QLabel* m_validLabel;
    QLabel* m_termsTitle;
    TermsView* m_terms;
};

} // namespace lp::ui
