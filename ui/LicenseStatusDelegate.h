#pragma once

#include <QStyledItemDelegate>

namespace lp::ui {

// Draws the status column as a coloured dot and the model's words on a faint pill, so that status is
// told by colour and by text (colour alone fails colour-blind users and screen readers).
class LicenseStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lp::ui
