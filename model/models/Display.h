#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kezek {

// How the models spell times and durations, in the default QLocale (the UI language's).
class Display final
{
    Q_DECLARE_TR_FUNCTIONS(Display)

public:
    // "4:05" (minutes:seconds) under an hour, "1:04:05" above; never negative.
    static QString duration(qint64 seconds);
    // A clock time of the center's day ("10:15").
    static QString clockTime(qint64 epochSeconds);
};

} // namespace Kezek
