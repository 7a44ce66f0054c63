#pragma once

#include <QIcon>
#include <QStyle>

namespace lp::ui {

// Registers the icon resources of the static lp_ui library (the linker would otherwise drop them).
// Safe to call more than once; portalIcon() calls it too.
void initIconResources();

// Our own SVG icon from resources/ (prefix /icons) when it is built in, else the style's standard
// icon, so that the client still has icons in a build without the resource file.
QIcon portalIcon(const QString& name, QStyle::StandardPixmap fallback);

} // namespace lp::ui
