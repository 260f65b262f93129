#include "Report.h"

namespace Kezek {

namespace {

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

double ReportRow::serviceToNorm() const
{
    if (referenceServiceSeconds <= 0 || sums.serviceCount == 0)
        return 0.0;
    return sums.serviceAverage() / referenceServiceSeconds;
}

double Report::waitWithinTargetShare() const
{
    return ratio(total.withinTarget, total.waits);
}

double Report::bookedShare() const
{
    return ratio(total.bookedServed, total.served);
}

double Report::noShowRate() const
{
    return ratio(total.noShows, total.served + total.noShows);
}

double Report::channelShare(const ReportRow &row) const
{
    return ratio(row.sums.served, total.served);
}

double Report::hourWaiting(const ReportRow &row) const
{
    return days > 1 ? double(row.sums.waiting) / double(days) : double(row.sums.waiting);
}

} // namespace Kezek
