#include "ApiClient.h"

#include "ApiPaths.h"
#include "Clock.h"
#include "DevicePage.h"
#include "DeviceRefreshPreview.h"
#include "JsonReader.h"
#include "LicenseList.h"
#include "LoginRequest.h"
#include "MeResponse.h"
#include "OfflineCache.h"
#include "QuotaStatus.h"
#include "RefreshRequest.h"
#include "UsageReport.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkProxyFactory>
#include <QUrlQuery>

namespace lp {

namespace {
// The system proxy for everything but loopback: a corporate http_proxy must not swallow the local demo
// server (or the tests' servers on 127.0.0.1).
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        const QString host = query.peerHostName();
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || QHostAddress(host).isLoopback()) {
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        }
        return systemProxyForQuery(query);
    }
};

template<typename T>
ApiJob::Parser parserFor()
{
    return [](const QJsonObject& json, QList<proto::FieldError>* errors) -> std::any {
        auto parsed = T::fromJson(json, errors);
        return parsed ? std::any(std::move(*parsed)) : std::any();
    };
}

QString licensePath(const QString& licenseId)
{
    return QLatin1String(api::kLicenses) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(licenseId));
}

QString orderPath(const QString& orderId)
{
    return QLatin1String(api::kOrders) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(orderId));
}
} // namespace

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxyFactory(new SystemProxyFactory); // the manager takes ownership
    }
}

void ApiClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void ApiClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void ApiClient::setTokens(const proto::TokenPair& tokens)
{
    m_tokens = tokens;
}

void ApiClient::clearTokens()
{
    m_tokens = {};
}

void ApiClient::setRefreshToken(const QString& refreshToken)
{
    m_tokens = {};
    m_tokens.refreshToken = refreshToken;
}

void ApiClient::setTrustedCertificates(const QList<QByteArray>& sha256Digests)
{
    m_trustedCertificates = sha256Digests;
}

ApiJob* ApiClient::makeJob(QNetworkAccessManager::Operation operation, const QString& path,
                           const QJsonObject* body, ApiJob::Parser parser, bool idempotent,
                           bool authenticated)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    const qsizetype queryStart = path.indexOf(QLatin1Char('?'));
    url.setPath(basePath + path.left(queryStart), QUrl::TolerantMode);
    if (queryStart >= 0) {
        url.setQuery(path.mid(queryStart + 1));
    }
    ApiJob* job
        = makeJobFor(operation, QNetworkRequest(url), body, std::move(parser), idempotent, authenticated);
    job->m_toServer = true;
    if (operation == QNetworkAccessManager::GetOperation && OfflineCache::isCached(path)) {
        job->m_cachePath = path;
        job->m_cacheEpoch = m_cache ? m_cache->epoch() : 0;
    }
    return job;
}

ApiJob* ApiClient::makeJobFor(QNetworkAccessManager::Operation operation, QNetworkRequest request,
                              const QJsonObject* body, ApiJob::Parser parser, bool idempotent,
                              bool authenticated)
{
    request.setRawHeader("Accept", QByteArray(api::kJsonContentType) + ", " + api::kProblemContentType);
    // Qt follows redirects to any host by default and replays a body on 307/308; a body here carries a
    // password or a refresh token, so a redirect is an answer to report, never to follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(api::kJsonContentType));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    return new ApiJob(this, operation, request, payload, std::move(parser), idempotent, authenticated);
}

void ApiClient::start(ApiJob* job)
{
    // Offline, a cached answer comes at once: each request would otherwise wait for the network to fail.
    if (m_offline && !job->m_cachePath.isEmpty() && answerFromCache(job, false)) {
        return;
    }
    // Silent sign-in installs only a refresh token: get an access token before the first call.
    if (job->m_authenticated && m_tokens.accessToken.isEmpty() && hasRefreshToken()) {
        waitForRefresh(job);
        return;
    }
    job->send();
}

void ApiClient::waitForRefresh(ApiJob* job)
{
    // A 401 for a token that has been replaced meanwhile needs no new refresh: replay with the new one.
    if (!job->m_sentAccessToken.isEmpty() && !m_tokens.accessToken.isEmpty()
        && job->m_sentAccessToken != m_tokens.accessToken) {
        job->m_replayed = true;
        job->send();
        return;
    }
    m_waitingForRefresh.append(job);
    if (!m_refreshJob) {
        refresh(); // sets m_refreshJob; concurrent 401s wait for this one
    }
}

