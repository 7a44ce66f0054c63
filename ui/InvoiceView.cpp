#include "InvoiceView.h"

#include "CheckoutText.h"
#include "DisplayDate.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>

namespace lp::ui {

namespace {
QLabel* valueLabel(QWidget* parent, const QString& objectName, bool mono = false)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // The server's strings are shown as they are, never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (mono) {
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    return label;
}
} // namespace

InvoiceView::InvoiceView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("invoiceView"));
    m_number = valueLabel(this, QStringLiteral("invoiceNumberLabel"));
    m_amount = valueLabel(this, QStringLiteral("invoiceAmountLabel"));
    QFont bold = m_amount->font();
    bold.setBold(true);
    m_amount->setFont(bold);
    m_payee = valueLabel(this, QStringLiteral("invoicePayeeLabel"));
    m_bank = valueLabel(this, QStringLiteral("invoiceBankLabel"));
    m_iban = valueLabel(this, QStringLiteral("invoiceIbanLabel"), true);
    m_bic = valueLabel(this, QStringLiteral("invoiceBicLabel"), true);
    m_address = valueLabel(this, QStringLiteral("invoiceAddressLabel"));
    m_reference = valueLabel(this, QStringLiteral("invoiceReferenceLabel"), true);
    QFont reference = m_reference->font();
    reference.setBold(true);
    m_reference->setFont(reference);
    m_reference->setToolTip(
        tr("Quote this reference with the payment, so that it is matched to your order."));
    // Keyboard users reach the reference (the one value they must copy) with Tab.
    m_reference->setFocusPolicy(Qt::StrongFocus);
    m_due = valueLabel(this, QStringLiteral("invoiceDueLabel"));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(14);
    m_form->setVerticalSpacing(6);
    m_form->addRow(tr("Amount:"), m_amount);
    m_form->addRow(tr("Payment reference:"), m_reference);
    m_form->addRow(tr("Pay by:"), m_due);
    m_form->addRow(tr("Payee:"), m_payee);
    m_form->addRow(tr("Bank:"), m_bank);
    m_form->addRow(tr("IBAN:"), m_iban);
    m_form->addRow(tr("BIC:"), m_bic);
    m_form->addRow(tr("Mail the check to:"), m_address);
    m_form->addRow(tr("Pro-forma invoice:"), m_number);
}

void InvoiceView::setOrder(const proto::Order& order)
{
    const proto::ProFormaInvoice invoice = order.invoice.value_or(proto::ProFormaInvoice {});
    m_amount->setText(CheckoutText::money(order.total, order.currency));
    m_reference->setText(invoice.paymentReference);
    m_due->setText(invoice.dueAt.isValid() ? displayDate(invoice.dueAt) : QString());
    m_payee->setText(invoice.payee);
    m_bank->setText(invoice.bankName);
    m_iban->setText(invoice.iban);
    m_bic->setText(invoice.bic);
    m_address->setText(invoice.mailingAddress);
    //: %1 an invoice number, %2 the date it was issued
    m_number->setText(invoice.issuedAt.isValid()
                          ? tr("%1, issued %2").arg(invoice.number, displayDate(invoice.issuedAt))
                          : invoice.number);
    const bool wire = order.paymentMethod == proto::PaymentMethod::WireTransfer;
    m_form->setRowVisible(m_bank, wire && !invoice.bankName.isEmpty());
    m_form->setRowVisible(m_iban, wire);
    m_form->setRowVisible(m_bic, wire && !invoice.bic.isEmpty());
    m_form->setRowVisible(m_address, !wire);
}

} // namespace lp::ui
