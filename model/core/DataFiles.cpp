#include "DataFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTranslator>

namespace Kezek {

Q_LOGGING_CATEGORY(dataFilesLog, "kezek.files", QtWarningMsg)

QString DataFiles::directory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/kezek"));
}

QString DataFiles::translation(const QString &language)
{
    return catalogue(QStringLiteral("kezek_"), language);
}

QString DataFiles::catalogue(const QString &prefix, const QString &language)
{
    return directory() + QStringLiteral("/translations/") + prefix + language + QStringLiteral(".qm");
}

QString DataFiles::styleSheetPath()
{
    return directory() + QStringLiteral("/kezek.qss");
}

QString DataFiles::styleSheet()
{
    QFile file(styleSheetPath());
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(dataFilesLog, "The style sheet %s cannot be read (%s); the screens keep Qt's plain look.",
                  qPrintable(file.fileName()), qPrintable(file.errorString()));
        return {};
    }
    qCInfo(dataFilesLog, "style sheet %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

bool DataFiles::loadTranslation(QTranslator &translator, const QString &language)
{
    const QString path = translation(language);
    if (!translator.load(path)) {
        qCWarning(dataFilesLog, "The %s translation %s cannot be read; the text stays in English.",
                  qPrintable(language), qPrintable(path));
        return false;
    }
    qCInfo(dataFilesLog, "translation %s", qPrintable(path));
    return true;
}

bool DataFiles::loadQtTranslation(QTranslator &translator, const QString &language)
{
    const QString path = catalogue(QStringLiteral("qt_"), language);
    if (!QFile::exists(path) || !translator.load(path))
        return false;
    qCInfo(dataFilesLog, "translation of Qt's strings %s", qPrintable(path));
    return true;
}

} // namespace Kezek
