#pragma once

#include <QString>

namespace Kezek::Bench {

struct Latency
{
    double p50Micros = 0;
    double p99Micros = 0;
    double meanMicros = 0;
    int calls = 0;
};

// call-next through Kezek (QueueService on QSQLITE) on a copy of the fixture.
Latency measureKezekCallNext(const QString &path, int calls);
// The same transaction, statement for statement, with the bare sqlite3 C API and cached statements.
Latency measureBareCallNext(const QString &path, int calls);

} // namespace Kezek::Bench
