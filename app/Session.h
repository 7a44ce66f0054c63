#pragma once

#include "ApiError.h"
#include "MeResponse.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>

namespace lp {

class ApiClient;
class ApiJob;
class AppSettings;
class CredentialStore;

// The signed-in state of the portal: signs in with a password or silently from the keychain, keeps the
// keychain's refresh token in step with rotation, and signs out.
//
// A remembered sign-in also keeps the account's offline cache (the ApiClient's), sealed under a key kept in
// the keychain beside the refresh token: no keychain, no cache. When the server cannot be reached, a silent
// sign-in still succeeds from the cache, offline; signing out (or a refused session) deletes the cache and
// its key. Offline, the session tries to reach the server every reconnectInterval() and when the network
// comes back, and says reconnected() when it did.
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

    // Signed in, but the server cannot be reached: what is shown comes from the offline cache, read-only.
    bool isOffline() const;
    QDateTime offlineSince() const;
    // When the newest answer in the offline cache was received: the age of what is shown offline.
    QDateTime cachedDataTime() const;
    void setReconnectInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds reconnectInterval() const;
    // Offline: asks the server now whether it answers again (one attempt at a time).
    void reconnectNow();

signals:
    void stateChanged(lp::Session::State state);
    void signedIn();
    void signInFailed(const lp::ApiError& error);
    void silentSignInFinished(bool ok);
    void keychainUnavailable(const QString& message);
    void signedOut();
    // The server refused to refresh (revoked or expired session): sign in again.
    void sessionExpired();
    void offlineChanged(bool offline);
    // Online again after being offline, me() fresh from the server: what is shown should be reloaded.
    void reconnected();

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
    // Opens the account's offline cache with its key from the keychain (made on first use), then calls
    // `then` (also when there is no cache: no keychain, or no cache object).
    void openCache(int generation, std::function<void()> then);
    void closeCache();
    // Deletes an account's offline cache and its key.
    void forgetCache(const QUrl& server, const QString& email);
    void onOfflineChanged(bool offline);
    void watchNetwork();
    QTimer m_reconnectTimer;
    QPointer<ApiJob> m_probe;
    bool m_watchingNetwork = false;
    // Every sign-in/out starts a new generation; answers of an older one are ignored.
    int m_generation = 0;
    QString m_email;
    // The keychain holds this session's refresh token, so each rotation must be written through.
    bool m_writeRotations = false;
};

} // namespace lp
