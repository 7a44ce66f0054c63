#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>
#include <QUrl>
#include <functional>
#include <optional>
#include <vector>

namespace lp::server {

// The HTTP front: a small router of its own (exact segments and {name} parameters) rather than
// QHttpServer's, so that every answer, the 404/405/413/415 ones included, is a problem document with the
// request id, and every handler runs inside one error barrier.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<ApiResponse(const ApiRequest&)>;
    // A handler that answers later, through `respond` (called exactly once), so that several requests can
    // share one database commit. The connection reads no further request until then.
    using Respond = std::function<void(const ApiResponse&)>;
    using DeferredHandler = std::function<void(const ApiRequest&, Respond)>;

    explicit HttpServer(QObject* parent = nullptr);

    // Reverse proxies (nginx) whose X-Forwarded-For is believed; from anyone else the header is ignored,
    // since a client could otherwise pick the address its failed sign-ins are counted against.
    void setTrustedProxies(const QList<QHostAddress>& proxies) { m_trustedProxies = proxies; }

    // pattern: "/v1/licenses/{id}". POST and PUT routes take a JSON body.
    void addRoute(Method method, const QString& pattern, Handler handler);
    void addDeferredRoute(Method method, const QString& pattern, DeferredHandler handler);
    // A route for a browser (an HTML page of the payment sandbox): a POST body is a form
    // (application/x-www-form-urlencoded), not JSON.
    void addPageRoute(Method method, const QString& pattern, Handler handler);
    // The scheme and authority the client reached us by (its Host header; https when a proxy says so in
    // X-Forwarded-Proto), for links handed back to it such as the payment provider's pages.
    static QUrl baseUrlOf(const ApiRequest& request);
    // Runs after every request's answer is made (the server releases its database statements there).
    void setAfterRequest(std::function<void()> hook) { m_afterRequest = std::move(hook); }

    static QByteArray methodName(Method method);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QList<QHostAddress> m_trustedProxies;
    struct Route
    {
        Method method;
        QStringList segments;
        Handler handler; // one of the two is set
        DeferredHandler deferred;
        bool formBody = false;
    };
    // Routes and checks one request; returns the answer, or nullopt with *deferred set for a deferred
    // route that passed the checks. Never throws.
    std::optional<ApiResponse> dispatch(ApiRequest& request, const Route** deferred) const;
    static bool matches(const QStringList& pattern, const QStringList& path,
                        QHash<QString, QString>* parameters);
    static QString requestIdOf(const QHttpServerRequest& request);
    QHostAddress clientAddressOf(const QHttpServerRequest& request) const;
    static void write(QHttpServerResponder& responder, const ApiResponse& response, const QString& requestId);

    std::vector<Route> m_routes;
    std::function<void()> m_afterRequest;
};

} // namespace lp::server