void ApiClient::onRefreshFinished(ApiJob* refreshJob)
{
    // Cleared now, not when the job is deleted later: a 401 arriving in between must start a new refresh
    // instead of waiting for this finished one forever.
    m_refreshJob.clear();
    const QList<QPointer<ApiJob>> waiting = std::exchange(m_waitingForRefresh, {});
    if (refreshJob->succeeded()) {
        for (const QPointer<ApiJob>& job : waiting) {
            if (job && !job->m_finished) {
                job->m_replayed = true;
                job->send();
            }
        }
        return;
    }
    const ApiError& error = refreshJob->error();
    // The server said no (revoked, reused or expired refresh token): the session is over. A transport
    // failure is not a refusal, so the tokens stay; but if the server did rotate the token before the
    // answer was lost, the next refresh presents a used token and reuse detection ends the session:
    // the user then signs in again, which is the price of detecting stolen refresh tokens.
    const bool refused = error.kind == ApiError::Kind::Http && error.status >= 400 && error.status < 500
        && error.status != 429;
    if (refused) {
        clearTokens();
    }
    for (const QPointer<ApiJob>& job : waiting) {
        if (job && !job->m_finished) {
            job->complete(refused && job->m_pendingError.isError() ? job->m_pendingError : error);
        }
    }
    if (refused) {
        emit sessionExpired();
    }
}

void ApiClient::setOfflineCache(OfflineCache* cache)
{
    if (m_cache) {
        disconnect(m_cache, nullptr, this, nullptr);
    }
    m_cache = cache;
    if (m_cache) {
        // Another account's cache, or none: what this one showed offline is gone.
        connect(m_cache, &OfflineCache::openChanged, this, [this](bool open) {
            if (!open) {
                setOffline(false);
            }
        });
    }
    if (!m_cache || !m_cache->isOpen()) {
        setOffline(false);
    }
}

OfflineCache* ApiClient::offlineCache() const
{
    return m_cache.data();
}

void ApiClient::setOffline(bool offline)
{
    if (offline == m_offline) {
        return;
    }
    m_offline = offline;
    m_offlineSince = offline && m_cache ? m_cache->clock()->now() : QDateTime();
    emit offlineChanged(m_offline, m_offlineSince);
}

void ApiClient::keepAnswer(const ApiJob* job, const QByteArray& body)
{
    // A request made before the cache was (re)opened may belong to another account (a sign-out and
    // another sign-in meanwhile): its answer is not kept.
    if (m_cache && m_cache->isOpen() && job->m_cacheEpoch == m_cache->epoch()) {
        m_cache->store(job->m_cachePath, body);
    }
}

bool ApiClient::answerFromCache(ApiJob* job, bool unreachable)
{
    // Nor is a request of another account (made before the cache changed hands) answered from this one.
    if (!m_cache || !m_cache->isOpen() || job->m_cacheEpoch != m_cache->epoch()) {
        return false;
    }
    if (unreachable) {
        setOffline(true);
    }
    const auto entry = m_cache->lookup(job->m_cachePath);
    if (!entry || !job->m_parser) {
        return false;
    }
    proto::FieldErrors errors;
    const auto object = proto::parseJsonObject(entry->body, &errors);
    std::any value = object ? job->m_parser(*object, &errors) : std::any();
    if (!value.has_value()) {
        return false; // kept by an older client that read the contract differently
    }
    job->m_fromCache = true;
    job->m_cachedAt = entry->fetchedAt;
    job->complete({}, std::move(value));
    return true;
}

ApiJob* ApiClient::checkConnection()
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, QLatin1String(api::kMe), nullptr,
                          parserFor<proto::MeResponse>(), false, true);
    job->m_cachePath.clear(); // the server itself, or a failure
    start(job);
    return job;
}

ApiJob* ApiClient::login(const QString& email, const QString& password)
{
    const QJsonObject body = proto::LoginRequest {email, password}.toJson();
    ApiJob* job = makeJob(QNetworkAccessManager::PostOperation, QLatin1String(api::kLogin), &body,
                          parserFor<proto::TokenPair>(), false, false);
    job->m_onSuccess = [this](ApiJob* done) {
        m_tokens = *done->value<proto::TokenPair>();
        emit tokensChanged(m_tokens);
    };
    start(job);
    return job;
}

ApiJob* ApiClient::refresh()
{
    if (m_refreshJob && !m_refreshJob->m_finished) {
        return m_refreshJob; // one refresh at a time: a rotated token can be used only once
    }
    const QJsonObject body = proto::RefreshRequest {m_tokens.refreshToken}.toJson();
    // Not idempotent: a retried refresh would present an already rotated token and be refused.
    ApiJob* job = makeJob(QNetworkAccessManager::PostOperation, QLatin1String(api::kRefresh), &body,
                          parserFor<proto::TokenPair>(), false, false);
    job->m_onSuccess = [this](ApiJob* done) {
        m_tokens = *done->value<proto::TokenPair>();
        emit tokensChanged(m_tokens);
    };
    m_refreshJob = job;
    connect(job, &ApiJob::finished, this, &ApiClient::onRefreshFinished);
    job->send();
    return job;
}

ApiJob* ApiClient::logout()
{
    const QJsonObject body = proto::RefreshRequest {m_tokens.refreshToken}.toJson();
    // Revoking twice is harmless, so it may be retried. The refresh token in the body names the session;
    // no bearer token is needed.
    ApiJob* job
        = makeJob(QNetworkAccessManager::PostOperation, QLatin1String(api::kLogout), &body, {}, true, false);
    clearTokens();
    job->send();
    return job;
}

