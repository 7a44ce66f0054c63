#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <any>
#include <functional>

class QNetworkReply;

namespace lp::proto {
struct FieldError;
}

namespace lp {

class ApiClient;

// One HTTP request to the license server. Its result is set once and finished() is emitted exactly
// once, also on timeout, cancellation or a malformed answer. The job deletes itself after finished()
// (deleteLater), so connect before returning to the event loop and do not keep the pointer.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    // Turns a successful JSON body into the typed value of this request; returns an empty std::any and
    // appends to errors when the body breaks the contract.
    using Parser = std::function<std::any(const QJsonObject&, QList<proto::FieldError>*)>;

    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_status; }
    QString requestId() const { return m_requestId; }
    // The server could not be reached and the answer is the one kept in the offline cache, received at
    // cachedAt() (see ApiClient::isOffline()).
    bool fromCache() const { return m_fromCache; }
    QDateTime cachedAt() const { return m_cachedAt; }
    // The typed value produced by the parser, or nullptr (wrong T, failure, or a body-less answer).
    template<typename T>
    const T* value() const
    {
        return std::any_cast<T>(&m_value);
    }

    void cancel();

signals:
    void finished(lp::ApiJob* job);

private:
    friend class ApiClient;
    ApiJob(ApiClient* client, QNetworkAccessManager::Operation operation, QNetworkRequest request,
           QByteArray body, Parser parser, bool idempotent, bool authenticated);

    // Sends (or re-sends) the request; the bearer token is taken from the client at each attempt.
    void send();
    void onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors);
    void onReplyFinished(QNetworkReply* reply);
    void guardSize(QNetworkReply* reply);
    bool retryLater();
    // Sets the result once and emits finished() on the next turn of the event loop.
    void complete(ApiError error, std::any value = {});
    ApiError errorFrom(ApiError::Kind kind, const QString& detail) const;
    ApiError httpError(int status, const QByteArray& body, const QByteArray& retryAfter) const;
    // After a transport failure: completes with the offline cache's answer, if it has one.
    bool answerFromCache(const ApiError& error);

    QNetworkAccessManager::Operation m_operation = QNetworkAccessManager::GetOperation;
    // Runs before finished() on success (e.g. the client storing new tokens).
    std::function<void(ApiJob*)> m_onSuccess;
    // Set by the client: the 401 error to report if the refresh this job waits for is refused.
    ApiError m_pendingError;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peerCertificate;
    QString m_sentAccessToken; // the access token of the last attempt
    bool m_replayed = false; // replayed once after a refresh; a second 401 is final
    bool m_cancelled = false;
    bool m_tooLarge = false;
    // Offline cache: the request's path and query when its answers are kept (a GET of a cached kind), set by
    // the client; the answer came from there.
    QString m_cachePath;
    quint64 m_cacheEpoch = 0; // the cache's epoch when the request was made
    bool m_toServer = false; // to the license server (not the payment provider): its answers mean "online"
    bool m_fromCache = false;
    QDateTime m_cachedAt;

    QPointer<ApiClient> m_client;
    QNetworkRequest m_request;
    QByteArray m_body;
    Parser m_parser;
    bool m_idempotent = false;
    bool m_authenticated = false;
    int m_attempt = 0;
    bool m_finished = false;
    int m_status = 0;
    QString m_requestId;
    ApiError m_error;
    std::any m_value;
    QPointer<QNetworkReply> m_reply;
};

} // namespace lp
