#include "ApiJob.h"

#include "ApiClient.h"
#include "ApiPaths.h"
#include "FieldError.h"
#include "JsonReader.h"
#include "Problem.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

namespace lp {

namespace {
// Answers beyond this are refused: the biggest legitimate answer (a long license list) is far smaller,
// and an unbounded body would let a broken or hostile server exhaust memory.
constexpr qint64 kMaxAnswerBytes = 8 * 1024 * 1024;
// Retries of idempotent requests after transport failures: at most two, backing off.
constexpr int kMaxRetries = 2;
constexpr int kRetryDelaysMs[kMaxRetries] = {300, 1000};

int retryAfterSeconds(const QByteArray& header)
{
    if (header.isEmpty()) {
        return 0;
    }
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok) {
        return qMax(0, seconds);
    }
    // RFC 9110 also allows an HTTP date.
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    return at.isValid() ? static_cast<int>(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at))) : 0;
}

QString describe(const proto::FieldErrors& errors)
{
    if (errors.isEmpty()) {
        return ApiError::tr("The answer does not match the API contract.");
    }
    const proto::FieldError& first = errors.first();
    if (first.field.isEmpty()) {
        return ApiError::tr("The answer is invalid: %1.").arg(first.message);
    }
    return ApiError::tr("The answer's field \"%1\" %2.").arg(first.field, first.message);
}
} // namespace

ApiJob::ApiJob(ApiClient* client, QNetworkAccessManager::Operation operation, QNetworkRequest request,
               QByteArray body, Parser parser, bool idempotent, bool authenticated)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_body(std::move(body))
    , m_parser(std::move(parser))
    , m_idempotent(idempotent)
    , m_authenticated(authenticated)
    // One id for the whole chain of attempts (retries, replay after a refresh): the server log then
    // shows them as one logical request.
    , m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_operation = operation;
}

void ApiJob::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished()
    } else {
        complete(errorFrom(ApiError::Kind::Cancelled, {}));
    }
}

void ApiJob::send()
{
    if (m_finished) {
        return;
    }
    if (!m_client) {
        complete(errorFrom(ApiError::Kind::Cancelled, {}));
        return;
    }
    QNetworkRequest request = m_request;
    m_sentAccessToken.clear();
    if (m_authenticated && !m_client->m_tokens.accessToken.isEmpty()) {
        m_sentAccessToken = m_client->m_tokens.accessToken;
        request.setRawHeader("Authorization", "Bearer " + m_sentAccessToken.toLatin1());
    }
    request.setRawHeader(api::kRequestIdHeader, m_requestId.toLatin1());
    request.setTransferTimeout(static_cast<int>(m_client->m_timeout.count()));

    QNetworkAccessManager* network = m_client->m_network;
    QNetworkReply* reply = nullptr;
    switch (m_operation) {
    case QNetworkAccessManager::GetOperation:
        reply = network->get(request);
        break;
    case QNetworkAccessManager::PutOperation:
        reply = network->put(request, m_body);
        break;
    case QNetworkAccessManager::DeleteOperation:
        reply = network->deleteResource(request);
        break;
    default:
        reply = network->post(request, m_body);
        break;
    }
    m_reply = reply;
    m_sslErrors.clear();
    m_peerCertificate.clear();
    m_tooLarge = false;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { guardSize(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply] { guardSize(reply); });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError>& errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void ApiJob::guardSize(QNetworkReply* reply)
{
    if (m_tooLarge || reply != m_reply) {
        return;
    }
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > kMaxAnswerBytes || reply->bytesAvailable() > kMaxAnswerBytes) {
        m_tooLarge = true;
        // Queued: aborting inside the reply's own signal makes it report its error twice.
        QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    }
}

void ApiJob::onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors)
{
    // Only a certificate the user trusted explicitly (by its SHA-256 digest) overrides verification.
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (m_client && !peer.isNull()
        && m_client->m_trustedCertificates.contains(peer.digest(QCryptographicHash::Sha256))) {
        reply->ignoreSslErrors();
        return;
    }
    m_sslErrors = errors;
    m_peerCertificate = peer;
}

