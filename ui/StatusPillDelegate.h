#pragma once

#include <QStyledItemDelegate>
#include <functional>

namespace lp::ui {

// Draws a status column as a coloured dot and the model's words on a faint pill, so that status is told by
// colour and by text (colour alone fails colour-blind users and screen readers). The colour of a cell comes
// from a function of the index and the palette, so that each table maps its own statuses.
class StatusPillDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using ColorOf = std::function<QColor(const QModelIndex& index, const QPalette& palette)>;

    explicit StatusPillDelegate(ColorOf colorOf, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The pills of the license keys table (LicenseModel::StatusKindRole) and of the devices table
    // (DeviceListModel::StatusRole).
    static StatusPillDelegate* forLicenses(QObject* parent = nullptr);
    static StatusPillDelegate* forDevices(QObject* parent = nullptr);

private:
    ColorOf m_colorOf;
};

} // namespace lp::ui
