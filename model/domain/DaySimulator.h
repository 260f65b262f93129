#pragma once

#include "auth/Actor.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Kezek {

class Database;

// What day to play: how many windows work and how many citizens come.
struct SimulationRequest
{
    QDate date;
    int windows = 12;          // the first N windows by number; missing ones are added, serving every service
    int citizens = 600;
    double bookedShare = 0.5;  // of the citizens, booked through egov, telegram or call1414
    quint64 seed = 1;
    std::optional<qint64> stopAt; // stop here, leaving the day live (citizens waiting, windows busy)
};

// What the played day came to. Every citizen ends in exactly one of: served, noShowsNeverCame,
// noShowsCalled, cancelled, waiting, atWindows, notArrivedYet.
struct SimulationSummary
{
    int citizens = 0;
    int booked = 0;    // had a booking (whether or not they came)
    int walkIns = 0;
    int priority = 0;  // out-of-turn walk-ins
    int arrived = 0;   // got a ticket (issued or checked in)
    int lateCheckIns = 0;

    int served = 0;
    int noShowsNeverCame = 0; // booked, never checked in
    int noShowsCalled = 0;    // called, did not come to the window after the last recall
    int cancelled = 0;        // left the queue before being called
    int waiting = 0;          // still waiting when the simulation stopped
    int atWindows = 0;        // called or being served when it stopped
    int notArrivedYet = 0;    // would still come later that day

    int otherTickets = 0; // tickets that were already waiting (not the simulation's), served on the way
    int recalls = 0;
    int transfers = 0;
    int postponements = 0;
    int windowsUsed = 0;
    int windowsAdded = 0;

    qint64 waitTotalSeconds = 0; // over first calls: called - arrival (DOMAIN.md "Figures")
    int waitCount = 0;
    qint64 waitMaxSeconds = 0;
    qint64 endedAt = 0; // the clock when the simulation stopped
    bool stoppedEarly = false;
    qint64 elapsedMs = 0; // wall time taken

    qint64 averageWaitSeconds() const { return waitCount > 0 ? waitTotalSeconds / waitCount : 0; }
};

// Plays a realistic day of a center through the same QueueService (and booking import) as the console:
// bookings spread over the channels, arrivals heavier in the morning with a lunch dip, check-ins around the
// slot (some late, some never), out-of-turn citizens, service times around each service's norm, recalls and
// no-shows, transfers, postponements and lunch breaks. A discrete-event simulation on a FixedClock:
// the same seed on the same database gives the same day.
class DaySimulator final
{
    Q_DECLARE_TR_FUNCTIONS(DaySimulator)

public:
    explicit DaySimulator(Database &db) : m_db(db) { }

    // The simulation writes a whole day as the center's staff would: only an administrator may start one (or whoever
    // sets up a database without one). It acts as the operator holding each window (signing in the window's own
    // account where nobody holds it) and as the center's reception account, added if the center has none.
    Result<SimulationSummary> run(const SimulationRequest &request, const Actor &by);

private:
    Database &m_db;
};

} // namespace Kezek
