#pragma once

#include "ApiClient.h"
#include "TestServer.h"

#include <License.h>

// A license-server with the demo data and an ApiClient signed in as the demo user, for the suites of
// the usage, quota and scan-settings classes.
class DemoAccount
{
public:
    static constexpr int kWait = 20000;

    // Starts the server, signs in and reads the licenses; false (with a warning) on failure.
    bool start();
    lp::ApiClient& api() { return m_api; }
    TestServer& server() { return m_server; }
    // The demo license of that product; an empty license when there is none.
    lp::proto::License license(const QString& product) const;
    // Signs another client (one on a FaultyNetwork, say) in to the same server as the demo user.
    bool signIn(lp::ApiClient& client);

private:
    TestServer m_server;
    lp::ApiClient m_api;
    QList<lp::proto::License> m_licenses;
};
