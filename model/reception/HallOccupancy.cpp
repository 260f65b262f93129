#include "HallOccupancy.h"

#include "core/LocalTime.h"
#include "db/Query.h"
#include "domain/Catalogue.h"

#include <algorithm>

namespace Kezek {

int HallOccupancy::percent() const
{
    if (capacity <= 0)
        return 0;
    return std::min(100, inside * 100 / capacity);
}

Result<HallOccupancy> HallOccupancy::read(const Database &db, qint64 now)
{
    auto settings = Catalogue(db).settings();
    if (!settings)
        return settings.failure();
    auto count = Query::scalar(db,
                               QStringLiteral("SELECT count(*) FROM tickets WHERE day = :day AND state IN "
                                              "('waiting', 'transferred', 'postponed', 'called', 'serving')"),
                               {{QStringLiteral(":day"), LocalTime::dayKey(now)}}, tr("counting citizens in the hall"));
    if (!count)
        return count.failure();
    HallOccupancy occupancy;
    occupancy.inside = int(count->value_or(0));
    occupancy.capacity = settings->hallCapacity;
    return occupancy;
}

} // namespace Kezek
