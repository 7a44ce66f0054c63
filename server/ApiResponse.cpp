#include "ApiResponse.h"

#include <ApiPaths.h>
#include <QJsonDocument>

namespace lp::server {

ApiResponse ApiResponse::json(const QJsonObject& object, int status)
{
    ApiResponse response;
    response.status = status;
    response.contentType = lp::api::kJsonContentType;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    return response;
}

ApiResponse& ApiResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

} // namespace lp::server
