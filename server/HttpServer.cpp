#include "HttpServer.h"

#include "DatabaseError.h"
#include "LogCategories.h"
#include "ProblemResponse.h"

#include <ApiPaths.h>
#include <Problem.h>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QUuid>

namespace lp::server {

namespace pp = lp::proto::problem;

HttpServer::HttpServer(QObject* parent)
    : QAbstractHttpServer(parent)
{ }

void HttpServer::addRoute(Method method, const QString& pattern, Handler handler)
{
    m_routes.push_back({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), {}});
}

void HttpServer::addDeferredRoute(Method method, const QString& pattern, DeferredHandler handler)
{
    m_routes.push_back({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), {}, std::move(handler)});
}

void HttpServer::addPageRoute(Method method, const QString& pattern, Handler handler)
{
    m_routes.push_back(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), {}, true});
}

QUrl HttpServer::baseUrlOf(const ApiRequest& request)
{
    // Only a plain host[:port] is echoed back: anything else falls back to the loopback name.
    static const QRegularExpression validHost(
        QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]{1,253})(:[0-9]{1,5})?$)"));
    QString host = QString::fromLatin1(request.header("Host").trimmed());
    if (!validHost.match(host).hasMatch()) {
        host = QStringLiteral("localhost");
    }
    const QByteArray proto = request.header("X-Forwarded-Proto").trimmed().toLower();
    const QString scheme = proto == "https" ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(scheme + QStringLiteral("://") + host);
}

QByteArray HttpServer::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Connect:
        return "CONNECT";
    case Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool HttpServer::matches(const QStringList& pattern, const QStringList& path,
                         QHash<QString, QString>* parameters)
{
    if (pattern.size() != path.size()) {
        return false;
    }
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString& expected = pattern.at(i);
        if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}'))) {
            found.insert(expected.mid(1, expected.size() - 2), path.at(i));
        } else if (expected != path.at(i)) {
            return false;
        }
    }
    *parameters = found;
    return true;
}

std::optional<ApiResponse> HttpServer::dispatch(ApiRequest& request, const Route** deferred) const
{
    try {
        const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const Route* route = nullptr;
        QList<QByteArray> allowed;
        for (const Route& candidate : m_routes) {
            QHash<QString, QString> parameters;
            if (!matches(candidate.segments, segments, &parameters)) {
                continue;
            }
            if (candidate.method == request.method) {
                route = &candidate;
                request.pathParameters = parameters;
                break;
            }
            allowed.append(methodName(candidate.method));
        }
        if (!route) {
            if (!allowed.isEmpty()) {
                return ProblemResponse::make(
                           405, pp::kMethodNotAllowed,
                           QStringLiteral("%1 is not supported on %2.")
                               .arg(QString::fromLatin1(methodName(request.method)), request.path))
                    .withHeader("Allow", allowed.join(", "));
            }
            return ProblemResponse::notFound(
                QStringLiteral("There is no API endpoint at %1.").arg(request.path));
        }
        if (request.body.size() > lp::api::kMaxBodyBytes) {
            return ProblemResponse::make(
                413, pp::kBodyTooLarge,
                QStringLiteral("The request body is larger than the limit of %1 KiB.")
                    .arg(lp::api::kMaxBodyBytes / 1024));
        }
        if (request.method == Method::Post || request.method == Method::Put
            || request.method == Method::Patch) {
            const QByteArray mediaType
                = request.header("Content-Type").split(';').first().trimmed().toLower();
            if (route->formBody) {
                if (!request.body.isEmpty() && mediaType != "application/x-www-form-urlencoded") {
                    return ProblemResponse::make(
                        415, pp::kUnsupportedMediaType,
                        QStringLiteral("The form must be sent as application/x-www-form-urlencoded."));
                }
            } else if (mediaType != lp::api::kJsonContentType) {
                return ProblemResponse::make(
                    415, pp::kUnsupportedMediaType,
                    QStringLiteral("The request body must be sent as application/json."));
            }
        }
        if (route->deferred) {
            *deferred = route;
            return std::nullopt;
        }
        return route->handler(request);
    } catch (const DatabaseError& error) {
        qCWarning(lcServer).noquote()
            << "request" << request.requestId << "database failure:" << error.what();
        return ProblemResponse::serviceUnavailable();
    } catch (const std::exception& error) {
        qCCritical(lcServer).noquote() << "request" << request.requestId << "failed:" << error.what();
        return ProblemResponse::internalError();
    } catch (...) {
        qCCritical(lcServer).noquote()
            << "request" << request.requestId << "failed with an unknown exception";
        return ProblemResponse::internalError();
    }
}

