#pragma once

namespace lp::server {

class Clock;
class PasswordHasher;
class PriceList;
class Storage;

// The demo account behind `license-server --demo`: "Northwind Logistics", signed in as
// demo@example.com / demo-portal-2026, with licenses placed relative to now so that every state the
// portal shows (active, expiring soon, expired, suspended, nearly full, quota mostly used, a fleet of
// 100,000 devices) is present, and an order history: a card renewal fulfilled months ago, a wire transfer
// awaiting payment and a declined card payment.
class DemoData
{
public:
    static constexpr char kEmail[] = "demo@example.com";
    static constexpr char kPassword[] = "demo-portal-2026";
    static constexpr char kAccountName[] = "Northwind Logistics";
    // The devices of the demo fleet license, "Retail Handheld Fleet", by default (2,500 of them released).
    static constexpr int kFleetDevices = 100000;
    // The fleet's handshake code is fixed, so that scripts/run-demo.sh can point device-sim at it.
    static constexpr char kFleetHandshakeCode[] = "100000-100000";

    // Seeds once; returns false (and changes nothing) when the demo user already exists.
    static bool seed(Storage& storage, const Clock& clock, const PasswordHasher& hasher,
                     const PriceList& prices, int fleetDevices = kFleetDevices);
};

} // namespace lp::server
