#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <algorithm>
#include <functional>
#include <optional>

namespace Kezek {

class Clock;
class Database;
struct QueuedTicket;
struct Ticket;

// One window's part in a wait estimate: how many it would call before the ticket, how fast it has been
// working today, and how long its current citizen is likely to keep it.
struct WindowPace
{
    int windowNumber = 0;
    int ahead = 0;              // tickets this window would call before the one estimated
    qint64 serviceSeconds = 0;  // mean of its last few service times today, or the service norm
    qint64 busySeconds = 0;     // until its current citizen is likely done; 0 when it is free
};

struct WaitEstimate
{
    int ahead = 0;      // people ahead: the fewest any window that can call the ticket has before it
    qint64 seconds = 0; // expected time until the ticket is called

    // Whole minutes, rounded up, at least 1 ("about 12 min"): a wait is never promised as zero.
    int minutes() const { return int(std::max<qint64>(1, (seconds + 59) / 60)); }
};

// The expected wait of a waiting ticket (DOMAIN.md asks for it on the ticket, at reception and on the display).
//
// A ticket may be reachable from several windows (an ID card from windows 1-4 and 12). Each window w that can call
// it has it at some place p_w in its own call order (TicketStore::queueFor) and works at a pace m_w: the mean
// service time (serving start to finish) of its last `recentTickets` citizens today, or the ticket's service norm
// when it has served nobody yet. Those windows work through the people ahead side by side, so
//     ahead   = min_w p_w                      (the window closest to the ticket)
//     seconds = min_w busy_w + ahead / sum_w (1 / m_w)
// where busy_w is what is left of the window's current citizen (m_w minus the time served so far, m_w when only
// called, 0 when free). Closed windows do not count; paused ones do (they come back). Tickets ahead that another
// window takes instead are what the pooled rate stands for; the estimate is a guide, not a promise.
class WaitEstimator final
{
    Q_DECLARE_TR_FUNCTIONS(WaitEstimator)

public:
    static constexpr int recentTickets = 5;

    WaitEstimator(const Database &db, const Clock &clock);

    // Where the windows, their queues and the tickets at them come from: the database (load()) or a process's live
    // picture of the center (LiveCenter::estimate), which leaves only today's service times to read.
    struct Source
    {
        const QList<Service> &services;
        const QList<Window> &windows;
        std::function<Result<QList<QueuedTicket>>(const Window &)> queueOf;
        std::function<Result<std::optional<Ticket>>(const Window &)> ticketAt;
    };

    // Reads the windows, their queues and today's service times once; the estimates below are then lookups.
    Status load();
    Status load(const Source &source);

    // For a waiting ticket; nullopt when no window that is not closed can call it (or it is not waiting).
    std::optional<WaitEstimate> forTicket(const Ticket &ticket) const;
    // For a walk-in ticket of the service issued now: it would stand behind everyone a window would call first.
    std::optional<WaitEstimate> forNewTicket(int serviceId) const;
    // The mean of forTicket over every waiting ticket; nullopt when nobody waits or none can be estimated.
    std::optional<WaitEstimate> averageOfWaiting() const;
    int waitingCount() const { return int(m_waitingIds.size()); }

    // The arithmetic above, for the windows that can call the ticket; nullopt for none.
    static std::optional<WaitEstimate> combine(const QList<WindowPace> &windows);

private:
    struct WindowQueue
    {
        Window window;
        QList<qint64> order;            // ticket ids in call order
        QHash<qint64, int> placeOf;     // ticket id -> tickets ahead of it
        int beforeNewWalkIn = 0;        // tickets that would still be called before a walk-in issued now
        std::optional<qint64> meanServiceSeconds;
        std::optional<qint64> currentServingSince; // serving start of the citizen at the window
        bool currentOnlyCalled = false;
    };

    WindowPace paceOf(const WindowQueue &queue, int ahead, qint64 norm) const;

    const Database &m_db;
    const Clock &m_clock;
    qint64 m_now = 0;
    QList<WindowQueue> m_windows;
    QHash<int, qint64> m_norms;       // service id -> norm seconds
    QHash<qint64, int> m_waitingIds;  // waiting ticket id -> service id
};

} // namespace Kezek
