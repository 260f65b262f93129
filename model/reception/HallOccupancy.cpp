#include "HallOccupancy.h"

#include "live/LiveCenter.h"

#include <algorithm>

namespace Kezek {

int HallOccupancy::percent() const
{
    if (capacity <= 0)
        return 0;
    return std::min(100, inside * 100 / capacity);
}

HallOccupancy HallOccupancy::of(const LiveCenter &center)
{
    HallOccupancy occupancy;
    occupancy.inside = center.liveTicketCount();
    occupancy.capacity = center.settings().hallCapacity;
    return occupancy;
}

} // namespace Kezek
