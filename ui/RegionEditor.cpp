#include "RegionEditor.h"

#include "ChartStyle.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace lp::ui {

namespace {
constexpr qreal kAspect = 16.0 / 9.0;
constexpr qreal kMargin = 8;
// A click, or a drag shorter than this (in percent of the frame), draws nothing.
constexpr qreal kMinSide = 2.0;

qreal tenth(qreal value)
{
    return std::round(value * 10.0) / 10.0;
}

bool isWhole(const proto::ScanRegion& region)
{
    return region == proto::ScanRegion {};
}
} // namespace

RegionEditor::RegionEditor(QWidget* parent)
    : QWidget(parent)
    , m_regions {proto::ScanRegion {}}
{
    setObjectName(QStringLiteral("regionEditor"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Scan regions"));
    setToolTip(tr("Drag to draw a scan region; click one to select it, Delete removes it."));
    updateAccessibleDescription();
}

QSize RegionEditor::sizeHint() const
{
    return {480, qRound(480 / kAspect + 2 * kMargin)};
}

QSize RegionEditor::minimumSizeHint() const
{
    return {240, qRound(240 / kAspect + 2 * kMargin)};
}

void RegionEditor::setRegions(const QList<proto::ScanRegion>& regions)
{
    m_regions = regions.isEmpty()
        ? QList<proto::ScanRegion> {proto::ScanRegion {}}
        : regions.first(std::min<qsizetype>(regions.size(), proto::ScanSettings::kMaxRegions));
    m_selected = -1;
    m_drawing = false;
    updateAccessibleDescription();
    update();
    emit selectionChanged(m_selected);
    emit regionsChanged();
}

bool RegionEditor::isWholeFrame() const
{
    return m_regions.size() == 1 && isWhole(m_regions.first());
}

void RegionEditor::setSelectedIndex(int index)
{
    index = isWholeFrame() || index < 0 || index >= m_regions.size() ? -1 : index;
    if (index != m_selected) {
        m_selected = index;
        update();
        emit selectionChanged(m_selected);
    }
}

void RegionEditor::resetToWholeFrame()
{
    if (!isWholeFrame()) {
        setRegions({});
    }
}

void RegionEditor::removeSelected()
{
    if (m_selected < 0) {
        return;
    }
    QList<proto::ScanRegion> rest = m_regions;
    rest.removeAt(m_selected);
    const int next = std::min<int>(m_selected, int(rest.size()) - 1);
    setRegions(rest);
    setSelectedIndex(next);
}

QRectF RegionEditor::frameRect() const
{
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QSizeF size(area.width(), area.width() / kAspect);
    if (size.height() > area.height()) {
        size = QSizeF(area.height() * kAspect, area.height());
    }
    QRectF frame(QPointF(), size);
    frame.moveCenter(area.center());
    return frame;
}

QPointF RegionEditor::toPercent(const QPointF& pos) const
{
    const QRectF frame = frameRect();
    return {tenth(std::clamp((pos.x() - frame.left()) / frame.width() * 100.0, 0.0, 100.0)),
            tenth(std::clamp((pos.y() - frame.top()) / frame.height() * 100.0, 0.0, 100.0))};
}

QRectF RegionEditor::toWidget(const proto::ScanRegion& region) const
{
    const QRectF frame = frameRect();
    return QRectF(QPointF(frame.left() + frame.width() * region.left / 100.0,
                          frame.top() + frame.height() * region.top / 100.0),
                  QPointF(frame.left() + frame.width() * region.right / 100.0,
                          frame.top() + frame.height() * region.bottom / 100.0));
}

int RegionEditor::regionAt(const QPointF& pos) const
{
    if (isWholeFrame()) {
        return -1;
    }
    // The topmost (last drawn) first, as painted.
    for (auto i = m_regions.size() - 1; i >= 0; --i) {
        if (toWidget(m_regions.at(i)).contains(pos)) {
            return int(i);
        }
    }
    return -1;
}

void RegionEditor::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const int hit = regionAt(event->position());
    setSelectedIndex(hit);
    if (hit < 0 && frameRect().contains(event->position())) {
        m_drawing = true;
        m_dragFrom = m_dragTo = toPercent(event->position());
    }
}

void RegionEditor::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drawing) {
        m_dragTo = toPercent(event->position());
        update();
    }
}

void RegionEditor::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_drawing || event->button() != Qt::LeftButton) {
        return;
    }
    m_drawing = false;
    m_dragTo = toPercent(event->position());
    const QRectF drawn = QRectF(m_dragFrom, m_dragTo).normalized();
    update();
    if (drawn.width() < kMinSide || drawn.height() < kMinSide) {
        return;
    }
    QList<proto::ScanRegion> next = isWholeFrame() ? QList<proto::ScanRegion> {} : m_regions;
    if (next.size() >= proto::ScanSettings::kMaxRegions) {
        emit refused(tr("At most %n scan regions can be set.", nullptr, proto::ScanSettings::kMaxRegions));
        return;
    }
    next.append({drawn.left(), drawn.top(), drawn.right(), drawn.bottom()});
    setRegions(next);
    setSelectedIndex(int(next.size()) - 1);
}

