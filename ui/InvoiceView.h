#pragma once

#include <Order.h>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace lp::ui {

// A pro-forma invoice of a wire-transfer or check order as the customer needs it to pay: the amount, the
// payee, the bank account (IBAN, BIC) or the address to mail the check to, the payment reference to quote,
// and the due date.
class InvoiceView : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceView(QWidget* parent = nullptr);

    // Shows the order's invoice (nothing when it has none).
    void setOrder(const proto::Order& order);

private:
    QFormLayout* m_form;
    QLabel* m_number;
    QLabel* m_amount;
    QLabel* m_payee;
    QLabel* m_bank;
    QLabel* m_iban;
    QLabel* m_bic;
    QLabel* m_address;
    QLabel* m_reference;
    QLabel* m_due;
};

} // namespace lp::ui
