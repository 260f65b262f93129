#include "FigureSums.h"

#include <algorithm>

namespace Kezek {

void FigureSums::add(const FigureSums &o)
{
    arrivals += o.arrivals;
    served += o.served;
    servedServices += o.servedServices;
    bookedServed += o.bookedServed;
    walkIns += o.walkIns;
    noShows += o.noShows;
    cancelled += o.cancelled;
    waits += o.waits;
    waitSum += o.waitSum;
    waitMax = std::max(waitMax, o.waitMax);
    withinTarget += o.withinTarget;
    serviceCount += o.serviceCount;
    serviceSum += o.serviceSum;
    normSum += o.normSum;
    idle += o.idle;
    waiting += o.waiting;
    bookings += o.bookings;
    bookingsMissed += o.bookingsMissed;
}

double FigureSums::waitAverage() const
{
    return waits > 0 ? double(waitSum) / double(waits) : 0.0;
}

double FigureSums::serviceAverage() const
{
    return serviceCount > 0 ? double(serviceSum) / double(serviceCount) : 0.0;
}

double FigureSums::normAverage() const
{
    return serviceCount > 0 ? double(normSum) / double(serviceCount) : 0.0;
}

void addInto(FigureTable &into, const FigureTable &from)
{
    for (const auto &[key, sums] : from)
        into[key].add(sums);
}

QString dimensionKey(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Total:
        return QStringLiteral("total");
    case Dimension::Source:
        return QStringLiteral("source");
    case Dimension::Window:
        return QStringLiteral("window");
    case Dimension::Operator:
        return QStringLiteral("operator");
    case Dimension::Service:
        return QStringLiteral("service");
    case Dimension::Hour:
        return QStringLiteral("hour");
    }
    return {};
}

bool dimensionFromKey(const QString &key, Dimension *dimension)
{
    for (Dimension d : {Dimension::Total, Dimension::Source, Dimension::Window, Dimension::Operator,
                        Dimension::Service, Dimension::Hour}) {
        if (dimensionKey(d) == key) {
            *dimension = d;
            return true;
        }
    }
    return false;
}

} // namespace Kezek
