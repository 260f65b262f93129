#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace Kezek {

class Database;

// Keeps the stored sums of closed days up to date, a few days at a time, so that a week, a month or a year
// opens from stored sums instead of raw tickets. Whoever has idle time drives it (the supervisor's dashboard
// between refreshes); each step is short enough for the GUI thread.
class DailySumsKeeper final
{
    Q_DECLARE_TR_FUNCTIONS(DailySumsKeeper)

public:
    explicit DailySumsKeeper(const Database &db, int lookbackDays = 400);

    // Sums the most recent closed day whose stored sums are missing or stale, looking at no more than
    // `daysPerStep` days. True while days may remain; false once every day of the look-back is stored.
    Result<bool> step(qint64 now, int daysPerStep = 31);

private:
    const Database &m_db;
    int m_lookbackDays;
    QDate m_today;  // the day the cursor was set for; a new day starts over from yesterday
    QDate m_cursor; // the next day to look at, walking back
};

} // namespace Kezek
