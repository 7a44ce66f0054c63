#include "ChartStyle.h"

#include "PortalPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace lp::ui {

namespace {
QColor mix(const QColor& from, const QColor& to, qreal amount)
{
    const auto channel = [amount](int a, int b) { return qRound(a + (b - a) * amount); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                  channel(from.blue(), to.blue()));
}
} // namespace

QColor chartAccent(const QPalette& palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    // A dark theme's highlight is often a deep blue that vanishes on a dark plot area.
    return isDarkPalette(palette) && highlight.lightness() < 140 ? highlight.lighter(150) : highlight;
}

QColor chartMuted(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.55);
}

void styleChart(QChart* chart, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = mix(base, text, 0.12);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(mix(base, text, 0.75));
        axis->setTitleBrush(mix(base, text, 0.75));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(mix(base, text, 0.3));
        axis->setShadesVisible(false);
    }
}

} // namespace lp::ui
