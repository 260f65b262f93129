#include "CallPolicy.h"

#include <algorithm>

namespace Kezek {

LaneHeads::Index LaneHeads::indexOf(const QueueCandidate &candidate)
{
    switch (candidate.lane) {
    case Lane::Transferred:
        return candidate.targetsThisWindow ? TransferHere : TransferService;
    case Lane::Booked:
        return Booked;
    case Lane::Priority:
        return Priority;
    case Lane::WalkIn:
        return WalkIn;
    }
    return WalkIn;
}

CallPolicy::CallPolicy(int earlyAllowanceSeconds, int priorityStreakCap)
    : m_earlyAllowance(earlyAllowanceSeconds)
    , m_streakCap(priorityStreakCap)
{
}

std::optional<CallChoice> CallPolicy::pick(const LaneHeads &lanes, int priorityStreak, qint64 now) const
{
    const auto &h = lanes.heads;
    if (h[LaneHeads::TransferHere])
        return CallChoice{*h[LaneHeads::TransferHere], CallTier::TransferredHere};
    if (h[LaneHeads::TransferService])
        return CallChoice{*h[LaneHeads::TransferService], CallTier::Transferred};
    const auto &booked = h[LaneHeads::Booked];
    if (booked && booked->orderKey - m_earlyAllowance <= now)
        return CallChoice{*booked, CallTier::BookedDue};
    const bool capped = m_streakCap > 0 && priorityStreak >= m_streakCap && h[LaneHeads::WalkIn];
    if (h[LaneHeads::Priority] && !capped)
        return CallChoice{*h[LaneHeads::Priority], CallTier::Priority};
    if (h[LaneHeads::WalkIn])
        return CallChoice{*h[LaneHeads::WalkIn], CallTier::WalkIn};
    if (booked) // early: nobody else waits, so the window does not idle
        return CallChoice{*booked, CallTier::BookedEarly};
    return std::nullopt;
}

int CallPolicy::streakAfter(CallTier tier, int priorityStreak)
{
    switch (tier) {
    case CallTier::Priority:
        return priorityStreak + 1;
    case CallTier::WalkIn:
        return 0;
    default:
        return priorityStreak;
    }
}

QList<CallChoice> CallPolicy::arrange(QList<QueueCandidate> candidates, int priorityStreak, qint64 now) const
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const QueueCandidate &a, const QueueCandidate &b) {
        return std::tie(a.orderKey, a.ticketId) < std::tie(b.orderKey, b.ticketId);
    });
    std::array<QList<QueueCandidate>, LaneHeads::Count> lanes;
    for (const QueueCandidate &candidate : std::as_const(candidates))
        lanes[LaneHeads::indexOf(candidate)].append(candidate);

    std::array<qsizetype, LaneHeads::Count> position{};
    QList<CallChoice> order;
    order.reserve(candidates.size());
    for (;;) {
        LaneHeads heads;
        for (int lane = 0; lane < LaneHeads::Count; ++lane) {
            if (position[lane] < lanes[lane].size())
                heads.heads[lane] = lanes[lane][position[lane]];
        }
        const auto choice = pick(heads, priorityStreak, now);
        if (!choice)
            break;
        order.append(*choice);
        ++position[LaneHeads::indexOf(choice->candidate)];
        priorityStreak = streakAfter(choice->tier, priorityStreak);
    }
    return order;
}

} // namespace Kezek
