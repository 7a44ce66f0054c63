#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace lp::server {

// What a route answers; HttpServer writes it to the socket and adds the common headers.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(const QJsonObject& object, int status = 200);
    static ApiResponse noContent();
    ApiResponse& withHeader(const QByteArray& name, const QByteArray& value);
};

} // namespace lp::server