QString HttpServer::requestIdOf(const QHttpServerRequest& request)
{
    // A client-supplied id ties client and server logs together; anything unusual could forge log lines.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    for (const auto& header : request.headers()) {
        if (header.first.compare(lp::api::kRequestIdHeader, Qt::CaseInsensitive) == 0) {
            const QString id = QString::fromLatin1(header.second);
            if (valid.match(id).hasMatch()) {
                return id;
            }
            break;
        }
    }
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QHostAddress HttpServer::clientAddressOf(const QHttpServerRequest& request) const
{
    const QHostAddress peer = request.remoteAddress();
    if (!m_trustedProxies.contains(peer)) {
        return peer;
    }
    for (const auto& header : request.headers()) {
        if (header.first.compare("X-Forwarded-For", Qt::CaseInsensitive) != 0) {
            continue;
        }
        // Each proxy appends the address it saw: walk from the right past our own proxies.
        const QList<QByteArray> hops = header.second.split(',');
        for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
            const QHostAddress address(QString::fromLatin1(hop->trimmed()));
            if (address.isNull()) {
                return peer;
            }
            if (!m_trustedProxies.contains(address)) {
                return address;
            }
        }
    }
    return peer;
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest api;
    api.requestId = requestIdOf(request);
    api.method = request.method();
    api.path = request.url().path();
    api.query = request.query();
    api.body = request.body();
    api.remoteAddress = clientAddressOf(request);
    api.headers = request.headers();

    const Route* deferred = nullptr;
    const auto response = dispatch(api, &deferred);
    // The responder lives until the answer is written; until then the connection reads no new request.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QString requestId = api.requestId;
    const QByteArray method = methodName(api.method);
    const QString path = api.path;
    auto answered = std::make_shared<bool>(false);
    Respond respond = [this, responder, requestId, method, path, timer, answered](const ApiResponse& answer) {
        if (std::exchange(*answered, true)) {
            return;
        }
        if (m_afterRequest) {
            m_afterRequest();
        }
        write(*responder, answer, requestId);
        // The path only: a query string could carry something secret one day.
        qCInfo(lcHttp).noquote() << requestId << QString::fromLatin1(method) << path << answer.status
                                 << QString::number(timer.elapsed()) + QStringLiteral("ms");
    };
    if (response) {
        respond(*response);
        return true;
    }
    try {
        deferred->deferred(api, respond);
    } catch (const std::exception& error) {
        qCCritical(lcServer).noquote() << "request" << api.requestId << "failed:" << error.what();
        respond(ProblemResponse::internalError());
    }
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only reached if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, ProblemResponse::notFound(QStringLiteral("There is no API endpoint here.")),
          requestIdOf(request));
}

void HttpServer::write(QHttpServerResponder& responder, const ApiResponse& response, const QString& requestId)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty()) {
        responder.writeHeader("Content-Type", response.contentType);
    }
    // RFC 9110: no Content-Length on 204.
    if (response.status != 204) {
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    }
    responder.writeHeader(lp::api::kRequestIdHeader, requestId.toLatin1());
    // Tokens, keys and account data must not linger in caches between client and server.
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto& header : response.headers) {
        responder.writeHeader(header.first, header.second);
    }
    responder.writeBody(response.body);
}

} // namespace lp::server
