#include "CheckoutDonePage.h"

#include "CheckoutSession.h"
#include "CheckoutText.h"
#include "CheckoutWizard.h"
#include "DisplayDate.h"
#include "InvoiceView.h"
#include "OrderPdf.h"
#include "TermsView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

CheckoutDonePage::CheckoutDonePage(CheckoutWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("checkoutDonePage"));
    setFinalPage(true);

    m_fulfilledPanel = new QWidget(this);
    {
        m_terms = new TermsView(m_fulfilledPanel);
        m_handshakeNote = new QLabel(m_fulfilledPanel);
        m_handshakeNote->setObjectName(QStringLiteral("handshakeNoteLabel"));
        m_handshakeNote->setWordWrap(true);
        m_handshakeNote->setTextFormat(Qt::RichText);
        m_receiptLabel = new QLabel(m_fulfilledPanel);
        m_receiptLabel->setObjectName(QStringLiteral("receiptLabel"));
        m_receiptLabel->setTextFormat(Qt::PlainText);
        m_receiptLabel->setWordWrap(true);
        m_receiptLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_saveReceiptButton = new QPushButton(tr("&Save Receipt as PDF…"), m_fulfilledPanel);
        m_saveReceiptButton->setObjectName(QStringLiteral("saveReceiptButton"));
        auto* buttonRow = new QHBoxLayout;
        buttonRow->addWidget(m_saveReceiptButton);
        buttonRow->addStretch(1);
        auto* layout = new QVBoxLayout(m_fulfilledPanel);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(8);
        layout->addWidget(sectionTitle(tr("Your license key now"), m_fulfilledPanel));
        layout->addWidget(m_terms);
        layout->addSpacing(6);
        layout->addWidget(m_handshakeNote);
        layout->addSpacing(6);
        layout->addWidget(sectionTitle(tr("Receipt"), m_fulfilledPanel));
        layout->addWidget(m_receiptLabel);
        layout->addLayout(buttonRow);
        layout->addStretch(1);
    }

    m_offlinePanel = new QWidget(this);
    {
        m_nextStepsLabel = new QLabel(m_offlinePanel);
        m_nextStepsLabel->setObjectName(QStringLiteral("nextStepsLabel"));
        m_nextStepsLabel->setTextFormat(Qt::PlainText);
        m_nextStepsLabel->setWordWrap(true);
        m_invoice = new InvoiceView(m_offlinePanel);
        m_saveInvoiceButton = new QPushButton(tr("&Save Invoice as PDF…"), m_offlinePanel);
        m_saveInvoiceButton->setObjectName(QStringLiteral("saveInvoiceButton"));
        auto* buttonRow = new QHBoxLayout;
        buttonRow->addWidget(m_saveInvoiceButton);
        buttonRow->addStretch(1);
        auto* layout = new QVBoxLayout(m_offlinePanel);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(8);
        layout->addWidget(sectionTitle(tr("Pro-forma invoice"), m_offlinePanel));
        layout->addWidget(m_invoice);
        layout->addLayout(buttonRow);
        layout->addSpacing(6);
        layout->addWidget(sectionTitle(tr("What happens next"), m_offlinePanel));
        layout->addWidget(m_nextStepsLabel);
        layout->addStretch(1);
    }

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_fulfilledPanel);
    m_stack->addWidget(m_offlinePanel);
    m_saveFeedback = new QLabel(this);
    m_saveFeedback->setObjectName(QStringLiteral("saveFeedbackLabel"));
    m_saveFeedback->setWordWrap(true);
    m_saveFeedback->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_saveFeedback);

    connect(m_saveReceiptButton, &QPushButton::clicked, this, &CheckoutDonePage::saveDocument);
    connect(m_saveInvoiceButton, &QPushButton::clicked, this, &CheckoutDonePage::saveDocument);
    connect(wizard->session(), &CheckoutSession::orderChanged, this, [this] {
        if (m_wizard->currentPage() == this) {
            showOrder();
        }
    });
}

void CheckoutDonePage::initializePage()
{
    showOrder();
}

void CheckoutDonePage::showOrder()
{
    const CheckoutSession* session = m_wizard->session();
    const auto& order = session->order();
    if (!order) {
        return;
    }
    const QString amount = CheckoutText::money(order->total, order->currency);
    if (order->status == proto::OrderStatus::Fulfilled) {
        m_stack->setCurrentWidget(m_fulfilledPanel);
        setTitle(tr("Thank You"));
        setSubTitle(tr("The payment went through and the license key is updated."));
        const proto::LicenseTerms before
            = session->quote() ? session->quote()->current : proto::LicenseTerms {};
        m_terms->setTerms(before, order->result.value_or(proto::LicenseTerms {}));
        m_handshakeNote->setText(tr("The handshake code <b>%1</b> is unchanged: nothing to redeploy on your "
                                    "devices.")
                                     .arg(order->handshakeCode.toHtmlEscaped()));
        const proto::Receipt receipt = order->receipt.value_or(proto::Receipt {});
        //: %1 receipt number, %2 amount, %3 payment method such as "Visa •••• 4242", %4 date
        m_receiptLabel->setText(
            tr("Receipt %1: %2 paid with %3 on %4.")
                .arg(receipt.number, amount,
                     receipt.paidWith.isEmpty() ? CheckoutText::method(order->paymentMethod)
                                                : receipt.paidWith,
                     displayDate(receipt.paidAt.isValid() ? receipt.paidAt : order->updatedAt)));
        return;
    }
    m_stack->setCurrentWidget(m_offlinePanel);
    m_invoice->setOrder(*order);
    const QString due = order->invoice ? displayDate(order->invoice->dueAt) : QString();
    const QString reference = order->invoice ? order->invoice->paymentReference : QString();
    if (order->status == proto::OrderStatus::AwaitingPayment) {
        setTitle(tr("Order Placed"));
        setSubTitle(tr("Your order awaits payment."));
        const QString howTo = order->paymentMethod == proto::PaymentMethod::Check
            ? tr("Mail a check for %1 to the address above by %2, with the reference %3 on it.")
                  .arg(amount, due, reference)
            : tr("Transfer %1 to the account above by %2, quoting the reference %3.")
                  .arg(amount, due, reference);
        m_nextStepsLabel->setText(
            howTo + QLatin1Char(' ')
            + tr("Once your payment is recorded, the key's new terms apply at once; its handshake code %1 "
                 "stays "
                 "the same, so there is nothing to redeploy. You can follow the order under Orders.")
                  .arg(order->handshakeCode));
    } else {
        setTitle(tr("Order %1").arg(CheckoutText::status(order->status)));
        setSubTitle(session->problem().message); // plain text: see CheckoutWizard

        m_nextStepsLabel->setText(session->problem().message);
    }
}

void CheckoutDonePage::saveDocument()
{
    // A copy, and a guard: the save dialog runs its own event loop, in which polling may replace the
    // session's order, or a sign-out close the wizard.
    const std::optional<proto::Order> order = m_wizard->session()->order();
    const QPointer<CheckoutDonePage> self(this);
    if (order && saveOrderPdf(this, *order) && self) {
        m_saveFeedback->setText(tr("Saved."));
        m_saveFeedback->show();
    }
}

} // namespace lp::ui
