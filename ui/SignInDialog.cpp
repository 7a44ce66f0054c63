#include "SignInDialog.h"

#include "ApiError.h"
#include "AppSettings.h"
#include "Icons.h"
#include "LoginRequest.h"
#include "PortalPalette.h"
#include "Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp::ui {

SignInDialog::SignInDialog(Session* session, AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in – LicensePortal"));
    setModal(true);

    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(
        portalIcon(QStringLiteral("licenseportal"), QStyle::SP_DialogApplyButton).pixmap(48, 48));
    auto* titleLabel = new QLabel(tr("Sign in to LicensePortal"), this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    auto* subtitleLabel
        = new QLabel(tr("Use the email address and password of your customer account."), this);
    subtitleLabel->setWordWrap(true);
    auto* titleBox = new QVBoxLayout;
    titleBox->setSpacing(2);
    titleBox->addWidget(titleLabel);
    titleBox->addWidget(subtitleLabel);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    header->addLayout(titleBox, 1);

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setVisible(false);

    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setPlaceholderText(QStringLiteral("https://licenses.example.com"));
    m_serverEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_emailEdit = new QLineEdit(this);
    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_emailEdit->setPlaceholderText(tr("name@company.com"));
    m_emailEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheck = new QCheckBox(tr("&Remember me on this computer"), this);
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_rememberCheck->setToolTip(
        tr("Keeps you signed in with a token stored in the system keychain. Your password is never stored."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Server:"), m_serverEdit);
    form->addRow(tr("&Email:"), m_emailEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, errorColor(errorPalette));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->setVisible(false);

    // Indeterminate: the server gives no progress for a sign-in, only an answer.
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("signInBusyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->setAccessibleName(tr("Signing in"));
    // Keep the layout from jumping when the bar comes and goes.
    QSizePolicy keepSpace = m_busyBar->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busyBar->setSizePolicy(keepSpace);
    m_busyBar->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signInButton = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_noticeLabel);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    setTabOrder(m_serverEdit, m_emailEdit);
    setTabOrder(m_emailEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_rememberCheck);
    setTabOrder(m_rememberCheck, m_signInButton);

    const QUrl lastServer = m_settings->lastServer();
    m_serverEdit->setText(
        (lastServer.isValid() && !lastServer.isEmpty() ? lastServer : AppSettings::defaultServerUrl())
            .toString(QUrl::RemoveUserInfo));
    m_emailEdit->setText(m_settings->lastEmail());
    m_rememberCheck->setChecked(m_settings->rememberMe());

    for (QLineEdit* edit : {m_serverEdit, m_emailEdit, m_passwordEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateSignInEnabled);
    }
    connect(m_serverEdit, &QLineEdit::editingFinished, this, &SignInDialog::showValidationProblem);
    connect(m_emailEdit, &QLineEdit::editingFinished, this, &SignInDialog::showValidationProblem);
    connect(m_session, &Session::signedIn, this, &SignInDialog::onSignedIn);
    connect(m_session, &Session::signInFailed, this, &SignInDialog::onSignInFailed);
    updateSignInEnabled();

    (m_emailEdit->text().isEmpty() ? m_emailEdit : m_passwordEdit)->setFocus();
}

SignInDialog::~SignInDialog()
{
    // ~QDialog hides the dialog, which moves focus out of the line edits; their editingFinished would then
    // call into this already half-destroyed object.
    disconnect(m_serverEdit, nullptr, this, nullptr);
    disconnect(m_emailEdit, nullptr, this, nullptr);
    disconnect(m_passwordEdit, nullptr, this, nullptr);
}

void SignInDialog::setServer(const QUrl& server)
{
    if (server.isValid() && !server.isEmpty()) {
        m_serverEdit->setText(server.toString(QUrl::RemoveUserInfo));
    }
}

QUrl SignInDialog::server() const
{
    return QUrl(m_serverEdit->text().trimmed());
}

void SignInDialog::setNotice(const QString& text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}

QString SignInDialog::serverProblem(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return tr("Enter the address of the license server.");
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return tr("The server address must start with https:// or http://, for example "
                  "https://licenses.example.com.");
    }
    if (url.host().isEmpty()) {
        return tr("The server address has no host name.");
    }
    return {};
}

QString SignInDialog::emailProblem(const QString& text)
{
    // The server's own check: loose, it only catches typos.
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return tr("Enter the email address of your account.");
    }
    if (!proto::isPlausibleEmail(trimmed)) {
        return tr("“%1” does not look like an email address.").arg(trimmed);
    }
    return {};
}

void SignInDialog::updateSignInEnabled()
{
    const bool plausible = serverProblem(m_serverEdit->text()).isEmpty()
        && emailProblem(m_emailEdit->text()).isEmpty() && !m_passwordEdit->text().isEmpty();
    m_signInButton->setEnabled(plausible && !m_busy);
    // A problem the user just fixed should not linger.
    if (m_errorLabel->isVisible() && plausible && m_errorLabel->property("validation").toBool()) {
        showError(QString());
    }
}

void SignInDialog::showValidationProblem()
{
    QString problem;
    if (!m_serverEdit->text().isEmpty()) {
        problem = serverProblem(m_serverEdit->text());
    }
    if (problem.isEmpty() && !m_emailEdit->text().isEmpty()) {
        problem = emailProblem(m_emailEdit->text());
    }
    if (!problem.isEmpty() || m_errorLabel->property("validation").toBool()) {
        showError(problem);
        m_errorLabel->setProperty("validation", !problem.isEmpty());
    }
}

void SignInDialog::signIn()
{
    if (m_busy || !m_signInButton->isEnabled()) {
        return;
    }
    const QUrl server = this->server();
    showError(QString());
    setBusy(true);
    m_session->signIn(server, m_emailEdit->text().trimmed(), m_passwordEdit->text(),
                      m_rememberCheck->isChecked());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QWidget* widget :
         std::initializer_list<QWidget*> {m_serverEdit, m_emailEdit, m_passwordEdit, m_rememberCheck}) {
        widget->setEnabled(!busy);
    }
    m_signInButton->setText(busy ? tr("Signing in…") : tr("Sign in"));
    updateSignInEnabled();
}

void SignInDialog::showError(const QString& message)
{
    m_errorLabel->setProperty("validation", false);
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void SignInDialog::onSignInFailed(const ApiError& error)
{
    if (!m_busy) {
        return;
    }
    setBusy(false);
    showError(error.userMessage());
    switch (error.kind) {
    case ApiError::Kind::Unreachable:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::InvalidResponse:
        m_serverEdit->setFocus();
        m_serverEdit->selectAll();
        break;
    case ApiError::Kind::Certificate:
        m_serverEdit->setFocus();
        emit certificateProblem(error);
        break;
    default:
        m_passwordEdit->setFocus();
        m_passwordEdit->selectAll();
        break;
    }
}

void SignInDialog::onSignedIn()
{
    if (!m_busy) {
        return;
    }
    setBusy(false);
    // The password has done its job; it must not stay in memory longer than the dialog needs it.
    m_passwordEdit->clear();
    accept(); // the session has saved server, account and "remember me" already
}

} // namespace lp::ui
