#include "Session.h"

#include "ApiClient.h"
#include "AppSettings.h"
#include "CredentialStore.h"
#include "OfflineCache.h"

#include <ApiPaths.h>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkInformation>

namespace lp {

namespace {
Q_LOGGING_CATEGORY(lcSession, "lp.session")
constexpr std::chrono::milliseconds kDefaultReconnectInterval {30000};
} // namespace

Session::Session(ApiClient* api, CredentialStore* credentials, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
    , m_settings(settings)
{
    connect(m_api, &ApiClient::tokensChanged, this, &Session::onTokensChanged);
    connect(m_api, &ApiClient::sessionExpired, this, &Session::onApiSessionExpired);
    connect(m_api, &ApiClient::offlineChanged, this, &Session::onOfflineChanged);
    m_reconnectTimer.setInterval(kDefaultReconnectInterval);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Session::reconnectNow);
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
    // Nothing of this sign-in may land in another account's cache: it opens again once the account is known.
    closeCache();

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
            // Another account signed in last: its cache can never be used again, and must not stay here.
            const QUrl lastServer = m_settings->lastServer();
            const QString lastEmail = m_settings->lastEmail();
            if (!lastEmail.isEmpty()
                && CredentialStore::keyFor(lastServer, lastEmail)
                    != CredentialStore::keyFor(m_server, m_email)) {
                forgetCache(lastServer, lastEmail);
            }
            m_settings->setLastServer(m_server);
            m_settings->setLastEmail(m_email);
            m_settings->setRememberMe(m_remember);

            auto signedInNow = [this] {
                setState(State::SignedIn);
                emit signedIn();
            };
            if (!m_remember) {
                // Not remembered: a token stored by an earlier "remember me" must not sign in next time, and
                // nothing of the account stays on this computer.
                m_credentials->deleteRefreshToken(m_server, m_email, this, {});
                forgetCache(m_server, m_email);
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
                            tr("No keychain is available: you will have to sign in again "
                               "next time, and nothing is kept for offline use."));
                    } else if (!m_remembered) {
                        emit keychainUnavailable(tr("The keychain could not store your sign-in (%1): you "
                                                    "will have to sign in again next time, and nothing is "
                                                    "kept for offline use.")
                                                     .arg(result.errorText));
                    }
                    if (!m_remembered) {
                        signedInNow();
                        return;
                    }
                    openCache(generation, [=] {
                        // The account itself, for a start without the server (the answer above came before
                        // the cache was open).
                        if (OfflineCache* cache = m_api->offlineCache(); cache && cache->isOpen()) {
                            cache->store(QLatin1String(api::kMe),
                                         QJsonDocument(m_me.toJson()).toJson(QJsonDocument::Compact));
                        }
                        signedInNow();
                    });
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
    closeCache();

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
        // Open before the first call: without the server, the account and its data come from there.
        openCache(generation, [=] {
            connect(m_api->fetchMe(), &ApiJob::finished, this, [=](ApiJob* me) {
                if (generation != m_generation) {
                    return;
                }
                if (!me->succeeded()) {
                    const ApiError& error = me->error();
                    if (error.kind == ApiError::Kind::Http && error.status >= 400 && error.status < 500) {
                        // The stored token was refused (revoked, expired, reused): it will never work again,
                        // and neither will the cache that goes with it.
                        m_credentials->deleteRefreshToken(m_server, m_email, this, {});
                        forgetCache(m_server, m_email);
                    } else {
                        closeCache(); // no server and nothing kept: the sign-in dialog
                    }
                    m_api->clearTokens();
                    m_writeRotations = false;
                    finishSilent(false);
                    return;
                }
                // From the cache when the server cannot be reached: signed in, offline.
                m_me = *me->value<proto::MeResponse>();
                m_remembered = true;
                setState(State::SignedIn);
                emit signedIn();
                emit silentSignInFinished(true);
            });
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
    // A shared computer must not keep the account's data: the cache and its key go with the sign-in.
    if (!m_email.isEmpty()) {
        forgetCache(m_server, m_email);
    }
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
    forgetCache(m_server, m_email);
    emit sessionExpired();
}

bool Session::isOffline() const
{
    return m_api->isOffline();
}

QDateTime Session::offlineSince() const
{
    return m_api->offlineSince();
}

QDateTime Session::cachedDataTime() const
{
    const OfflineCache* cache = m_api->offlineCache();
    return cache ? cache->lastStored() : QDateTime();
}

void Session::setReconnectInterval(std::chrono::milliseconds interval)
{
    m_reconnectTimer.setInterval(interval);
}

std::chrono::milliseconds Session::reconnectInterval() const
{
    return m_reconnectTimer.intervalAsDuration();
}

void Session::openCache(int generation, std::function<void()> then)
{
    OfflineCache* cache = m_api->offlineCache();
    if (!cache) {
        then();
        return;
    }
    const QUrl server = m_server;
    const QString email = m_email;
    m_credentials->readCacheKey(server, email, this, [=](const CredentialStore::Result& stored) {
        if (generation != m_generation) {
            return;
        }
        const QByteArray storedKey
            = QByteArray::fromBase64(stored.secret.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (stored.status == CredentialStore::Status::Ok && storedKey.size() == SealedBox::kKeyBytes) {
            if (!cache->open(server, email, storedKey)) {
                qCWarning(lcSession) << "the offline cache could not be opened; going on without it";
            }
            then();
            return;
        }
        if (stored.status != CredentialStore::Status::NotFound
            && stored.status != CredentialStore::Status::Ok) {
            then(); // no keychain, no cache: its key could be kept nowhere safe
            return;
        }
        // The first remembered sign-in of the account (or a damaged key): a new key. A file left by a lost
        // key is unreadable.
        cache->remove(server, email);
        const QByteArray key = SealedBox::randomKey();
        if (key.isEmpty()) {
            then();
            return;
        }
        m_credentials->writeCacheKey(
            server, email, QString::fromLatin1(key.toBase64()), this,
            [=](const CredentialStore::Result& written) {
                if (generation != m_generation) {
                    return;
                }
                if (written.status == CredentialStore::Status::Ok) {
                    cache->open(server, email, key);
                } else {
                    emit keychainUnavailable(tr("The keychain could not store the key of the offline cache "
                                                "(%1): nothing is kept for offline use.")
                                                 .arg(written.errorText));
                }
                then();
            });
    });
}

void Session::closeCache()
{
    if (OfflineCache* cache = m_api->offlineCache()) {
        cache->close();
    }
}

void Session::forgetCache(const QUrl& server, const QString& email)
{
    if (OfflineCache* cache = m_api->offlineCache()) {
        cache->remove(server, email);
    }
    m_credentials->deleteCacheKey(server, email, this, {});
}

void Session::onOfflineChanged(bool offline)
{
    emit offlineChanged(offline);
    if (offline) {
        watchNetwork();
        m_reconnectTimer.start();
        return;
    }
    m_reconnectTimer.stop();
    // A closed cache (sign-out, another account) ends the offline state too, but that is no reconnection.
    const OfflineCache* cache = m_api->offlineCache();
    if (m_state != State::SignedIn || !cache || !cache->isOpen()) {
        return;
    }
    const int generation = m_generation;
    connect(m_api->fetchMe(), &ApiJob::finished, this, [this, generation](ApiJob* me) {
        if (generation != m_generation || !me->succeeded() || me->fromCache()) {
            return; // offline again: the next attempt will tell
        }
        m_me = *me->value<proto::MeResponse>();
        emit reconnected();
    });
}

void Session::reconnectNow()
{
    if (!m_api->isOffline() || m_state == State::SignedOut || m_probe) {
        return;
    }
    m_reconnectTimer.start(); // the next attempt a whole interval after this one
    // The client leaves the offline state by itself when the server answers (onOfflineChanged()).
    m_probe = m_api->checkConnection();
}

void Session::watchNetwork()
{
    if (m_watchingNetwork) {
        return;
    }
    m_watchingNetwork = true;
    // The platform says when the network comes back (NetworkManager here); without a backend the timer
    // alone retries.
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return;
    }
    QNetworkInformation* network = QNetworkInformation::instance();
    if (!network || !network->supports(QNetworkInformation::Feature::Reachability)) {
        return;
    }
    connect(network, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability != QNetworkInformation::Reachability::Disconnected) {
                    reconnectNow();
                }
            });
}

} // namespace lp
