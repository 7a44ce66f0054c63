#pragma once

#include <QList>
#include <QRectF>
#include <QWidget>
#include <ScanSettings.h>

namespace lp::ui {

// The scan regions of pre-scan settings, drawn on a sketch of a 16:9 camera frame: drag to draw a rectangle,
// click one to select it, Delete removes it. Regions are kept in percent of the frame, clamped to it, and
// never more than ScanSettings::kMaxRegions. The whole frame is the one region that restricts nothing: the
// first rectangle drawn replaces it, and removing the last one brings it back.
class RegionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RegionEditor(QWidget* parent = nullptr);

    QList<proto::ScanRegion> regions() const { return m_regions; }
    void setRegions(const QList<proto::ScanRegion>& regions);
    bool isWholeFrame() const;
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    // Where the frame sketch is drawn, in widget coordinates (tests aim their mouse at it).
    QRectF frameRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void resetToWholeFrame();
    void removeSelected();

signals:
    void regionsChanged();
    void selectionChanged(int index);
    // Something the user tried that cannot be done, in words (e.g. a ninth region).
    void refused(const QString& reason);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QPointF toPercent(const QPointF& pos) const;
    QRectF toWidget(const proto::ScanRegion& region) const;
    int regionAt(const QPointF& pos) const;
    void updateAccessibleDescription();

    QList<proto::ScanRegion> m_regions;
    int m_selected = -1;
    bool m_drawing = false;
    QPointF m_dragFrom; // percent
    QPointF m_dragTo; // percent
};

} // namespace lp::ui
