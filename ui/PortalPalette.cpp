#include "PortalPalette.h"

namespace lp::ui {

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor statusColor(LicenseModel::StatusKind kind, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    switch (kind) {
    case LicenseModel::StatusKind::Active:
        return dark ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x8e, 0x3e);
    case LicenseModel::StatusKind::Expiring:
        return dark ? QColor(0xf2, 0xb3, 0x3d) : QColor(0xb2, 0x6a, 0x00);
    case LicenseModel::StatusKind::Expired:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc5, 0x22, 0x1f);
    case LicenseModel::StatusKind::Suspended:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QColor deviceStatusColor(proto::DeviceStatus status, const QPalette& palette)
{
    switch (status) {
    case proto::DeviceStatus::Active:
        return statusColor(LicenseModel::StatusKind::Active, palette);
    case proto::DeviceStatus::Offline:
        return statusColor(LicenseModel::StatusKind::Expiring, palette);
    case proto::DeviceStatus::LeaseExpired:
        return statusColor(LicenseModel::StatusKind::Expired, palette);
    case proto::DeviceStatus::Released:
        break;
    }
    return statusColor(LicenseModel::StatusKind::Suspended, palette);
}

QColor errorColor(const QPalette& palette)
{
    return statusColor(LicenseModel::StatusKind::Expired, palette);
}

QColor tint(const QColor& color, const QPalette& palette, qreal amount)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [amount](int from, int to) { return qRound(from + (to - from) * amount); };
    return QColor(mix(base.red(), color.red()), mix(base.green(), color.green()),
                  mix(base.blue(), color.blue()));
}

} // namespace lp::ui
