#pragma once

#include <QString>

namespace Kezek::Bench {

// Builds the benchmark's database: the demo center, `pastTickets` served tickets spread over the two
// years before 2020-05-18, and `waiting` tickets waiting on 2020-05-18 (walk-ins, out of turn, booked).
// Returns an error message, or an empty string on success.
QString buildHistory(const QString &path, int pastTickets, int waiting);

// 2020-05-18 at hh:mm local time: the benchmark's "today".
qint64 benchTime(int hour, int minute = 0);

} // namespace Kezek::Bench
