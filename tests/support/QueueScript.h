#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QStringList>

namespace Kezek {
class Database;
}

namespace Kezek::Test {

// Plays a tiny script of queue steps against the engine, so call-order rules read as data:
//   "09:00 issue ID-CARD [CATEGORY]"        walk-in ticket
//   "09:00 book CODE SERVICE 09:15"         a booking (egov) for a slot
//   "09:05 checkin CODE"                    the booked citizen arrives
//   "09:10 call WINDOW"                     finishes what the window holds, then calls next
//   "09:12 transfer WINDOW to-window N" / "... to-service CODE"   the window's current ticket
//   "09:12 postpone WINDOW 10:00"           the window's current ticket
//   "09:12 pause WINDOW" / "resume WINDOW"
// Every "call" appends the called number (or "-" when nobody waits) to calls().
class QueueScript final
{
public:
    explicit QueueScript(Database &db);

    // Runs the steps; a step the engine refuses is a test failure naming the step.
    Status run(const QStringList &steps);
    const QStringList &calls() const { return m_calls; }
    FixedClock &clock() { return m_clock; }

private:
    Status step(const QString &line);

    Database &m_db;
    FixedClock m_clock;
    QStringList m_calls;
};

} // namespace Kezek::Test
