#pragma once

namespace lp::ui {

// What the checkout wizard has chosen when it opens: the entry point the user came from ("Renew…",
// "Add devices…", …). The user can change or add to it on the first page.
enum class CheckoutPreset {
    None,
    Renewal, // a one-year renewal
    AddDevices, // per-device keys: about a tenth more devices
    AddQuota, // per-scan keys: about a tenth more scans per period
    RefreshCadence, // per-device keys: the next shorter device refresh
};

} // namespace lp::ui
