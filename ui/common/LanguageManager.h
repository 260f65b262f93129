#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Kezek {

// Loads Kezek's catalogue (:/i18n/kezek_xx.qm) and Qt's own (qtbase_xx.qm) for the chosen language,
// and makes that language's QLocale the default, so a switch at run time reaches every widget
// (through QEvent::LanguageChange) and every number and time.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "kk", "ru", "en".
    static QStringList languages();
    // The first of them among the system's interface languages (Languages::system), else English.
    static QString systemLanguage();
    // Each language's name in itself, for the menu.
    static QString nativeName(const QString &language);
    static QLocale localeFor(const QString &language);

    // Switches; an unknown code falls back to English. Returns whether Kezek's catalogue loaded.
    bool setLanguage(const QString &language);
    const QString &language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_kezek;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Kezek
