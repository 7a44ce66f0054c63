#pragma once

#include "Alert.h"

#include <QIdentityProxyModel>
#include <QPointer>

namespace lp {
class AlertMonitor;
}

namespace lp::ui {

// The license keys as they are, plus a badge on the product cell of a key that has crossed an alert
// threshold: a coloured "!" (DecorationRole, coloured by severity from the view's palette) with the alert
// as tooltip; other keys get a transparent badge of the same size. Sits between LicenseModel and the keys
// pane's sort/filter proxy.
class AlertBadgeProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    // `view` gives the palette the badge colours are chosen from.
    AlertBadgeProxy(const AlertMonitor* monitor, const QWidget* view, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QColor badgeColor(Alert::Severity severity, const QPalette& palette);

private:
    void onBadgesChanged();

    const AlertMonitor* m_monitor;
    QPointer<const QWidget> m_view;
};

} // namespace lp::ui
