#pragma once

#include "ApiError.h"
#include "MeResponse.h"

#include <QObject>
#include <QUrl>

namespace lp {

class ApiClient;
class AppSettings;
class CredentialStore;

// The signed-in state of the portal: signs in with a password or silently from the keychain, keeps the
// keychain's refresh token in step with rotation, and signs out.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    Session(ApiClient* api, CredentialStore* credentials, AppSettings* settings, QObject* parent = nullptr);

    State state() const { return m_state; }
    QUrl server() const { return m_server; }
    const proto::MeResponse& me() const { return m_me; }
    // True when the refresh token is in the OS keychain (remember me, keychain available).
    bool isRemembered() const { return m_remembered; }

    // Signs in; on success fetches /v1/me, then emits signedIn(). With remember, stores the refresh token in
    // the keychain (emits keychainUnavailable() and goes on in memory when there is none).
    void signIn(const QUrl& server, const QString& email, const QString& password, bool remember);
    // Uses the last server/account and its keychain token; emits silentSignInFinished(ok).
    void trySilentSignIn();
    // Revokes the session on the server (best effort), deletes the keychain entry, emits signedOut().
    void signOut();

signals:
    void stateChanged(lp::Session::State state);
    void signedIn();
    void signInFailed(const lp::ApiError& error);
    void silentSignInFinished(bool ok);
    void keychainUnavailable(const QString& message);
    void signedOut();
    // The server refused to refresh (revoked or expired session): sign in again.
    void sessionExpired();

private:
    ApiClient* m_api;
    CredentialStore* m_credentials;
    AppSettings* m_settings;
    State m_state = State::SignedOut;
    QUrl m_server;
    proto::MeResponse m_me;
    bool m_remember = false;
    bool m_remembered = false;

    void setState(State state);
    void onTokensChanged();
    void onApiSessionExpired();
    void finishSilent(bool ok);
    // Every sign-in/out starts a new generation; answers of an older one are ignored.
    int m_generation = 0;
    QString m_email;
    // The keychain holds this session's refresh token, so each rotation must be written through.
    bool m_writeRotations = false;
};

} // namespace lp
