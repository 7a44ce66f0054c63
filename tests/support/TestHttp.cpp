#include "TestHttp.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::problemType() const
{
    return json().value(QLatin1String("type")).toString();
}

QString HttpReply::detail() const
{
    return json().value(QLatin1String("detail")).toString();
}

HttpReply sendHttp(QNetworkAccessManager& network, const QUrl& base, const QByteArray& method,
                   const QString& path, const QByteArray& body, const QByteArray& contentType,
                   const HttpHeaders& headers)
{
    QUrl url = base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    QNetworkRequest request(url);
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    for (const auto& header : headers) {
        request.setRawHeader(header.first, header.second);
    }
    QNetworkReply* reply = body.isEmpty() && method == "GET"
        ? network.get(request)
        : network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000)) {
        qWarning() << "no answer to" << method << path;
    }
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QByteArray signInBearer(QNetworkAccessManager& network, const QUrl& base, const QString& email,
                        const QString& password)
{
    const QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    const HttpReply login = sendHttp(network, base, "POST", QStringLiteral("/v1/auth/login"),
                                     QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (login.status != 200) {
        qWarning() << "sign-in failed:" << login.status << login.body;
        return {};
    }
    return "Bearer " + login.json().value(QLatin1String("access_token")).toString().toLatin1();
}
