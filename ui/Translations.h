#pragma once

#include <QLocale>

namespace lp::ui {

// Installs Qt's own and LicensePortal's translations for `locale` (the system's by default). English
// comes first, for its plural forms; a missing translation simply leaves English.
void installTranslations(const QLocale& locale = QLocale());

} // namespace lp::ui
