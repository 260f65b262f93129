#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"

#include <QCoreApplication>

namespace Kezek {

class Database;

// Writes the center's hours per weekday and its closed days (Catalogue reads them), inside the caller's write
// transaction: the demo center and the center's setup both go through here.
class OpeningHoursTable final
{
    Q_DECLARE_TR_FUNCTIONS(OpeningHoursTable)

public:
    // Every weekday's row, a day off with no opening time.
    static Status writeWeek(const Database &db, const WeekHours &week);
    // Exactly these closed days, replacing the ones held before.
    static Status writeClosedDays(const Database &db, const QList<ClosedDay> &days);
};

} // namespace Kezek
