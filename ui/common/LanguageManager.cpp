#include "LanguageManager.h"

#include "core/DataFiles.h"
#include "core/Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Kezek {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_kezek)
        QCoreApplication::removeTranslator(m_kezek.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::languages()
{
    return Languages::shipped();
}

QString LanguageManager::systemLanguage()
{
    return Languages::system();
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("kk"))
        return QStringLiteral("Қазақша");
    if (language == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

QLocale LanguageManager::localeFor(const QString &language)
{
    if (language == QLatin1String("kk"))
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    if (language == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Russia);
    // English as written in Kazakhstan's offices: 24-hour clock, day before month.
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString language = languages().contains(requested) ? requested : QStringLiteral("en");
    if (m_kezek)
        QCoreApplication::removeTranslator(m_kezek.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_kezek = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    QLocale::setDefault(localeFor(language));
    m_language = language;

    // Qt's own strings (OK, Cancel, the file and print dialogs): from Qt's catalogue where Qt ships one (Russian),
    // else from Kezek's (Kazakh).
    if (m_qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || DataFiles::loadQtTranslation(*m_qt, language))
        QCoreApplication::installTranslator(m_qt.get());
    const bool loaded = DataFiles::loadTranslation(*m_kezek, language);
    if (loaded)
        QCoreApplication::installTranslator(m_kezek.get());
    // Without a translator to install, widgets still need to hear that the language (and locale) changed.
    if (!loaded) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    Q_EMIT languageChanged(language);
    return loaded;
}

} // namespace Kezek
