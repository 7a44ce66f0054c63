#include "Icons.h"

#include <QApplication>
#include <QFile>

namespace lp::ui {

QIcon portalIcon(const QString& name, QStyle::StandardPixmap fallback)
{
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    if (QFile::exists(path)) {
        return QIcon(path);
    }
    return QApplication::style()->standardIcon(fallback);
}

} // namespace lp::ui
