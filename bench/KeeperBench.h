#pragma once

#include <QString>

namespace Kezek::Bench {

struct KeeperFigures
{
    int steps = 0;
    double totalMs = 0;
    double longestStepMs = 0; // what one idle moment of the dashboard costs at most
    double yearAfterMs = 0;   // opening the year once the keeper is done
};

// Lets DailySumsKeeper sum every closed day of the history (as the dashboard does between refreshes) on a
// fresh copy of the fixture, then opens the year.
KeeperFigures measureKeeper(const QString &path);

} // namespace Kezek::Bench
