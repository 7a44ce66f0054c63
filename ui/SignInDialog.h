#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lp {
class AppSettings;
class Session;
struct ApiError;
} // namespace lp

namespace lp::ui {

// Asks for server, email and password and signs in through the Session; accepts itself once the
// session is signed in, so the caller only has to open() it.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Prefills the server (command line --server) over the remembered one.
    void setServer(const QUrl& server);
    QUrl server() const;
    // A notice above the form, e.g. why the user has to sign in again.
    void setNotice(const QString& text);

    // Local validation, exposed for tests; an empty string means plausible.
    static QString serverProblem(const QString& text);
    static QString emailProblem(const QString& text);

signals:
    // The server's certificate could not be verified; the user may choose to trust it.
    void certificateProblem(const lp::ApiError& error);

private:
    void updateSignInEnabled();
    void showValidationProblem();
    void signIn();
    void setBusy(bool busy);
    void showError(const QString& message);
    void onSignInFailed(const lp::ApiError& error);
    void onSignedIn();

    Session* m_session;
    AppSettings* m_settings;
    QLabel* m_noticeLabel;
    QLineEdit* m_serverEdit;
    QLineEdit* m_emailEdit;
    QLineEdit* m_passwordEdit;
    QCheckBox* m_rememberCheck;
    QLabel* m_errorLabel;
    QProgressBar* m_busyBar;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signInButton;
    bool m_busy = false;
};

} // namespace lp::ui
