#pragma once

#include "OfflineLicenseVerifier.h"

#include <QLocale>
#include <QStringList>

namespace lp {

// An offline license verification in words, one sentence per check (signature and key, validity window,
// device, clock), for the portal's verify panel and the device tool alike.
QStringList describeVerification(const OfflineVerification& result, const QLocale& locale = QLocale());

} // namespace lp
