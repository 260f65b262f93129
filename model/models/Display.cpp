#include "Display.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Kezek {

QString Display::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const QLocale locale;
    if (seconds < 60)
        return tr("%1 s", "a duration under a minute").arg(locale.toString(seconds));
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (hours == 0)
        return tr("%1 min", "a duration").arg(locale.toString(minutes));
    if (minutes == 0)
        return tr("%1 h", "a duration of whole hours").arg(locale.toString(hours));
    return tr("%1 h %2 min", "a duration").arg(locale.toString(hours), locale.toString(minutes));
}

QString Display::duration(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("∞");
    return duration(qRound64(seconds));
}

QString Display::clockTime(qint64 epochSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).time(), QLocale::ShortFormat);
}

} // namespace Kezek
