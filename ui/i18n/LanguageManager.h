#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace OpsDesk {

// Loads the console's translations (embedded as :/i18n/opsdesk_<lang>.qm) and
// Qt's own, and swaps them at run time: every widget retranslates itself on
// QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "zh_CN" or "en". Anything else is refused with false.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

    static QStringList supportedLanguages(); // {"zh_CN", "en"}
    // The language that fits the system locale: zh_CN for any Chinese
    // locale, English otherwise.
    static QString languageForLocale(const QLocale &locale);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
};

} // namespace OpsDesk
