#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

// Idle time while citizens waited, for one day: the seconds a *working* window was open, had nobody at it,
// and at least one citizen was waiting for a first call (or again after a transfer) for a service the window
// serves. A window works from its first call of the day to the end of its last citizen that day; outside
// that span it is not staffed and counts nothing. Per service: the seconds summed over the windows serving
// it while a citizen of that service waited and the window stood free. Per operator: a window's idle
// seconds go to the operator of its latest call (before the first call: the first call's).
// Approximations, on purpose: a ticket waits under its final service (a transfer to another service is
// rare); a postponed citizen is away, not waiting; a ticket transferred to a window counts as waiting for
// every window of its service.
class IdleTime final
{
public:
    struct TicketEvent
    {
        qint64 ticketId = 0;
        QString action; // events.action: issue, checkin, call, recall, serve, finish, no_show, postpone,
                        // transfer, cancel
        std::optional<int> windowId;
        std::optional<int> operatorId;
        qint64 at = 0;
        int serviceId = 0; // the ticket's service
    };
    struct StateChange
    {
        qint64 at = 0;
        bool open = true;
    };
    struct Input
    {
        qint64 from = 0; // the day's start
        qint64 to = 0;   // the day's end, or now for today
        QList<TicketEvent> events; // in ticket order, each ticket's events in order
        QHash<int, QList<int>> windowServices; // window id -> service ids
        QHash<int, bool> openAtStart;          // window id -> open when the day began (default open)
        QHash<int, QList<StateChange>> stateChanges; // window id -> changes during the day, in order
    };
    struct Output
    {
        QHash<int, qint64> byWindow;
        QHash<int, qint64> byService;
        QHash<int, qint64> byOperator;
    };

    static Output compute(const Input &input);
};

} // namespace Kezek