ApiJob* ApiClient::fetchMe()
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, QLatin1String(api::kMe), nullptr,
                          parserFor<proto::MeResponse>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::fetchLicenses()
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, QLatin1String(api::kLicenses), nullptr,
                          parserFor<proto::LicenseList>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::fetchLicense(const QString& id, bool revealKey)
{
    QString path = licensePath(id);
    if (revealKey) {
        path += QLatin1Char('?') + QLatin1String(api::kRevealQuery) + QLatin1Char('=')
            + QLatin1String(api::kRevealLicenseKey);
    }
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, path, nullptr, parserFor<proto::License>(),
                          true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::fetchDevices(const QString& licenseId, const proto::DeviceListQuery& query)
{
    const QString path = licensePath(licenseId) + QLatin1String(api::kDevicesSuffix) + QLatin1Char('?')
        + query.toQuery().toString(QUrl::FullyEncoded);
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, path, nullptr, parserFor<proto::DevicePage>(),
                          true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::fetchRefreshPreview(const QString& licenseId)
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation,
                          licensePath(licenseId) + QLatin1String(api::kRefreshPreviewSuffix), nullptr,
                          parserFor<proto::DeviceRefreshPreview>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::fetchUsage(const QString& licenseId, const proto::UsageQuery& query)
{
    const QString path = licensePath(licenseId) + QLatin1String(api::kUsageSuffix) + QLatin1Char('?')
        + query.toQuery().toString(QUrl::FullyEncoded);
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, path, nullptr, parserFor<proto::UsageReport>(),
                          true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::fetchQuota(const QString& licenseId)
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation,
                          licensePath(licenseId) + QLatin1String(api::kQuotaSuffix), nullptr,
                          parserFor<proto::QuotaStatus>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::fetchScanSettings(const QString& licenseId)
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation,
                          licensePath(licenseId) + QLatin1String(api::kScanSettingsSuffix), nullptr,
                          parserFor<proto::ScanSettings>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::saveScanSettings(const QString& licenseId, const proto::ScanSettings& settings)
{
    const QJsonObject body = settings.toJson();
    ApiJob* job = makeJob(QNetworkAccessManager::PutOperation,
                          licensePath(licenseId) + QLatin1String(api::kScanSettingsSuffix), &body,
                          parserFor<proto::ScanSettings>(), true, true);
    start(job);
    return job;
}

} // namespace lp

namespace lp {

ApiJob* ApiClient::fetchPaymentConfig()
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, QLatin1String(api::kPaymentConfig), nullptr,
                          parserFor<proto::PaymentConfig>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::createQuote(const proto::QuoteRequest& request)
{
    // A retry makes a second quote, which costs nothing and is never charged.
    const QJsonObject body = request.toJson();
    ApiJob* job = makeJob(QNetworkAccessManager::PostOperation, QLatin1String(api::kQuotes), &body,
                          parserFor<proto::Quote>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::createOrder(const proto::OrderRequest& request, const QString& idempotencyKey)
{
    const QJsonObject body = request.toJson();
    ApiJob* job = makeJob(QNetworkAccessManager::PostOperation, QLatin1String(api::kOrders), &body,
                          parserFor<proto::Order>(), true, true);
    job->m_request.setRawHeader(api::kIdempotencyKeyHeader, idempotencyKey.toLatin1());
    start(job);
    return job;
}

ApiJob* ApiClient::fetchOrders()
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, QLatin1String(api::kOrders), nullptr,
                          parserFor<proto::OrderList>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::fetchOrder(const QString& orderId)
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, orderPath(orderId), nullptr,
                          parserFor<proto::Order>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::cancelOrder(const QString& orderId)
{
    const QJsonObject body;
    ApiJob* job = makeJob(QNetworkAccessManager::PostOperation,
                          orderPath(orderId) + QLatin1String(api::kCancelSuffix), &body,
                          parserFor<proto::Order>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::tokenizeCard(const proto::PaymentConfig& config, const proto::CardDetails& card)
{
    QNetworkRequest request(config.cardTokenizationUrl);
    request.setRawHeader("Authorization", "Bearer " + config.publishableKey.toLatin1());
    const QJsonObject body = card.toJson();
    // A retry after a transport failure at most makes a second token that is never charged.
    ApiJob* job = makeJobFor(QNetworkAccessManager::PostOperation, request, &body,
                             parserFor<proto::CardToken>(), true, false);
    start(job);
    return job;
}

ApiJob* ApiClient::fetchSigningKeys()
{
    ApiJob* job = makeJob(QNetworkAccessManager::GetOperation, QLatin1String(api::kSigningKeys), nullptr,
                          parserFor<proto::SigningKeyList>(), true, true);
    start(job);
    return job;
}

ApiJob* ApiClient::issueOfflineLicense(const QString& licenseId,
                                       const proto::OfflineActivationRequest& request)
{
    const QJsonObject body = request.toJson();
    ApiJob* job = makeJob(QNetworkAccessManager::PostOperation,
                          licensePath(licenseId) + QLatin1String(api::kOfflineLicensesSuffix), &body,
                          parserFor<proto::OfflineLicenseFile>(), false, true);
    start(job);
    return job;
}

} // namespace lp
