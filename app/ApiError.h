#pragma once

#include <FieldError.h>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace lp {

// Why a request failed, in terms the UI can put into words. `detail` is the server's RFC 9457 detail
// when there was one; userMessage() always gives a sentence, never a bare status code.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Unreachable, // connection refused, host not found, network down
        Timeout, // no progress within the transfer timeout
        Certificate, // TLS certificate could not be verified
        Http, // the server answered with a 4xx/5xx (see status, problemType, detail)
        InvalidResponse, // the body did not match the contract
        Cancelled,
    };

    Kind kind = Kind::None;
    int status = 0; // HTTP status, when there was an answer
    QString problemType; // the problem name, e.g. "invalid-credentials" (the part after the type base URI)
    QString detail; // the server's human sentence, or our own for non-HTTP kinds
    proto::FieldErrors fieldErrors; // a 400's complaints per field ("regions[1].right"), for the form
    int retryAfterSeconds = 0; // from Retry-After on 429/503
    QString requestId; // X-Request-ID of the failed request, for support
    QString host; // the server's host name, for "cannot reach HOST"
    QList<QSslError> sslErrors;
    QSslCertificate peerCertificate {}; // the server's own certificate, for "trust this certificate"

    bool isError() const { return kind != Kind::None; }
    // A sentence for the user, e.g. "Too many sign-in attempts. Try again in 14 minutes."
    QString userMessage() const;
};

} // namespace lp
