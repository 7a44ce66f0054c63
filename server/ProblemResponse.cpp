#include "ProblemResponse.h"

#include <ApiPaths.h>
#include <Problem.h>
#include <QJsonDocument>

namespace lp::server {

namespace pp = lp::proto::problem;

QByteArray ProblemResponse::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

ApiResponse ProblemResponse::make(int status, const char* type, const QString& detail,
                                  const lp::proto::FieldErrors& errors)
{
    lp::proto::Problem problem;
    problem.type = pp::typeUri(type);
    problem.title = QString::fromLatin1(reasonPhrase(status));
    problem.status = status;
    problem.detail = detail;
    problem.errors = errors;
    ApiResponse response;
    response.status = status;
    response.contentType = lp::api::kProblemContentType;
    response.body = QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ProblemResponse::invalidBody(const lp::proto::FieldErrors& errors)
{
    const QString why = errors.isEmpty() ? QString() : errors.first().message;
    return make(400, pp::kInvalidBody,
                QStringLiteral("The request body could not be read: %1.")
                    .arg(why.isEmpty() ? QStringLiteral("it is not JSON") : why),
                errors);
}

ApiResponse ProblemResponse::validation(const lp::proto::FieldErrors& errors)
{
    QString detail = QStringLiteral("Some fields of the request are missing or invalid.");
    if (errors.size() == 1) {
        detail = QStringLiteral("The field \"%1\" %2.").arg(errors.first().field, errors.first().message);
    }
    return make(400, pp::kValidation, detail, errors);
}

ApiResponse ProblemResponse::notFound(const QString& detail)
{
    return make(404, pp::kNotFound, detail);
}

ApiResponse ProblemResponse::licenseNotFound()
{
    return notFound(QStringLiteral("There is no license with this id in your account."));
}

ApiResponse ProblemResponse::unauthorized()
{
    return make(401, pp::kUnauthorized,
                QStringLiteral("You are not signed in, or your session has ended. Please sign in again."))
        .withHeader("WWW-Authenticate", "Bearer");
}

ApiResponse ProblemResponse::serviceUnavailable()
{
    // No problem type for this one in the protocol: "internal" is the closest stable name clients know.
    return make(503, pp::kInternal,
                QStringLiteral(
                    "The license server cannot reach its database right now. Please try again in a moment."));
}

ApiResponse ProblemResponse::internalError()
{
    return make(500, pp::kInternal,
                QStringLiteral("The license server ran into an unexpected error. Please try again; if it "
                               "keeps happening, contact support."));
}

} // namespace lp::server
