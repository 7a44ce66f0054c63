#include "CheckoutWizard.h"

#include "CheckoutChoosePage.h"
#include "CheckoutDonePage.h"
#include "CheckoutMethodPage.h"
#include "CheckoutPayPage.h"
#include "CheckoutQuotePage.h"
#include "CheckoutSession.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace lp::ui {

CheckoutWizard::CheckoutWizard(ApiClient* api, const Clock* clock, const proto::License& license,
                               CheckoutPreset preset, QWidget* parent)
    : QWizard(parent)
    , m_license(license)
    , m_clock(clock)
    , m_session(new CheckoutSession(api, clock, license.id, this))
{
    setObjectName(QStringLiteral("checkoutWizard"));
    setWindowTitle(tr("Renew or Upgrade – %1").arg(license.product));
    setWindowModality(Qt::WindowModal);
    setWizardStyle(QWizard::ClassicStyle);
    // Subtitles may carry the server's sentences: never read as markup.
    setSubTitleFormat(Qt::PlainText);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage
               | QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 520);

    m_choosePage = new CheckoutChoosePage(this, preset);
    m_quotePage = new CheckoutQuotePage(this);
    m_methodPage = new CheckoutMethodPage(this);
    m_payPage = new CheckoutPayPage(this);
    m_donePage = new CheckoutDonePage(this);
    setPage(ChoosePage, m_choosePage);
    setPage(QuotePage, m_quotePage);
    setPage(MethodPage, m_methodPage);
    setPage(PayPage, m_payPage);
    setPage(DonePage, m_donePage);
    setStartId(ChoosePage);

    // Names for tests and for accessibility tools; the commit button is the pay page's "Pay …".
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("payButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));

    connect(m_session, &CheckoutSession::approvalUrlReady, this, &CheckoutWizard::openApprovalUrl);
    connect(m_session, &CheckoutSession::orderChanged, this, &CheckoutWizard::orderChanged);
    connect(m_session, &CheckoutSession::completed, this, &CheckoutWizard::completed);
    connect(m_session, &CheckoutSession::stateChanged, this, &CheckoutWizard::updateButtonLayout);
    connect(m_session, &CheckoutSession::attemptFinished, this, [this](CheckoutSession::Outcome outcome) {
        if (!m_closeAfterCancel) {
            return;
        }
        m_closeAfterCancel = false;
        if (outcome == CheckoutSession::Outcome::Cancelled) {
            QWizard::reject();
        }
    });
    // The cancellation asked for on closing failed: stay open, the pay page tells why.
    connect(m_session, &CheckoutSession::cancelFailed, this, [this] { m_closeAfterCancel = false; });
    connect(this, &QWizard::currentIdChanged, this, &CheckoutWizard::updateButtonLayout);
    updateButtonLayout();
}

CheckoutWizard::~CheckoutWizard()
{
    // Hidden while the pages are whole: ~QWidget would hide it later, and the focus leaving a field then
    // reports editingFinished to pages already half destroyed.
    hide();
}

std::optional<proto::PaymentMethod> CheckoutWizard::method() const
{
    return m_methodPage->method();
}

void CheckoutWizard::updateButtonLayout()
{
    // No way back while a payment is under way, or while one whose answer was lost waits to be sent again:
    // the order it may have made must not be left behind unseen, nor bought a second time.
    const CheckoutSession::State state = m_session->state();
    const bool busy = state == CheckoutSession::State::Paying
        || state == CheckoutSession::State::AwaitingApproval || m_session->unsettled();
    QList<QWizard::WizardButton> layout {QWizard::Stretch};
    if (!busy) {
        layout << QWizard::BackButton;
    }
    layout << QWizard::NextButton << QWizard::CommitButton << QWizard::FinishButton << QWizard::CancelButton;
    setButtonLayout(layout);
}

void CheckoutWizard::openApprovalUrl(const QUrl& url)
{
    QDesktopServices::openUrl(url);
}

void CheckoutWizard::reject()
{
    switch (m_session->state()) {
    case CheckoutSession::State::Paying:
        // The card is being charged: the answer comes within the transfer timeout, and must not be missed.
        return;
    case CheckoutSession::State::AwaitingApproval: {
        if (m_cancelQuestion || m_closeAfterCancel) {
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel the PayPal Payment?"),
                                    tr("The PayPal payment has not been approved yet. Cancel it and close?"),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("cancelPayPalBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        QPushButton* cancelPayment = box->addButton(tr("Cancel Payment"), QMessageBox::DestructiveRole);
        cancelPayment->setObjectName(QStringLiteral("confirmCancelButton"));
        QPushButton* keep = box->addButton(tr("Keep Waiting"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepWaitingButton"));
        box->setDefaultButton(keep);
        box->setEscapeButton(keep);
        connect(box, &QMessageBox::finished, this, [this, box, cancelPayment] {
            if (box->clickedButton() != cancelPayment) {
                return;
            }
            if (m_session->cancel()) {
                m_closeAfterCancel = true; // closes once the server confirms
            } else {
                QWizard::reject();
            }
        });
        m_cancelQuestion = box;
        box->open();
        return;
    }
    default:
        if (m_session->unsettled()) {
            askBeforeLeavingUnsettled();
            return;
        }
        QWizard::reject();
    }
}

void CheckoutWizard::askBeforeLeavingUnsettled()
{
    if (m_cancelQuestion) {
        return;
    }
    auto* box
        = new QMessageBox(QMessageBox::Warning, tr("Payment Not Confirmed"),
                          tr("The server did not confirm the last payment, so it may have been charged. "
                             "Send it again to find out? It is never charged twice. If you close now, "
                             "check the Orders pane before buying again."),
                          QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("unsettledPaymentBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* again = box->addButton(tr("Send Again"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("sendAgainButton"));
    QPushButton* close = box->addButton(tr("Close Anyway"), QMessageBox::DestructiveRole);
    close->setObjectName(QStringLiteral("closeAnywayButton"));
    box->setDefaultButton(again);
    box->setEscapeButton(again);
    connect(box, &QMessageBox::finished, this, [this, box, close] {
        if (box->clickedButton() == close) {
            QWizard::reject();
        } else {
            m_session->retry();
        }
    });
    m_cancelQuestion = box;
    box->open();
}

} // namespace lp::ui
