#pragma once

namespace lp::server {

// TEST ONLY. Crash points for the tests that kill the server in the middle of a payment
// (tests/server/test_checkoutkill.cpp): when the environment variable LP_FAILPOINT names a point, the
// process kills itself with SIGKILL on reaching it, as a power cut or `kill -9` would, with no chance to
// clean up. Points: "before-charge" (the card order is committed as charging, the provider not yet called)
// and "after-charge" (the provider has charged the card, the order not yet updated). Never set it in
// production: it exists so that recovery is proven with a real kill, not a simulated one.
class Failpoint
{
public:
    static void hit(const char* name);
};

} // namespace lp::server
