#pragma once

#include <QCoreApplication>

namespace Kezek {

class LiveCenter;

// How many citizens are in the hall against its capacity (DOMAIN.md "People and places").
// Occupancy = today's tickets that are waiting (also transferred or postponed: they wait again), called or being
// served. Citizens not yet checked in and those already served are not counted: the ticket is the only trace
// Kezek has of someone inside.
struct HallOccupancy
{
    Q_DECLARE_TR_FUNCTIONS(HallOccupancy)

public:
    int inside = 0;
    int capacity = 0;

    bool atLimit() const { return capacity > 0 && inside >= capacity; }
    // Percent of the capacity, capped at 100 for a progress bar.
    int percent() const;

    // From the live picture of the center: its live tickets are exactly these.
    static HallOccupancy of(const LiveCenter &center);
};

} // namespace Kezek