void ApiJob::onReplyFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_reply || m_finished) {
        return;
    }
    m_reply = nullptr;
    if (m_cancelled) {
        complete(errorFrom(ApiError::Kind::Cancelled, {}));
        return;
    }
    if (m_tooLarge) {
        complete(
            errorFrom(ApiError::Kind::InvalidResponse, ApiError::tr("The answer is larger than 8 MiB.")));
        return;
    }
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status != 0 && m_toServer && m_client) {
        m_client->setOffline(false); // the server answered, whatever it said
    }
    if (m_status == 0) {
        // No HTTP answer at all: a transport failure.
        const QNetworkReply::NetworkError code = reply->error();
        ApiError::Kind kind = ApiError::Kind::Unreachable;
        if (!m_sslErrors.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
            kind = ApiError::Kind::Certificate;
        } else if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
            // We did not abort it ourselves (m_cancelled is false): the transfer timeout did.
            kind = ApiError::Kind::Timeout;
        }
        if (kind != ApiError::Kind::Certificate && retryLater()) {
            return;
        }
        ApiError error = errorFrom(kind, reply->errorString());
        error.sslErrors = m_sslErrors;
        error.peerCertificate = m_peerCertificate;
        complete(error);
        return;
    }

    const QByteArray body = reply->readAll();
    if (m_status >= 200 && m_status < 300) {
        if (!m_parser) {
            complete({});
            return;
        }
        proto::FieldErrors errors;
        const auto object = proto::parseJsonObject(body, &errors);
        std::any value = object ? m_parser(*object, &errors) : std::any();
        if (!value.has_value()) {
            complete(errorFrom(ApiError::Kind::InvalidResponse, describe(errors)));
            return;
        }
        if (!m_cachePath.isEmpty() && m_client) {
            m_client->keepAnswer(this, body);
        }
        complete({}, std::move(value));
        return;
    }

    ApiError error = httpError(m_status, body, reply->rawHeader(api::kRetryAfterHeader));
    if (m_status == 401 && m_authenticated && !m_replayed && m_client && m_client->hasRefreshToken()) {
        m_pendingError = error;
        m_client->waitForRefresh(this);
        return;
    }
    if ((m_status == 502 || m_status == 503 || m_status == 504) && retryLater()) {
        return;
    }
    complete(error);
}

bool ApiJob::retryLater()
{
    // Only requests that may safely run twice are repeated.
    if (!m_idempotent || m_attempt >= kMaxRetries) {
        return false;
    }
    const int delay = kRetryDelaysMs[m_attempt];
    ++m_attempt;
    QTimer::singleShot(delay, this, &ApiJob::send);
    return true;
}

void ApiJob::complete(ApiError error, std::any value)
{
    if (m_finished) {
        return;
    }
    if (error.isError() && answerFromCache(error)) {
        return;
    }
    m_finished = true;
    m_error = std::move(error);
    m_value = std::move(value);
    if (!m_error.isError() && m_onSuccess) {
        m_onSuccess(this);
    }
    // Queued, so that a job failing at once still reaches the slots its caller connects after the call.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished(this);
            deleteLater();
        },
        Qt::QueuedConnection);
}

bool ApiJob::answerFromCache(const ApiError& error)
{
    // Only when the server cannot be reached: a live server's refusal (4xx, 5xx) is the answer.
    if (m_cachePath.isEmpty() || !m_client
        || (error.kind != ApiError::Kind::Unreachable && error.kind != ApiError::Kind::Timeout)) {
        return false;
    }
    return m_client->answerFromCache(this, true);
}

ApiError ApiJob::errorFrom(ApiError::Kind kind, const QString& detail) const
{
    ApiError error;
    error.kind = kind;
    error.status = m_status;
    error.detail = detail;
    error.requestId = m_requestId;
    error.host = m_request.url().host();
    return error;
}

ApiError ApiJob::httpError(int status, const QByteArray& body, const QByteArray& retryAfter) const
{
    ApiError error = errorFrom(ApiError::Kind::Http, {});
    error.status = status;
    error.retryAfterSeconds = retryAfterSeconds(retryAfter);
    proto::FieldErrors errors;
    if (const auto object = proto::parseJsonObject(body, &errors)) {
        if (const auto problem = proto::Problem::fromJson(*object, &errors)) {
            const QLatin1String base(proto::problem::kTypeBase);
            error.problemType
                = problem->type.startsWith(base) ? problem->type.mid(base.size()) : problem->type;
            error.detail = problem->detail;
            error.fieldErrors = problem->errors;
        }
    }
    return error;
}

} // namespace lp
