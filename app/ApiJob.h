#pragma once

#include "ApiError.h"

#include <QJsonObject>
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
    // ... implementation details are the app engineer's choice

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
