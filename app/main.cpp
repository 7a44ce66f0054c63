// license-portal: the desktop customer portal. Everything but the process setup lives in lp_ui.
#include "Icons.h"
#include "PortalController.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LicensePortal"));
    QApplication::setApplicationName(QStringLiteral("LicensePortal"));
    QApplication::setApplicationVersion(QStringLiteral(LP_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("license-portal"));
    lp::ui::initIconResources();
    const QString iconPath = QStringLiteral(":/icons/licenseportal.svg");
    if (QFile::exists(iconPath)) {
        QApplication::setWindowIcon(QIcon(iconPath));
    }
    // The UI follows the system language.
    lp::ui::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Customer portal for runtime software licenses."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QCoreApplication::translate("main", "License server to sign in to."),
        QStringLiteral("URL"));
    parser.addOption(serverOption);
    parser.process(app);

    lp::ui::PortalController::Options options;
    if (parser.isSet(serverOption)) {
        options.serverOverride = QUrl::fromUserInput(parser.value(serverOption));
    }
    lp::ui::PortalController portal(options);
    portal.start();
    return app.exec();
}
