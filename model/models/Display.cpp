#include "Display.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Kezek {

QString Display::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const QLocale locale;
    const auto twoDigits = [&locale](qint64 value) {
        return locale.toString(value).rightJustified(2, locale.zeroDigit().at(0));
    };
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return locale.toString(hours) + QLatin1Char(':') + twoDigits(minutes) + QLatin1Char(':') + twoDigits(rest);
    return locale.toString(minutes) + QLatin1Char(':') + twoDigits(rest);
}

QString Display::clockTime(qint64 epochSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).time(), QLocale::ShortFormat);
}

} // namespace Kezek
