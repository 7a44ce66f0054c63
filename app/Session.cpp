#include "Session.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "CredentialStore.h"

namespace lp {

Session::Session(ApiClient* api, CredentialStore* credentials, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
    , m_settings(settings)
{
    connect(m_api, &ApiClient::tokensChanged, this, &Session::onTokensChanged);
    connect(m_api, &ApiClient::sessionExpired, this, &Session::onApiSessionExpired);
}

void Session::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void Session::signIn(const QUrl& server, const QString& email, const QString& password, bool remember)
{
    const int generation = ++m_generation;
    m_server = server;
    m_email = email.trimmed();
    m_remember = remember;
    m_remembered = false;
    m_writeRotations = false;
    m_me = {};
    m_api->setBaseUrl(server);
    // Certificates the user chose to trust for this host (stored by the UI through AppSettings).
    m_api->setTrustedCertificates(m_settings->trustedCertificates(server.host()));
    m_api->clearTokens();
    setState(State::SigningIn);

    auto fail = [this](const ApiError& error) {
        m_api->clearTokens();
        setState(State::SignedOut);
        emit signInFailed(error);
    };
    connect(m_api->login(m_email, password), &ApiJob::finished, this, [=](ApiJob* login) {
        if (generation != m_generation) {
            return;
        }
        if (!login->succeeded()) {
            fail(login->error());
            return;
        }
        connect(m_api->fetchMe(), &ApiJob::finished, this, [=](ApiJob* me) {
            if (generation != m_generation) {
                return;
            }
            if (!me->succeeded()) {
                fail(me->error());
                return;
            }
            m_me = *me->value<proto::MeResponse>();
            m_settings->setLastServer(m_server);
            m_settings->setLastEmail(m_email);
            m_settings->setRememberMe(m_remember);

            auto signedInNow = [this] {
                setState(State::SignedIn);
                emit signedIn();
            };
            if (!m_remember) {
                // Not remembered: a token stored by an earlier "remember me" must not sign in next time.
                m_credentials->deleteRefreshToken(m_server, m_email, this, {});
                signedInNow();
                return;
            }
            // signedIn() waits for the keychain, so that "remembered" is true once the UI hears of it.
            m_credentials->writeRefreshToken(
                m_server, m_email, m_api->refreshToken(), this, [=](const CredentialStore::Result& result) {
                    if (generation != m_generation) {
                        return;
                    }
                    m_remembered = result.status == CredentialStore::Status::Ok;
                    m_writeRotations = m_remembered;
                    if (result.status == CredentialStore::Status::Unavailable) {
                        emit keychainUnavailable(
                            tr("No keychain is available: you will have to sign in again next time."));
                    } else if (!m_remembered) {
                        emit keychainUnavailable(tr("The keychain could not store your sign-in (%1): you "
                                                    "will have to sign in again "
                                                    "next time.")
                                                     .arg(result.errorText));
                    }
                    signedInNow();
                });
        });
    });
}

void Session::trySilentSignIn()
{
    const int generation = ++m_generation;
    if (!m_settings->rememberMe() || m_settings->lastEmail().isEmpty()) {
        // Queued like every other answer, so that callers see one behaviour.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation) {
                    emit silentSignInFinished(false);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_server = m_settings->lastServer();
    m_email = m_settings->lastEmail();
    m_remember = true;
    m_remembered = false;
    m_writeRotations = false;
    setState(State::SigningIn);

    m_credentials->readRefreshToken(m_server, m_email, this, [=](const CredentialStore::Result& stored) {
        if (generation != m_generation) {
            return;
        }
        if (stored.status != CredentialStore::Status::Ok || stored.secret.isEmpty()) {
            finishSilent(false);
            return;
        }
        m_api->setBaseUrl(m_server);
        m_api->setTrustedCertificates(m_settings->trustedCertificates(m_server.host()));
        m_api->setRefreshToken(stored.secret);
        // The first call refreshes first, which rotates the stored token: write it through from now on.
        m_writeRotations = true;
        connect(m_api->fetchMe(), &ApiJob::finished, this, [=](ApiJob* me) {
            if (generation != m_generation) {
                return;
            }
            if (!me->succeeded()) {
                const ApiError& error = me->error();
                if (error.kind == ApiError::Kind::Http && error.status >= 400 && error.status < 500) {
                    // The stored token was refused (revoked, expired, reused): it will never work again.
                    m_credentials->deleteRefreshToken(m_server, m_email, this, {});
                }
                m_api->clearTokens();
                m_writeRotations = false;
                finishSilent(false);
                return;
            }
            m_me = *me->value<proto::MeResponse>();
            m_remembered = true;
            setState(State::SignedIn);
            emit signedIn();
            emit silentSignInFinished(true);
        });
    });
}

void Session::finishSilent(bool ok)
{
    setState(ok ? State::SignedIn : State::SignedOut);
    emit silentSignInFinished(ok);
}

void Session::signOut()
{
    ++m_generation;
    // Best effort: the local state changes at once, whatever the server answers (or if it is down).
    if (m_api->hasRefreshToken()) {
        m_api->logout();
    }
    m_api->clearTokens();
    if (!m_email.isEmpty()) {
        m_credentials->deleteRefreshToken(m_server, m_email, this, {});
    }
    m_remembered = false;
    m_writeRotations = false;
    m_me = {};
    setState(State::SignedOut);
    emit signedOut();
}

void Session::onTokensChanged()
{
    if (!m_writeRotations || !m_remember) {
        return;
    }
    // The server refuses a rotated-out refresh token, so the keychain must always hold the newest one.
    m_credentials->writeRefreshToken(m_server, m_email, m_api->refreshToken(), this,
                                     [this](const CredentialStore::Result& result) {
                                         if (result.status != CredentialStore::Status::Ok) {
                                             m_remembered = false;
                                         }
                                     });
}

void Session::onApiSessionExpired()
{
    // During a silent sign-in the refused refresh is that sign-in's failure, reported there.
    if (m_state != State::SignedIn) {
        return;
    }
    ++m_generation;
    if (m_remembered) {
        m_credentials->deleteRefreshToken(m_server, m_email, this, {});
    }
    m_remembered = false;
    m_writeRotations = false;
    m_me = {};
    setState(State::SignedOut);
    emit sessionExpired();
}

} // namespace lp
