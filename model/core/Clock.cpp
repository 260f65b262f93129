#include "Clock.h"

#include <QDateTime>

namespace Kezek {

qint64 SystemClock::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace Kezek
