#pragma once

#include <QString>

namespace Kezek::Bench {

// Copies the fixture's SQLite file into an empty server database (kezekctl copy-to's path); returns an error or "".
QString copyToServer(const QString &file, const QString &serverUrl, double &seconds);

struct PropagationFigures
{
    int commits = 0;
    int seen = 0;          // commits followed by a change signal in the watching process
    double p50Millis = 0;
    double p99Millis = 0;
};

// A committer process issues `commits` tickets, 30 ms apart, and prints the wall-clock time of each commit; this
// process watches the same database with a ChangeFeed and times each commit to the next changed() signal.
PropagationFigures measurePropagation(const QString &program, const QString &location, int commits);

// The committer's loop (kezek_bench --committer LOCATION COMMITS).
int runCommitter(const QString &location, int commits);

} // namespace Kezek::Bench
