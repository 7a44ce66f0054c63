#pragma once

#include "LicenseModel.h"

#include <Device.h>
#include <QColor>
#include <QPalette>

namespace lp::ui {

// Semantic colours derived from the widget's palette, so that status and error colours keep their
// contrast in light and dark themes alike.
bool isDarkPalette(const QPalette& palette);
QColor statusColor(LicenseModel::StatusKind kind, const QPalette& palette);
// Devices: active green, offline amber, lease expired red, released grey.
QColor deviceStatusColor(proto::DeviceStatus status, const QPalette& palette);
QColor errorColor(const QPalette& palette);
// A faint tint of `color` over the palette's base, for pill and banner backgrounds.
QColor tint(const QColor& color, const QPalette& palette, qreal amount = 0.16);

} // namespace lp::ui
