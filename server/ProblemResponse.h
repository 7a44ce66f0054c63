#pragma once

#include "ApiResponse.h"

#include <FieldError.h>
#include <QString>

namespace lp::server {

// Error answers as application/problem+json (RFC 9457) built from lp::proto::Problem, so the type
// names and the document shape are the ones the client parses.
class ProblemResponse
{
public:
    static ApiResponse make(int status, const char* type, const QString& detail,
                            const lp::proto::FieldErrors& errors = {});

    static ApiResponse invalidBody(const lp::proto::FieldErrors& errors);
    static ApiResponse validation(const lp::proto::FieldErrors& errors);
    static ApiResponse notFound(const QString& detail);
    // The same answer for a missing license id and for another account's: ids must not be probeable.
    static ApiResponse licenseNotFound();
    // 401 with WWW-Authenticate: Bearer, for routes that need a signed-in user.
    static ApiResponse unauthorized();
    static ApiResponse serviceUnavailable();
    static ApiResponse internalError();

    static QByteArray reasonPhrase(int status);
};

} // namespace lp::server
