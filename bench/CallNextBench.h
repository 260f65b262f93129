#pragma once

#include <QString>

#include <vector>

namespace Kezek::Bench {

struct Latency
{
    double p50Micros = 0;
    double p99Micros = 0;
    double meanMicros = 0;
    int calls = 0;
};

// The percentiles and mean of measured durations in nanoseconds.
Latency summarise(std::vector<qint64> nanos);

// call-next through Kezek (QueueService on QSQLITE) on a copy of the fixture.
Latency measureKezekCallNext(const QString &path, int calls);
// The same transaction, statement for statement, with the bare sqlite3 C API and cached statements.
Latency measureBareCallNext(const QString &path, int calls);
// The same transaction on a PostgreSQL server, statement for statement, with bare libpq and prepared statements.
Latency measureBareServerCallNext(const QString &url, int calls);

} // namespace Kezek::Bench
