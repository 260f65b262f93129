#pragma once

#include <QLoggingCategory>
#include <QString>

class QTranslator;

namespace Kezek {

// Where Kezek's data files are: the translations and the style sheet, in share/kezek beside the program's bin/.
// Installed, that is /usr/share/kezek next to /usr/bin; the build tree mirrors the layout (build/share/kezek next to
// build/app, build/tests and build/bench), so the demo, the tests and the package read the same files the same way.
// The path is found from the running program, never compiled in: an unpacked package works from any folder.
class DataFiles final
{
public:
    // The folder, made absolute; needs the QCoreApplication to exist.
    static QString directory();
    // directory()/translations/kezek_LANGUAGE.qm
    static QString translation(const QString &language);
    static QString styleSheetPath();
    // The style sheet's text; empty, after one warning naming the path, when it is missing or unreadable.
    static QString styleSheet();
    // Loads Kezek's catalogue for `language` (kk, ru, en) into `translator`; false, after one warning naming the
    // path, when it is missing: the text then stays in English.
    static bool loadTranslation(QTranslator &translator, const QString &language);
    // directory()/translations/qt_LANGUAGE.qm: Kezek's catalogue of Qt's own strings, for a language Qt ships none
    // for (Kazakh). False, silently, when Kezek has none for `language`.
    static bool loadQtTranslation(QTranslator &translator, const QString &language);

private:
    // directory()/translations/PREFIXLANGUAGE.qm
    static QString catalogue(const QString &prefix, const QString &language);
};

// "kezek.files": which data file was loaded from where (info, off unless asked for with QT_LOGGING_RULES), and
// which one is missing (warning).
Q_DECLARE_LOGGING_CATEGORY(dataFilesLog)

} // namespace Kezek
