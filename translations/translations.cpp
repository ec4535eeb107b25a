// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace dnd {

namespace {
// Installed translators are searched last-installed first: the plural
// forms go first, so the user's language overrides them.
bool install(QTranslator *translator, bool loaded)
{
    if (loaded && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

QString installTranslations(bool localized)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    auto *plurals = new QTranslator(app);
    install(plurals, plurals->load(QStringLiteral(":/i18n/dnd-tracker_en.qm")));
    if (!localized)
        return QStringLiteral("en");

    const QLocale locale; // the system locale: LANGUAGE first for UI languages
    auto *qt = new QTranslator(app);
    install(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    auto *ours = new QTranslator(app);
    const bool loaded = ours->load(locale, QStringLiteral("dnd-tracker"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n"));
    const QString language = loaded ? ours->language() : QStringLiteral("en");
    install(ours, loaded);
    return language.isEmpty() ? QStringLiteral("en") : language;
}

} // namespace dnd
