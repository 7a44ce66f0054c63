#include "CheckoutMethodPage.h"

#include "CheckoutSession.h"
#include "CheckoutText.h"
#include "CheckoutWizard.h"
#include "PaneWidgets.h"
#include "PortalPalette.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lp::ui {

CheckoutMethodPage::CheckoutMethodPage(CheckoutWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("checkoutMethodPage"));
    setTitle(tr("Payment Method"));
    setSubTitle(tr("Choose how to pay."));

    m_busyBar = makeBusyBar(this, QStringLiteral("methodBusyBar"), tr("Loading the payment methods"));
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("methodTotalLabel"));
    m_totalLabel->setTextFormat(Qt::RichText);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setTextFormat(Qt::PlainText); // server sentences are never markup
    m_errorLabel->setObjectName(QStringLiteral("methodErrorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette palette = m_errorLabel->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    m_errorLabel->setPalette(palette);
    m_errorLabel->hide();
    m_retryButton = new QPushButton(tr("&Try Again"), this);
    m_retryButton->setObjectName(QStringLiteral("methodRetryButton"));
    m_retryButton->hide();
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorLabel, 1);
    errorRow->addWidget(m_retryButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_totalLabel);
    layout->addSpacing(8);
    layout->addLayout(errorRow);

    m_group = new QButtonGroup(this);
    struct Choice
    {
        proto::PaymentMethod method;
        QString objectName;
        QString text;
        QString note;
    };
    const QList<Choice> choices {
        {proto::PaymentMethod::Card, QStringLiteral("methodCardRadio"), tr("&Credit card"),
         tr("Charged at once; the key changes as soon as the payment goes through.")},
        {proto::PaymentMethod::PayPal, QStringLiteral("methodPayPalRadio"), tr("&PayPal"),
         tr("You approve the payment on PayPal's page in your browser; the key changes once it is "
            "approved.")},
        {proto::PaymentMethod::WireTransfer, QStringLiteral("methodWireRadio"), tr("&Wire transfer"),
         tr("You get a pro-forma invoice with our bank account; the key changes once your payment is "
            "recorded.")},
        {proto::PaymentMethod::Check, QStringLiteral("methodCheckRadio"), tr("Chec&k"),
         tr("You get a pro-forma invoice with the address to mail the check to; the key changes once the "
            "check is recorded.")},
    };
    for (const Choice& choice : choices) {
        auto* radio = new QRadioButton(choice.text, this);
        radio->setObjectName(choice.objectName);
        auto* note = new QLabel(choice.note, this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setContentsMargins(radio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8, 0, 0,
                                 8);
        radio->setAccessibleDescription(choice.note);
        m_group->addButton(radio, int(choice.method));
        m_radios.insert(choice.method, radio);
        m_notes.insert(choice.method, note);
        layout->addWidget(radio);
        layout->addWidget(note);
        radio->hide();
        note->hide();
    }
    layout->addStretch(1);

    CheckoutSession* session = wizard->session();
    connect(session, &CheckoutSession::paymentConfigChanged, this, &CheckoutMethodPage::showMethods);
    connect(session, &CheckoutSession::paymentConfigFailed, this, [this](const ApiError& error) {
        m_configFailed = true;
        m_errorLabel->setText(tr("The payment methods could not be loaded: %1").arg(error.userMessage()));
        showMethods();
    });
    connect(session, &CheckoutSession::quoteChanged, this, &CheckoutMethodPage::showTotal);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_configFailed = false;
        m_wizard->session()->loadPaymentConfig();
        showMethods();
    });
    connect(m_group, &QButtonGroup::idToggled, this, [this] { emit completeChanged(); });
}

std::optional<proto::PaymentMethod> CheckoutMethodPage::method() const
{
    const int id = m_group->checkedId();
    if (id < 0) {
        return std::nullopt;
    }
    const auto method = proto::PaymentMethod(id);
    const auto& config = m_wizard->session()->paymentConfig();
    return config && config->methods.contains(method) ? std::optional<proto::PaymentMethod>(method)
                                                      : std::nullopt;
}

void CheckoutMethodPage::initializePage()
{
    m_wizard->session()->loadPaymentConfig();
    showTotal();
    showMethods();
}

bool CheckoutMethodPage::isComplete() const
{
    return method().has_value();
}

void CheckoutMethodPage::showTotal()
{
    const auto& quote = m_wizard->session()->quote();
    m_totalLabel->setText(quote ? tr("Amount to pay: <b>%1</b>")
                                      .arg(CheckoutText::money(quote->total, quote->currency).toHtmlEscaped())
                                : QString());
}

void CheckoutMethodPage::showMethods()
{
    const auto& config = m_wizard->session()->paymentConfig();
    m_busyBar->setVisible(!config && !m_configFailed);
    m_errorLabel->setVisible(m_configFailed && !config);
    m_retryButton->setVisible(m_configFailed && !config);
    for (auto it = m_radios.cbegin(); it != m_radios.cend(); ++it) {
        const bool offered = config && config->methods.contains(it.key());
        it.value()->setVisible(offered);
        m_notes.value(it.key())->setVisible(offered);
        if (!offered && it.value()->isChecked()) {
            m_group->setExclusive(false);
            it.value()->setChecked(false);
            m_group->setExclusive(true);
        }
    }
    // The first method offered (card, when it is) is the default.
    if (config && m_group->checkedId() < 0 && !config->methods.isEmpty()) {
        for (auto it = m_radios.cbegin(); it != m_radios.cend(); ++it) {
            if (config->methods.contains(it.key())) {
                it.value()->setChecked(true);
                break;
            }
        }
    }
    emit completeChanged();
}

} // namespace lp::ui
