#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// One HTTP exchange with a test server, as the suites inspect it.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
    QString problemType() const;
    QString detail() const;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Sends `method path` (a path with an optional ?query) to base and waits for the answer (30 s at most).
HttpReply sendHttp(QNetworkAccessManager& network, const QUrl& base, const QByteArray& method,
                   const QString& path, const QByteArray& body = {},
                   const QByteArray& contentType = "application/json", const HttpHeaders& headers = {});

// Signs in through POST /v1/auth/login; "Bearer <access token>", or empty (with a warning) on failure.
QByteArray signInBearer(QNetworkAccessManager& network, const QUrl& base, const QString& email,
                        const QString& password);
