#pragma once

#include <QString>

namespace Kezek::Bench {

// Copies the fixture's SQLite file into an empty server database (kezekctl copy-to's path); returns an error or "".
QString copyToServer(const QString &file, const QString &serverUrl, double &seconds);

struct PropagationFigures
{
    int commits = 0;
    int seen = 0;          // commits followed by a row signal of the watching process's queue model
    double p50Millis = 0;
    double p99Millis = 0;
    int catchUps = 0;           // change sets the watching process's feed read (several commits may make one)
    double readsPerCatchUp = 0; // statements it ran for each (its feed, its live picture; no model reads)
};

// A committer process issues `commits` tickets, 30 ms apart, and prints the wall-clock time of each commit; this
// process watches the same database as a console does (change feed, live picture, a window's queue model) and times
// each commit to the next rowsInserted() of the model.
PropagationFigures measurePropagation(const QString &program, const QString &location, int commits);

struct ActingFigures
{
    int calls = 0;
    double readsAfterCommit = 0; // per call-next, from its commit to the models shown again
    double p50Micros = 0;        // call-next pressed to every model brought up to date
    double p99Micros = 0;
};

// What an operator's process does at each call-next: the step, then its change feed and live picture bring the
// console's and the hall page's models up to date. Counts the statements after the commit and times the whole.
ActingFigures measureActingConsole(const QString &location, int calls);

// The committer's loop (kezek_bench --committer LOCATION COMMITS).
int runCommitter(const QString &location, int commits);

} // namespace Kezek::Bench
