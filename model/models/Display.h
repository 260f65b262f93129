#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kezek {

// How the models spell times and durations, in the default QLocale (the UI language's).
class Display final
{
    Q_DECLARE_TR_FUNCTIONS(Display)

public:
    // A duration in words, whole units down: "45 s" under a minute, "23 min", "1 h 20 min" (kk "1 сағ 20 мин", ru
    // "1 ч 20 мин"); never "23:22", which reads like a time of day. Never negative; "∞" for an endless one.
    static QString duration(qint64 seconds);
    static QString duration(double seconds);
    // A clock time of the center's day ("10:15").
    static QString clockTime(qint64 epochSeconds);
};

} // namespace Kezek
