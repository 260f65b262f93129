#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace Kezek {

// Kazakh and Russian side by side, both from Kezek's own catalogues (:/i18n/kezek_kk.qm, kezek_ru.qm), for the
// hall display and the printed ticket, which always speak both languages whatever the UI language is.
// Strings meant for it are marked with QT_TRANSLATE_NOOP(context, text) so lupdate and the translator see them;
// an untranslated string falls back to its English source.
class Bilingual final
{
    Q_DISABLE_COPY_MOVE(Bilingual)

public:
    Bilingual();
    ~Bilingual();

    // `n` >= 0 fills "%n" (and picks the plural form the catalogue has for it).
    QString kk(const char *context, const char *source, int n = -1) const;
    QString ru(const char *context, const char *source, int n = -1) const;
    // "Kazakh / Russian", or just one when both are the same text.
    QString both(const char *context, const char *source, int n = -1, const QString &separator = QStringLiteral(" / ")) const;

private:
    static QString lookUp(const QTranslator &translator, const char *context, const char *source, int n);

    std::unique_ptr<QTranslator> m_kk;
    std::unique_ptr<QTranslator> m_ru;
};

} // namespace Kezek
