#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

namespace lp::server {

class Authenticator;
class Clock;
class HttpServer;
class SigningKeys;
class Storage;

// Offline licenses for air-gapped devices: POST /v1/licenses/{id}/offline-licenses signs a file for a
// device hash (taking a seat like a registration, held until the file expires), and GET /v1/signing-keys
// lists the public keys that verify such files (public: a device or tool may fetch them without an account).
class OfflineLicenseRoutes
{
public:
    OfflineLicenseRoutes(Storage& storage, const Clock& clock, Authenticator& authenticator,
                         SigningKeys& keys);

    void registerOn(HttpServer& server);

    ApiResponse issue(const ApiRequest& request);
    ApiResponse signingKeys(const ApiRequest& request);

private:
    Storage& m_storage;
    const Clock& m_clock;
    Authenticator& m_authenticator;
    SigningKeys& m_keys;
};

} // namespace lp::server
