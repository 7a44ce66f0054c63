// license-portal: the desktop customer portal. Everything but the process setup lives in lp_ui.
#include "PortalController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
// The UI follows the system language; a missing translation simply leaves English.
void installTranslations(QApplication& app)
{
    const QLocale locale;
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("licenseportal"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(appTranslator);
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LicensePortal"));
    QApplication::setApplicationName(QStringLiteral("LicensePortal"));
    QApplication::setApplicationVersion(QStringLiteral(LP_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("license-portal"));
    const QString iconPath = QStringLiteral(":/icons/licenseportal.svg");
    if (QFile::exists(iconPath)) {
        QApplication::setWindowIcon(QIcon(iconPath));
    }
    installTranslations(app);

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
