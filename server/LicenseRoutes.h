#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "LicenseRecord.h"

#include <License.h>

namespace lp::server {

class Authenticator;
class Clock;
class HttpServer;
class Storage;

// The caller's licenses, with status, device and quota figures computed at request time.
class LicenseRoutes
{
public:
    LicenseRoutes(Storage& storage, const Clock& clock, Authenticator& authenticator);

    void registerOn(HttpServer& server);

    ApiResponse list(const ApiRequest& request);
    ApiResponse get(const ApiRequest& request);

    // The wire view of a stored license at `now`; the key in clear (callers mask it when they should).
    static lp::proto::License toWire(const LicenseRecord& record, qint64 scansUsed, const QDateTime& now);

private:
    lp::proto::License wireLicense(const LicenseRecord& record, const QDateTime& now);

    Storage& m_storage;
    const Clock& m_clock;
    Authenticator& m_authenticator;
};

} // namespace lp::server
