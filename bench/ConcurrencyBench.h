#pragma once

#include <QString>

namespace Kezek::Bench {

struct ConcurrencyFigures
{
    int processes = 0;
    int calls = 0;
    double seconds = 0;
    int calledTwice = 0;   // tickets handed out to more than one window: must be 0
    int lost = 0;          // tickets whose state does not match their last event: must be 0
};

// Starts `processes` copies of this program as workers on one database file, each calling next,
// serving and finishing at its own window as fast as it can, and checks the result.
ConcurrencyFigures measureConcurrentCalls(const QString &program, const QString &path, int processes, int seconds);

// The worker's loop; returns the number of calls it made.
int runWorker(const QString &path, int window, int seconds);

} // namespace Kezek::Bench
