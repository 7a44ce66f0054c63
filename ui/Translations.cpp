#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lp::ui {

namespace {
void install(const QString& fileName, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(fileName, directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

void install(const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}
} // namespace

void installTranslations(const QLocale& locale)
{
    const QString i18n = QStringLiteral(":/i18n");
    // Translators installed later are asked first, so the locale's own wins over the English plurals.
    install(QStringLiteral("licenseportal_en"), i18n);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        install(locale, QStringLiteral("licenseportal"), i18n);
    }
}

} // namespace lp::ui
