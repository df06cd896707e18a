#include "ui/i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace OpsDesk {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!supportedLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (!m_appTranslator.load(QStringLiteral(":/i18n/opsdesk_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's own strings (standard buttons, dialogs); optional, since a system
    // may lack the Qt translations package.
    if (m_qtTranslator.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);

    m_language = language;
    QLocale::setDefault(QLocale(language));
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace OpsDesk
