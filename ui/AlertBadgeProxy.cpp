#include "AlertBadgeProxy.h"

#include "AlertMonitor.h"
#include "ChartStyle.h"
#include "LicenseModel.h"
#include "PortalPalette.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace lp::ui {

namespace {
QIcon badgeIcon(const QColor& color)
{
    constexpr int kSize = 14;
    constexpr qreal kRatio = 2.0; // sharp on high-DPI screens, scaled down elsewhere
    QPixmap pixmap(QSize(kSize, kSize) * kRatio);
    pixmap.setDevicePixelRatio(kRatio);
    pixmap.fill(Qt::transparent);
    if (color.alpha() == 0) {
        return QIcon(pixmap);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, kSize - 2, kSize - 2));
    QFont font;
    font.setBold(true);
    font.setPixelSize(10);
    painter.setFont(font);
    painter.setPen(color.lightness() > 150 ? Qt::black : Qt::white);
    painter.drawText(QRectF(0, 0, kSize, kSize), Qt::AlignCenter, QStringLiteral("!"));
    return QIcon(pixmap);
}
} // namespace

AlertBadgeProxy::AlertBadgeProxy(const AlertMonitor* monitor, const QWidget* view, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_monitor(monitor)
    , m_view(view)
{
    connect(m_monitor, &AlertMonitor::badgesChanged, this, &AlertBadgeProxy::onBadgesChanged);
}

QColor AlertBadgeProxy::badgeColor(Alert::Severity severity, const QPalette& palette)
{
    switch (severity) {
    case Alert::Severity::Critical:
        return errorColor(palette);
    case Alert::Severity::Warning:
        return statusColor(LicenseModel::StatusKind::Expiring, palette);
    case Alert::Severity::Notice:
        break;
    }
    return chartAccent(palette);
}

QVariant AlertBadgeProxy::data(const QModelIndex& index, int role) const
{
    const bool badgeRole
        = role == Qt::DecorationRole || role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole;
    if (!badgeRole || index.column() != LicenseModel::Product) {
        return QIdentityProxyModel::data(index, role);
    }
    const auto alert = m_monitor->badgeFor(index.data(LicenseModel::IdRole).toString());
    if (!alert) {
        // An empty badge of the same size keeps the product names of all rows aligned.
        return role == Qt::DecorationRole ? QVariant(badgeIcon(Qt::transparent)) : QVariant();
    }
    switch (role) {
    case Qt::DecorationRole:
        return badgeIcon(badgeColor(alert->severity, m_view ? m_view->palette() : QPalette()));
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(alert->title, alert->message);
    default:
        return alert->title;
    }
}

void AlertBadgeProxy::onBadgesChanged()
{
    if (rowCount() > 0) {
        emit dataChanged(index(0, LicenseModel::Product), index(rowCount() - 1, LicenseModel::Product),
                         {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
    }
}

} // namespace lp::ui
