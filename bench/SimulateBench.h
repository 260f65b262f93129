#pragma once

#include "domain/DaySimulator.h"

#include <QString>

namespace Kezek::Bench {

// Plays a day of `citizens` at `windows` windows on a fresh demo database in `folder`.
SimulationSummary measureSimulation(const QString &folder, int windows, int citizens);

} // namespace Kezek::Bench
