#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace lp::server {

// One request as a route handler sees it: already matched, its path parameters extracted.
struct ApiRequest
{
    QString requestId;
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHostAddress remoteAddress;
    QList<QPair<QByteArray, QByteArray>> headers;
    QHash<QString, QString> pathParameters; // e.g. "id" for /v1/licenses/{id}

    // Header names are case-insensitive (RFC 9110).
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                return header.second;
            }
        }
        return {};
    }
};

} // namespace lp::server
