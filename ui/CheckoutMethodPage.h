#pragma once

#include <Order.h>
#include <QMap>
#include <QWizardPage>
#include <optional>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace lp::ui {

class CheckoutWizard;

// How to pay: the methods the account may use (from the payment config), each with what happens after.
class CheckoutMethodPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckoutMethodPage(CheckoutWizard* wizard);

    std::optional<proto::PaymentMethod> method() const;
    void initializePage() override;
    bool isComplete() const override;

private:
    void showMethods();
    void showTotal();

    CheckoutWizard* m_wizard;
    QProgressBar* m_busyBar;
    QLabel* m_totalLabel;
    QLabel* m_errorLabel;
    QPushButton* m_retryButton;
    QButtonGroup* m_group;
    QMap<proto::PaymentMethod, QRadioButton*> m_radios;
    QMap<proto::PaymentMethod, QLabel*> m_notes;
    bool m_configFailed = false;
};

} // namespace lp::ui
