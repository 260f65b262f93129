#pragma once

#include <QString>
#include <QtGlobal>

#include <map>
#include <utility>

namespace Kezek {

// What the supervisor figures are broken down by. The stored spellings are in report_figures.dimension.
enum class Dimension { Total, Source, Window, Operator, Service, Hour };

// Additive sums over a set of tickets (one day, one window, one hour...): the sums of two sets are the sums of
// their union (wait_max is the larger one), which is what lets closed days be stored and a year be summed from
// them. Every figure the supervisor sees is a ratio of these; the definitions are in ReportEngine.h.
struct FigureSums
{
    qint64 arrivals = 0;        // tickets issued or checked in
    qint64 served = 0;          // tickets that ended served (citizens served)
    qint64 servedServices = 0;  // served-service records with outcome done
    qint64 bookedServed = 0;    // served tickets that came from a booking
    qint64 walkIns = 0;         // tickets issued without a booking
    qint64 noShows = 0;         // tickets marked no-show
    qint64 cancelled = 0;       // tickets cancelled before being called
    qint64 waits = 0;           // tickets called at least once: the waits measured
    qint64 waitSum = 0;         // seconds, over those waits
    qint64 waitMax = 0;         // seconds
    qint64 withinTarget = 0;    // waits not longer than the center's wait target
    qint64 serviceCount = 0;    // served tickets with a serving start and end
    qint64 serviceSum = 0;      // seconds, served end - serving start
    qint64 normSum = 0;         // seconds, the catalogue norm of each of those tickets' service
    qint64 idle = 0;            // seconds a working window stood free while citizens waited for it (IdleTime.h)
    qint64 waiting = 0;         // hour rows: tickets waiting for a first call at the end of the hour
    qint64 bookings = 0;        // total row: bookings with a slot on the day
    qint64 bookingsMissed = 0;  // total row: of those, never checked in (slot + late tolerance passed)

    void add(const FigureSums &other);
    bool operator==(const FigureSums &other) const = default;

    // Averages in seconds; 0 when there is nothing to average.
    double waitAverage() const;
    double serviceAverage() const;
    double normAverage() const;
};

// One day's (or any set's) sums by dimension and item: item is "" for the total, the source key ("egov"),
// the window, operator or service id, or the hour of the day ("9").
using FigureKey = std::pair<Dimension, QString>;
using FigureTable = std::map<FigureKey, FigureSums>;

void addInto(FigureTable &into, const FigureTable &from);

QString dimensionKey(Dimension dimension);
bool dimensionFromKey(const QString &key, Dimension *dimension);

} // namespace Kezek
