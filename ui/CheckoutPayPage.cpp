#include "CheckoutPayPage.h"

#include "CardEntryWidget.h"
#include "CheckoutText.h"
#include "CheckoutWizard.h"
#include "PaneWidgets.h"
#include "PortalPalette.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lp::ui {

CheckoutPayPage::CheckoutPayPage(CheckoutWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("checkoutPayPage"));
    // Once paid (or ordered) there is no way back to change what was bought.
    setCommitPage(true);

    m_card = new CardEntryWidget(wizard->clock(), this);
    m_cardPanel = new QWidget(this);
    {
        auto* note = new QLabel(tr("The card details go straight to the payment provider. LicensePortal "
                                   "neither sees nor stores the card number."),
                                m_cardPanel);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        auto* layout = new QVBoxLayout(m_cardPanel);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_card);
        layout->addSpacing(6);
        layout->addWidget(note);
    }

    m_payPalPanel = new QWidget(this);
    {
        m_payPalLabel = new QLabel(m_payPalPanel);
        m_payPalLabel->setObjectName(QStringLiteral("payPalLabel"));
        m_payPalLabel->setWordWrap(true);
        m_openAgainButton = new QPushButton(tr("&Open Again"), m_payPalPanel);
        m_openAgainButton->setObjectName(QStringLiteral("openApprovalButton"));
        m_openAgainButton->setToolTip(tr("Open PayPal's approval page in the browser again"));
        m_cancelPayPalButton = new QPushButton(tr("Cancel &Payment"), m_payPalPanel);
        m_cancelPayPalButton->setObjectName(QStringLiteral("cancelPayPalButton"));
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_openAgainButton);
        buttons->addWidget(m_cancelPayPalButton);
        buttons->addStretch(1);
        auto* layout = new QVBoxLayout(m_payPalPanel);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_payPalLabel);
        layout->addLayout(buttons);
        layout->addStretch(1);
    }

    m_offlinePanel = new QWidget(this);
    {
        m_offlineLabel = new QLabel(m_offlinePanel);
        m_offlineLabel->setObjectName(QStringLiteral("offlineIntroLabel"));
        m_offlineLabel->setWordWrap(true);
        auto* layout = new QVBoxLayout(m_offlinePanel);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_offlineLabel);
        layout->addStretch(1);
    }

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_cardPanel);
    m_stack->addWidget(m_payPalPanel);
    m_stack->addWidget(m_offlinePanel);

    m_busyBar = makeBusyBar(this, QStringLiteral("payBusyBar"), tr("Processing the payment"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText); // server sentences are never markup
    m_statusLabel->setObjectName(QStringLiteral("payStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setTextFormat(Qt::PlainText); // server sentences are never markup
    m_messageLabel->setObjectName(QStringLiteral("payMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_messageLabel->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    m_messageLabel->setPalette(palette);
    m_messageLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_stack);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_busyBar);
    layout->addStretch(1);

    CheckoutSession* session = wizard->session();
    connect(m_card, &CardEntryWidget::changed, this, &CheckoutPayPage::completeChanged);
    connect(session, &CheckoutSession::stateChanged, this, &CheckoutPayPage::updateState);
    connect(session, &CheckoutSession::quoteChanged, this, &CheckoutPayPage::updateCommitText);
    connect(session, &CheckoutSession::attemptFinished, this, &CheckoutPayPage::onAttemptFinished);
    connect(session, &CheckoutSession::problemChanged, this, [this] {
        // A cancellation that failed, or a payment refused before it started, while nothing else tells it.
        const QString text = m_wizard->session()->problem().message;
        if (!text.isEmpty() && m_wizard->currentPage() == this) {
            showMessage(text);
        }
    });
    connect(m_openAgainButton, &QPushButton::clicked, this, [this] {
        const auto& order = m_wizard->session()->order();
        if (order && order->approvalUrl) {
            QDesktopServices::openUrl(*order->approvalUrl);
        }
    });
    connect(m_cancelPayPalButton, &QPushButton::clicked, this, [this] {
        m_cancelPayPalButton->setEnabled(false);
        m_wizard->session()->cancel();
    });
}

void CheckoutPayPage::initializePage()
{
    m_method = m_wizard->method();
    showMessage({});
    const proto::PaymentMethod method = m_method.value_or(proto::PaymentMethod::Card);
    switch (method) {
    case proto::PaymentMethod::Card:
        m_stack->setCurrentWidget(m_cardPanel);
        setTitle(tr("Pay by Card"));
        setSubTitle(tr("Enter the details of the card to charge."));
        m_card->numberEdit()->setFocus();
        break;
    case proto::PaymentMethod::PayPal:
        m_stack->setCurrentWidget(m_payPalPanel);
        setTitle(tr("Pay with PayPal"));
        setSubTitle(tr("You approve the payment on PayPal's page in your browser."));
        break;
    case proto::PaymentMethod::WireTransfer:
    case proto::PaymentMethod::Check:
        m_stack->setCurrentWidget(m_offlinePanel);
        setTitle(method == proto::PaymentMethod::WireTransfer ? tr("Pay by Wire Transfer")
                                                              : tr("Pay by Check"));
        setSubTitle(tr("Place the order to get its pro-forma invoice."));
        break;
    }
    updateState();
}

bool CheckoutPayPage::isComplete() const
{
    const CheckoutSession* session = m_wizard->session();
    switch (session->state()) {
    case CheckoutSession::State::Completed:
    case CheckoutSession::State::AwaitingOfflinePayment:
        return true;
    case CheckoutSession::State::Quoted:
    case CheckoutSession::State::Failed:
        return session->canPay() && m_method
            && (*m_method != proto::PaymentMethod::Card || m_card->isValid() || session->unsettled());
    default:
        return false;
    }
}

bool CheckoutPayPage::validatePage()
{
    CheckoutSession* session = m_wizard->session();
    const CheckoutSession::State state = session->state();
    if (state == CheckoutSession::State::Completed
        || state == CheckoutSession::State::AwaitingOfflinePayment) {
        return true;
    }
    if (!m_method || !isComplete()) {
        return false;
    }
    showMessage({});
    std::optional<proto::CardDetails> card;
    if (*m_method == proto::PaymentMethod::Card && !session->unsettled()) {
        card = m_card->details();
    }
    if (!session->pay(*m_method, card)) {
        showMessage(session->problem().message);
        m_card->showFieldErrors(session->problem().cardFields);
    }
    // The page moves on by itself once the order is fulfilled or placed.
    return false;
}

void CheckoutPayPage::showMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void CheckoutPayPage::updateCommitText()
{
    const auto& quote = m_wizard->session()->quote();
    const QString amount = quote ? CheckoutText::money(quote->total, quote->currency) : QString();
    QString text;
    switch (m_method.value_or(proto::PaymentMethod::Card)) {
    case proto::PaymentMethod::Card:
        //: The button that charges the card; %1 is the amount
        text = m_wizard->session()->unsettled() ? tr("&Try Again") : tr("&Pay %1").arg(amount);
        break;
    case proto::PaymentMethod::PayPal:
        text = tr("&Continue to PayPal");
        break;
    case proto::PaymentMethod::WireTransfer:
    case proto::PaymentMethod::Check:
        text = tr("&Place Order");
        break;
    }
    setButtonText(QWizard::CommitButton, text);
}

void CheckoutPayPage::updateState()
{
    const CheckoutSession* session = m_wizard->session();
    const CheckoutSession::State state = session->state();
    const bool paying = state == CheckoutSession::State::Paying;
    const bool approving = state == CheckoutSession::State::AwaitingApproval;
    const auto& quote = session->quote();
    const QString amount = quote ? CheckoutText::money(quote->total, quote->currency) : QString();

    m_busyBar->setVisible(paying || approving || state == CheckoutSession::State::Quoting);
    m_card->setReadOnly(paying);
    if (paying) {
        m_statusLabel->setText(m_method == proto::PaymentMethod::Card ? tr("Processing the payment…")
                                                                      : tr("Placing the order…"));
    } else if (approving) {
        m_statusLabel->setText(tr("Waiting for PayPal to confirm the payment…"));
    } else {
        m_statusLabel->clear();
    }
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());

    m_openAgainButton->setVisible(approving);
    m_cancelPayPalButton->setVisible(approving);
    m_cancelPayPalButton->setEnabled(approving);
    m_payPalLabel->setText(
        approving ? tr("Complete the payment of %1 in your browser. This page goes on by itself once PayPal "
                       "confirms it.")
                        .arg(amount)
                  : tr("Continue to PayPal to approve the payment of %1 in your browser.").arg(amount));
    m_offlineLabel->setText(
        m_method == proto::PaymentMethod::Check
            ? tr("Placing the order issues a pro-forma invoice for %1 with the address to mail your check "
                 "to. "
                 "The license key changes once the check is recorded.")
                  .arg(amount)
            : tr("Placing the order issues a pro-forma invoice for %1 with our bank account and a payment "
                 "reference. The license key changes once your transfer is recorded.")
                  .arg(amount));
    updateCommitText();
    emit completeChanged();
}

void CheckoutPayPage::onAttemptFinished(CheckoutSession::Outcome outcome)
{
    const CheckoutSession::Problem& problem = m_wizard->session()->problem();
    switch (outcome) {
    case CheckoutSession::Outcome::Fulfilled:
    case CheckoutSession::Outcome::AwaitingOfflinePayment:
        showMessage({});
        if (m_wizard->currentPage() == this) {
            // Not from inside the session's signal: the wizard validates this page again on next().
            QMetaObject::invokeMethod(m_wizard, &QWizard::next, Qt::QueuedConnection);
        }
        // After that next(): the card is not needed any more, and not kept.
        QMetaObject::invokeMethod(
            this, [this] { m_card->wipe(); }, Qt::QueuedConnection);
        return;
    case CheckoutSession::Outcome::Declined:
        showMessage(problem.message);
        m_card->showFieldErrors(problem.cardFields);
        m_card->clearSecurityCode();
        m_card->numberEdit()->setFocus();
        m_card->numberEdit()->selectAll();
        break;
    case CheckoutSession::Outcome::Cancelled:
    case CheckoutSession::Outcome::Failed:
        showMessage(problem.message);
        m_card->showFieldErrors(problem.cardFields);
        m_card->clearSecurityCode(); // typed again for another attempt; a retry of a lost answer needs none
        break;
    }
    updateState();
}

} // namespace lp::ui
