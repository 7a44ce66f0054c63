#include "Icons.h"

#include <QApplication>
#include <QFile>

// Q_INIT_RESOURCE has to be called outside any namespace.
static void initResourcesOnce()
{
#ifdef LP_HAVE_ICON_RESOURCES
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done)
#endif
}

namespace lp::ui {

void initIconResources()
{
    initResourcesOnce();
}

QIcon portalIcon(const QString& name, QStyle::StandardPixmap fallback)
{
    initIconResources();
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    if (QFile::exists(path)) {
        return QIcon(path);
    }
    return QApplication::style()->standardIcon(fallback);
}

} // namespace lp::ui
