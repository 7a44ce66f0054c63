#pragma once

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace lp::ui {

// Qt Charts draws with its own theme colours; these derive a chart's look from the widget palette instead,
// so that the usage charts read well in a light and in a dark desktop theme alike.

// Background, plot area, title, legend, axis labels and grid lines of `chart` and of its axes. Call again
// after adding axes, and on QEvent::PaletteChange.
void styleChart(QChart* chart, const QPalette& palette);
// The colour of the chart's main series: the palette's accent, lightened on a dark background.
QColor chartAccent(const QPalette& palette);
// A quiet colour for reference lines and secondary text (grid, forecast labels).
QColor chartMuted(const QPalette& palette);

} // namespace lp::ui
