#pragma once

#include <QIcon>
#include <QStyle>

namespace lp::ui {

// Our own SVG icon from resources/ (prefix /icons) when it is built in, else the style's standard
// icon, so that the client still has icons in a build without the resource file.
QIcon portalIcon(const QString& name, QStyle::StandardPixmap fallback);

} // namespace lp::ui
