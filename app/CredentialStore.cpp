#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

#ifdef LP_KEYCHAIN_OVER_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace lp {

namespace {
// Whether any keychain service can answer at all. Asked only after a failure: libsecret reports a missing
// D-Bus session or Secret Service as a generic error ("Could not connect: ..."), which must not be taken
// for a broken keychain but for an absent one.
bool keychainServiceReachable()
{
#ifdef LP_KEYCHAIN_OVER_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        return false;
    }
    const QStringList services {QStringLiteral("org.freedesktop.secrets"),
                                QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd6")};
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    for (const QString& service : services) {
        if (bus.interface()->isServiceRegistered(service).value()
            || (activatable.isValid() && activatable.value().contains(service))) {
            return true;
        }
    }
    return false;
#else
    return true;
#endif
}

CredentialStore::Result resultOf(const QKeychain::Job* job)
{
    CredentialStore::Result result;
    result.errorText = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = CredentialStore::Status::Ok;
        result.errorText.clear();
        break;
    case QKeychain::EntryNotFound:
        result.status = CredentialStore::Status::NotFound;
        break;
    // libsecret reports a missing Secret Service (no D-Bus session, no daemon) as AccessDenied; as for
    // a platform without a backend, the session then stays in memory only.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
        result.status = CredentialStore::Status::Unavailable;
        break;
    default:
        result.status = keychainServiceReachable() ? CredentialStore::Status::Failed
                                                   : CredentialStore::Status::Unavailable;
        break;
    }
    return result;
}

// Common set-up of every keychain job: never the plaintext fallback, and the job cleans up after itself.
template<typename JobType>
JobType* makeJob(const QString& service, const QString& key)
{
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

template<typename JobType>
void run(JobType* job, QObject* context, CredentialStore::Callback done)
{
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job* finishedJob) {
                         CredentialStore::Result result = resultOf(finishedJob);
                         if (result.status == CredentialStore::Status::Ok) {
                             if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finishedJob)) {
                                 result.secret = read->textData();
                             }
                         }
                         if (done) {
                             done(result);
                         }
                     });
    job->start();
}
} // namespace

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString CredentialStore::keyFor(const QUrl& server, const QString& email)
{
    const QString scheme = server.scheme().toLower();
    const int port = server.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3 %4")
        .arg(scheme, server.host().toLower())
        .arg(port)
        .arg(email.trimmed().toLower());
}

void CredentialStore::readRefreshToken(const QUrl& server, const QString& email, QObject* context,
                                       Callback done)
{
    run(makeJob<QKeychain::ReadPasswordJob>(m_service, keyFor(server, email)), context ? context : this,
        std::move(done));
}

void CredentialStore::writeRefreshToken(const QUrl& server, const QString& email, const QString& token,
                                        QObject* context, Callback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, keyFor(server, email));
    job->setTextData(token);
    run(job, context ? context : this, std::move(done));
}

void CredentialStore::deleteRefreshToken(const QUrl& server, const QString& email, QObject* context,
                                         Callback done)
{
    run(makeJob<QKeychain::DeletePasswordJob>(m_service, keyFor(server, email)), context ? context : this,
        std::move(done));
}

namespace {
QString cacheKeyName(const QUrl& server, const QString& email)
{
    return CredentialStore::keyFor(server, email) + QStringLiteral(" offline-cache");
}
} // namespace

void CredentialStore::readCacheKey(const QUrl& server, const QString& email, QObject* context, Callback done)
{
    run(makeJob<QKeychain::ReadPasswordJob>(m_service, cacheKeyName(server, email)), context ? context : this,
        std::move(done));
}

void CredentialStore::writeCacheKey(const QUrl& server, const QString& email, const QString& key,
                                    QObject* context, Callback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, cacheKeyName(server, email));
    job->setTextData(key);
    run(job, context ? context : this, std::move(done));
}

void CredentialStore::deleteCacheKey(const QUrl& server, const QString& email, QObject* context,
                                     Callback done)
{
    run(makeJob<QKeychain::DeletePasswordJob>(m_service, cacheKeyName(server, email)),
        context ? context : this, std::move(done));
}

} // namespace lp
