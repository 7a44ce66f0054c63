#pragma once

#include <QUrl>

namespace lp::ui {
class PortalController;
}

// Fills the portal's sign-in dialog with the demo account (not remembered), clicks Sign In and waits until
// the license keys are loaded; false if any of it does not happen within 20 s.
bool signInAsDemo(lp::ui::PortalController& portal, const QUrl& server);
