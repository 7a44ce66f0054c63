#pragma once

#include "ApiJob.h"
#include "TokenPair.h"

#include <DeviceListQuery.h>
#include <OfflineLicense.h>
#include <Order.h>
#include <Payments.h>
#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <Quote.h>
#include <ScanSettings.h>
#include <UsageQuery.h>
#include <chrono>

namespace lp {

class OfflineCache;

// The one door to the license server. Builds requests (X-Request-ID, bearer token, JSON), applies a
// transfer timeout, retries only idempotent requests on transport failures, and on a 401 refreshes the
// access token once (coalescing concurrent 401s) and replays the request.
//
// With an open offline cache, it keeps the answers of the cached GETs there. When such a GET cannot reach the
// server (refused, unknown host, timeout; never a 4xx/5xx answer, never another method) the client goes
// offline and answers from the cache (ApiJob::fromCache()); while offline, cached GETs are answered from
// there at once, everything else still goes to the server. The first answer of the server ends it.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    // `network` may be injected (tests of faults a real server cannot produce); else the client makes one
    // that honours the system proxy.
    explicit ApiClient(QNetworkAccessManager* network = nullptr, QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }

    void setTokens(const proto::TokenPair& tokens);
    void clearTokens();
    bool hasRefreshToken() const { return !m_tokens.refreshToken.isEmpty(); }
    QString refreshToken() const { return m_tokens.refreshToken; }
    // Installs only a refresh token (silent sign-in from the keychain); the next call refreshes first.
    void setRefreshToken(const QString& refreshToken);

    // Certificates the user chose to trust despite verification errors, as SHA-256 digests.
    void setTrustedCertificates(const QList<QByteArray>& sha256Digests);

    // Not owned; may be null. Closing it ends the offline state.
    void setOfflineCache(OfflineCache* cache);
    OfflineCache* offlineCache() const;
    // Offline: the server could not be reached, and cached answers stand in for it (read-only: what
    // writes will fail until the server answers again).
    bool isOffline() const { return m_offline; }
    QDateTime offlineSince() const { return m_offlineSince; }
    // GET /v1/me from the server itself, never from the cache and without retries: whether it can be
    // reached again (a success ends the offline state). value<proto::MeResponse>
    ApiJob* checkConnection();

    // Typed calls; each returns a job whose value<T>() is the parsed answer.
    ApiJob* login(const QString& email,
                  const QString& password); // value<proto::TokenPair>; stores the tokens
    ApiJob* refresh(); // value<proto::TokenPair>; stores the tokens
    ApiJob* logout(); // revokes the session; clears the tokens
    ApiJob* fetchMe(); // value<proto::MeResponse>
    ApiJob* fetchLicenses(); // value<proto::LicenseList>
    ApiJob* fetchLicense(const QString& id, bool revealKey); // value<proto::License>
    ApiJob* fetchDevices(const QString& licenseId,
                         const proto::DeviceListQuery& query); // value<proto::DevicePage>
    ApiJob* fetchRefreshPreview(const QString& licenseId); // value<proto::DeviceRefreshPreview>
    ApiJob* fetchUsage(const QString& licenseId, const proto::UsageQuery& query); // value<proto::UsageReport>
    ApiJob* fetchQuota(const QString& licenseId); // value<proto::QuotaStatus>
    ApiJob* fetchScanSettings(const QString& licenseId); // value<proto::ScanSettings>
    // PUT replaces the settings as a whole, so a retry is safe; answers the stored settings.
    ApiJob* saveScanSettings(const QString& licenseId,
                             const proto::ScanSettings& settings); // value<proto::ScanSettings>

    // Checkout.
    ApiJob* fetchPaymentConfig(); // value<proto::PaymentConfig>
    ApiJob* createQuote(const proto::QuoteRequest& request); // value<proto::Quote>
    // Sent with the Idempotency-Key, so the job may retry it after a transport failure: the server answers
    // a repeated key with the order it already made and never charges twice. One key per payment attempt.
    ApiJob* createOrder(const proto::OrderRequest& request,
                        const QString& idempotencyKey); // value<proto::Order>
    ApiJob* fetchOrders(); // value<proto::OrderList>
    ApiJob* fetchOrder(const QString& orderId); // value<proto::Order>
    // Cancelling a cancelled order answers it again, so a retry is safe.
    ApiJob* cancelOrder(const QString& orderId); // value<proto::Order>
    // Goes to the payment provider's endpoint (from the payment config) with its publishable key, not to
    // the license server: the card number never reaches the portal. value<proto::CardToken>
    ApiJob* tokenizeCard(const proto::PaymentConfig& config, const proto::CardDetails& card);

    // Offline licenses.
    ApiJob* fetchSigningKeys(); // value<proto::SigningKeyList>
    // Not retried: each call issues a new signed file (the seat is taken once per device hash).
    ApiJob*
    issueOfflineLicense(const QString& licenseId,
                        const proto::OfflineActivationRequest& request); // value<proto::OfflineLicenseFile>

signals:
    // After login or a refresh: the new refresh token must replace the stored one.
    void tokensChanged(const lp::proto::TokenPair& tokens);
    // A refresh was refused: the user has to sign in again.
    void sessionExpired();
    // Entering (since: when) or leaving (since invalid) the offline state.
    void offlineChanged(bool offline, const QDateTime& since);

private:
    friend class ApiJob;
    ApiJob* makeJob(QNetworkAccessManager::Operation operation, const QString& path, const QJsonObject* body,
                    ApiJob::Parser parser, bool idempotent, bool authenticated);
    // As makeJob, to any URL (the payment provider), with the caller's extra headers.
    ApiJob* makeJobFor(QNetworkAccessManager::Operation operation, QNetworkRequest request,
                       const QJsonObject* body, ApiJob::Parser parser, bool idempotent, bool authenticated);
    void start(ApiJob* job);
    // A job got a 401 (or has no access token yet): park it until a refresh (shared by all) finishes.
    void waitForRefresh(ApiJob* job);
    void onRefreshFinished(ApiJob* refreshJob);
    void setOffline(bool offline);
    void keepAnswer(const ApiJob* job, const QByteArray& body);
    // Completes `job` with the cache's answer, if there is one; `unreachable`: the server could not be
    // reached for it (which starts the offline state).
    bool answerFromCache(ApiJob* job, bool unreachable);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout {15000};
    proto::TokenPair m_tokens;
    QList<QByteArray> m_trustedCertificates;
    QPointer<ApiJob> m_refreshJob;
    QList<QPointer<ApiJob>> m_waitingForRefresh;
    QPointer<OfflineCache> m_cache;
    bool m_offline = false;
    QDateTime m_offlineSince;
};

} // namespace lp
