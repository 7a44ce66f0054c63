#include "ApiError.h"

#include "Problem.h"

#include <cmath>

namespace lp {

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        return tr("Cannot reach the license server at %1. Check the address and your connection.")
            .arg(host.isEmpty() ? tr("the given address") : host);
    case Kind::Timeout:
        return tr("The license server did not answer in time.");
    case Kind::Certificate: {
        // The first error is the one that matters to a person; the rest usually follow from it.
        const QString first = !sslErrors.isEmpty() ? sslErrors.first().errorString() : detail;
        return tr("The server's certificate could not be verified: %1.").arg(first);
    }
    case Kind::Http:
        // Problems we know get our own (translated) sentence; the server's detail is English only.
        if (problemType == QLatin1String(proto::problem::kInvalidCredentials)) {
            return tr("The email address or password is incorrect.");
        }
        if (problemType == QLatin1String(proto::problem::kUnauthorized)
            || problemType == QLatin1String(proto::problem::kInvalidRefreshToken)) {
            return tr("Your session has ended. Sign in again to continue.");
        }
        // The only limited route today is sign-in; other 429s fall through to the server's detail.
        if (problemType == QLatin1String(proto::problem::kRateLimited)) {
            if (retryAfterSeconds <= 0) {
                return tr("Too many sign-in attempts. Try again later.");
            }
            // Round up: "try again in 0 minutes" would invite an immediate, refused retry.
            const int minutes = static_cast<int>(std::ceil(retryAfterSeconds / 60.0));
            return tr("Too many sign-in attempts. Try again in %n minute(s).", nullptr, minutes);
        }
        return !detail.isEmpty() ? detail : tr("The server answered with an error (HTTP %1).").arg(status);
    case Kind::InvalidResponse:
        return tr("The server sent an answer this version of LicensePortal does not understand.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

} // namespace lp