void RegionEditor::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selected >= 0) {
            removeSelected();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_drawing) {
            m_drawing = false;
            update();
            return;
        }
        break;
    // Arrow keys walk through the regions, so that a keyboard user can select one to delete.
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (!isWholeFrame()) {
            const int step = event->key() == Qt::Key_Left || event->key() == Qt::Key_Up ? -1 : 1;
            const int count = int(m_regions.size());
            setSelectedIndex(m_selected < 0 ? (step > 0 ? 0 : count - 1)
                                            : (m_selected + step + count) % count);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void RegionEditor::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF frame = frameRect();
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = chartAccent(pal);

    // The camera frame: a faint surface with a rule-of-thirds grid and two barcode labels, enough to read
    // as "what the camera sees" without competing with the regions.
    QColor surface = pal.color(QPalette::Base);
    painter.setPen(QPen(chartMuted(pal), 1));
    painter.setBrush(surface);
    painter.drawRoundedRect(frame, 4, 4);
    QColor sketch = text;
    sketch.setAlphaF(0.10);
    painter.setPen(QPen(sketch, 1, Qt::DashLine));
    for (int i = 1; i < 3; ++i) {
        painter.drawLine(QLineF(frame.left() + frame.width() * i / 3, frame.top(),
                                frame.left() + frame.width() * i / 3, frame.bottom()));
        painter.drawLine(QLineF(frame.left(), frame.top() + frame.height() * i / 3, frame.right(),
                                frame.top() + frame.height() * i / 3));
    }
    sketch.setAlphaF(0.22);
    painter.setPen(Qt::NoPen);
    painter.setBrush(sketch);
    const auto barcode = [&](qreal x, qreal y, qreal w, qreal h) {
        const QRectF label(frame.left() + frame.width() * x, frame.top() + frame.height() * y,
                           frame.width() * w, frame.height() * h);
        static constexpr int kBars[] = {2, 1, 1, 3, 1, 2, 1, 1, 2, 3, 1, 1, 2, 1, 3, 1, 1, 2};
        qreal at = label.left();
        const qreal unit = label.width() / 48.0;
        for (std::size_t i = 0; i < std::size(kBars) && at < label.right(); ++i) {
            if (i % 2 == 0) {
                painter.drawRect(QRectF(at, label.top(), kBars[i] * unit, label.height()));
            }
            at += kBars[i] * unit;
        }
    };
    barcode(0.14, 0.22, 0.22, 0.16);
    barcode(0.58, 0.60, 0.26, 0.14);
    const QRectF qr(frame.left() + frame.width() * 0.62, frame.top() + frame.height() * 0.16,
                    frame.height() * 0.22, frame.height() * 0.22);
    painter.setPen(QPen(sketch, qr.width() / 10));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(qr.adjusted(qr.width() / 20, qr.width() / 20, -qr.width() / 20, -qr.width() / 20));

    if (isWholeFrame()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(frame.adjusted(12, 12, -12, -12),
                         Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                         tr("The whole frame is scanned. Drag to draw a scan region."));
    } else {
        // Dim what lies outside every region: it is not scanned.
        QPainterPath outside;
        outside.addRect(frame);
        QPainterPath inside;
        for (const proto::ScanRegion& region : m_regions) {
            inside.addRect(toWidget(region));
        }
        QColor dim = text;
        dim.setAlphaF(0.10);
        painter.setPen(Qt::NoPen);
        painter.setBrush(dim);
        painter.drawPath(outside.subtracted(inside.simplified()));
        for (int i = 0; i < m_regions.size(); ++i) {
            const QRectF area = toWidget(m_regions.at(i));
            const bool selected = i == m_selected;
            QColor fill = accent;
            fill.setAlphaF(selected ? 0.30 : 0.14);
            painter.setBrush(fill);
            painter.setPen(QPen(accent, selected ? 2.5 : 1.5));
            painter.drawRect(area);
            painter.setPen(selected ? pal.color(QPalette::Text) : accent);
            painter.drawText(area.adjusted(5, 3, -5, -3), Qt::AlignLeft | Qt::AlignTop,
                             QString::number(i + 1));
        }
    }

    if (m_drawing) {
        painter.setPen(QPen(accent, 1.5, Qt::DashLine));
        QColor fill = accent;
        fill.setAlphaF(0.10);
        painter.setBrush(fill);
        painter.drawRect(
            toWidget({std::min(m_dragFrom.x(), m_dragTo.x()), std::min(m_dragFrom.y(), m_dragTo.y()),
                      std::max(m_dragFrom.x(), m_dragTo.x()), std::max(m_dragFrom.y(), m_dragTo.y())}));
    }
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(-3, -3, 3, 3), 5, 5);
    }
}

void RegionEditor::updateAccessibleDescription()
{
    if (isWholeFrame()) {
        setAccessibleDescription(tr("The whole frame"));
        return;
    }
    QStringList parts;
    for (const proto::ScanRegion& region : m_regions) {
        //: A scan region in percent of the camera frame: left–right across, top–bottom down
        parts << tr("%1–%2% across, %3–%4% down")
                     .arg(QLocale().toString(region.left), QLocale().toString(region.right),
                          QLocale().toString(region.top), QLocale().toString(region.bottom));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

} // namespace lp::ui
