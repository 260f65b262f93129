#pragma once

#include <QString>

namespace Kezek::Bench {

struct ImportFigures
{
    int rows = 0;
    int imported = 0;
    int unchanged = 0;
    double firstSeconds = 0;   // importing into an empty calendar
    double againSeconds = 0;   // the same file again: every row unchanged
};

// Writes a CSV of `rows` valid egov bookings spread over the demo center's slots (never over capacity)
// into `folder`, and imports it twice into a fresh demo database there.
ImportFigures measureImport(const QString &folder, int rows);

} // namespace Kezek::Bench
