#include "OpeningHoursTable.h"

#include "db/Database.h"
#include "db/Query.h"

namespace Kezek {

Status OpeningHoursTable::writeWeek(const Database &db, const WeekHours &week)
{
    if (auto status = Query::run(db, QStringLiteral("DELETE FROM opening_hours"), {}, tr("setting the opening hours"));
        !status) {
        return status;
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const auto &hours = week.at(weekday - 1);
        const QVariant opens = hours ? QVariant(hours->opensAt) : QVariant(QMetaType::fromType<int>());
        const QVariant closes = hours ? QVariant(hours->closesAt) : QVariant(QMetaType::fromType<int>());
        if (auto status = Query::run(db,
                                     QStringLiteral("INSERT INTO opening_hours (weekday, opens_s, closes_s) "
                                                    "VALUES (:weekday, :opens, :closes)"),
                                     {{QStringLiteral(":weekday"), weekday},
                                      {QStringLiteral(":opens"), opens},
                                      {QStringLiteral(":closes"), closes}},
                                     tr("setting the opening hours"));
            !status) {
            return status;
        }
    }
    return success();
}

Status OpeningHoursTable::writeClosedDays(const Database &db, const QList<ClosedDay> &days)
{
    if (auto status = Query::run(db, QStringLiteral("DELETE FROM closed_days"), {}, tr("setting the closed days"));
        !status) {
        return status;
    }
    for (const ClosedDay &closed : days) {
        if (auto status = Query::run(db, QStringLiteral("INSERT INTO closed_days (day, reason) VALUES (:day, :reason)"),
                                     {{QStringLiteral(":day"), closed.day.toString(Qt::ISODate)},
                                      {QStringLiteral(":reason"), closed.reason}},
                                     tr("setting the closed days"));
            !status) {
            return status;
        }
    }
    return success();
}

} // namespace Kezek
