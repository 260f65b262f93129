#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace Kezek {

class Database;

// One operator's day so far, for their own console: citizens served, their mean service time and the mean norm of
// what they served (the catalogue norms of those tickets' services), so that "my average against the norm" is
// theirs and not the window's.
struct OperatorDay
{
    Q_DECLARE_TR_FUNCTIONS(OperatorDay)

public:
    qint64 served = 0;
    double serviceAverage = 0; // seconds
    double normAverage = 0;    // seconds

    bool overNorm() const { return served > 0 && normAverage > 0 && serviceAverage > normAverage; }

    // `day`: LocalTime::dayKey. One short indexed read.
    static Result<OperatorDay> of(const Database &db, int operatorId, const QString &day);
    // "Served today: 12 · my average 11 min, norm 12 min" (durations as Display::duration says them).
    QString text() const;
};

} // namespace Kezek
