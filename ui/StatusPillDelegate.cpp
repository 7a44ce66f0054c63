#include "StatusPillDelegate.h"

#include "DeviceListModel.h"
#include "LicenseModel.h"
#include "PortalPalette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace lp::ui {

namespace {
constexpr int kDot = 8;
constexpr int kPadX = 8;
constexpr int kGap = 6;
constexpr int kMargin = 6;
} // namespace

StatusPillDelegate::StatusPillDelegate(ColorOf colorOf, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_colorOf(std::move(colorOf))
{ }

StatusPillDelegate* StatusPillDelegate::forLicenses(QObject* parent)
{
    return new StatusPillDelegate(
        [](const QModelIndex& index, const QPalette& palette) {
            return statusColor(
                static_cast<LicenseModel::StatusKind>(index.data(LicenseModel::StatusKindRole).toInt()),
                palette);
        },
        parent);
}

StatusPillDelegate* StatusPillDelegate::forDevices(QObject* parent)
{
    return new StatusPillDelegate(
        [](const QModelIndex& index, const QPalette& palette) {
            return deviceStatusColor(
                static_cast<proto::DeviceStatus>(index.data(DeviceListModel::StatusRole).toInt()), palette);
        },
        parent);
}

void StatusPillDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // Let the style draw selection and focus, then draw our own content on top.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color = m_colorOf(index, opt.palette);
    const QFontMetrics metrics(opt.font);
    // A little slack: advances are fractional and elidedText() must not cut a text that fits.
    const int textWidth = metrics.horizontalAdvance(text) + 3;
    const int pillHeight = metrics.height() + 6;
    const int available = opt.rect.width() - 2 * kMargin;
    const int pillWidth = qMin(available, kPadX + kDot + kGap + textWidth + kPadX);
    const QRect pill(opt.rect.left() + kMargin, opt.rect.center().y() - pillHeight / 2 + 1, pillWidth,
                     pillHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state & QStyle::State_Selected;
    if (!selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint(color, opt.palette, 0.14));
        painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
    }
    const QRect dot(pill.left() + kPadX, pill.center().y() - kDot / 2 + 1, kDot, kDot);
    painter->setPen(selected ? QPen(opt.palette.color(QPalette::HighlightedText), 1.2) : Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(dot);

    const QRect textRect(dot.right() + kGap + 1, pill.top(), pill.right() - dot.right() - kGap - kPadX,
                         pill.height());
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled, role));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int width = 2 * kMargin + kPadX + kDot + kGap + metrics.horizontalAdvance(opt.text) + 3 + kPadX;
    return {width, qMax(base.height(), metrics.height() + 12)};
}

} // namespace lp::ui
