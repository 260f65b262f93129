#pragma once

#include "domain/Types.h"

#include <QList>

#include <array>
#include <optional>

namespace Kezek {

// Why a waiting ticket stands where it does in a window's queue, best first (DOMAIN.md "Who is called next").
enum class CallTier {
    TransferredHere, // 1. transferred to this very window
    Transferred,     // 1. transferred to a service this window serves (front of that queue)
    BookedDue,       // 2. booked, slot started (minus the early allowance)
    Priority,        // 3. out of turn, subject to the consecutive cap
    WalkIn,          // 4. walk-in, first come first served
    BookedEarly,     // booked but early: only when no walk-in waits
};

// A waiting ticket as the policy sees it. orderKey is the slot start for bookings, the arrival otherwise.
struct QueueCandidate
{
    qint64 ticketId = 0;
    Lane lane = Lane::WalkIn;
    bool targetsThisWindow = false;
    qint64 orderKey = 0;
};

// The head (first in its own order) of each queue a window draws from.
struct LaneHeads
{
    enum Index { TransferHere, TransferService, Booked, Priority, WalkIn, Count };
    std::array<std::optional<QueueCandidate>, Count> heads;

    static Index indexOf(const QueueCandidate &candidate);
};

struct CallChoice
{
    QueueCandidate candidate;
    CallTier tier = CallTier::WalkIn;
};

// The call order as a pure function of the lane heads, the clock and the window's out-of-turn streak,
// so call-next (which reads only the heads) and the queue listing (which reads every ticket) agree.
class CallPolicy final
{
public:
    CallPolicy(int earlyAllowanceSeconds, int priorityStreakCap);

    std::optional<CallChoice> pick(const LaneHeads &heads, int priorityStreak, qint64 now) const;
    // The window's out-of-turn streak after calling a ticket of `tier`. Only walk-in calls reset it:
    // the cap exists so walk-ins still move, and bookings are neither.
    static int streakAfter(CallTier tier, int priorityStreak);
    // Every candidate in the order successive call-next presses would take them.
    QList<CallChoice> arrange(QList<QueueCandidate> candidates, int priorityStreak, qint64 now) const;

private:
    int m_earlyAllowance;
    int m_streakCap;
};

} // namespace Kezek
