#include "Languages.h"

#include <QLocale>

namespace Kezek {

QStringList Languages::shipped()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

QString Languages::system()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.left(2).toLower();
        if (shipped().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

} // namespace Kezek
