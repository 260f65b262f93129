#include "WaitEstimator.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Query.h"
#include "domain/TicketStore.h"

#include <limits>

namespace Kezek {

WaitEstimator::WaitEstimator(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status WaitEstimator::load()
{
    auto catalogue = Catalogue(m_db).snapshot();
    if (!catalogue)
        return catalogue.failure();
    const TicketStore store(m_db);
    const CallPolicy policy(catalogue->settings.earlyAllowance, catalogue->settings.priorityStreakCap);
    const QString today = LocalTime::dayKey(m_clock.now());
    return load({catalogue->services, catalogue->windows,
                  [&](const Window &window) { return store.queueFor(window, policy, m_now); },
                  [&](const Window &window) { return store.atWindow(window.id, today); }});
}

Status WaitEstimator::load(const Source &source)
{
    m_now = m_clock.now();
    m_windows.clear();
    m_norms.clear();
    m_waitingIds.clear();
    for (const Service &service : source.services)
        m_norms.insert(service.id, service.normSeconds);

    // Today's finished citizens, newest first: the first few per window give its pace.
    Query recent(m_db, QStringLiteral("SELECT window_id, finished_at - serving_at FROM tickets "
                                      "WHERE day = :day AND state = 'served' AND window_id IS NOT NULL "
                                      "AND serving_at IS NOT NULL AND finished_at >= serving_at "
                                      "ORDER BY finished_at DESC, id DESC"));
    recent.bind(QStringLiteral(":day"), LocalTime::dayKey(m_now));
    if (auto status = recent.exec(tr("reading today's service times")); !status)
        return status;
    QHash<int, QList<qint64>> durations;
    while (recent.next()) {
        QList<qint64> &list = durations[recent.integer(0)];
        if (list.size() < recentTickets)
            list.append(recent.int64(1));
    }

    for (const Window &window : source.windows) {
        if (window.state == WindowState::Closed)
            continue;
        WindowQueue queue;
        queue.window = window;
        auto order = source.queueOf(window);
        if (!order)
            return order.failure();
        for (const QueuedTicket &queued : *order) {
            queue.placeOf.insert(queued.ticket.id, int(queue.order.size()));
            queue.order.append(queued.ticket.id);
            m_waitingIds.insert(queued.ticket.id, queued.ticket.serviceId);
            // An early booking waits behind walk-ins until its slot comes; a walk-in issued now would not.
            if (queued.tier != CallTier::BookedEarly)
                ++queue.beforeNewWalkIn;
        }
        if (const QList<qint64> times = durations.value(window.id); !times.isEmpty()) {
            qint64 sum = 0;
            for (qint64 seconds : times)
                sum += seconds;
            queue.meanServiceSeconds = sum / times.size();
        }
        auto current = source.ticketAt(window);
        if (!current)
            return current.failure();
        if (current->has_value()) {
            const Ticket &at = current->value();
            if (at.servingAt)
                queue.currentServingSince = *at.servingAt;
            else
                queue.currentOnlyCalled = true;
        }
        m_windows.append(queue);
    }
    return success();
}

WindowPace WaitEstimator::paceOf(const WindowQueue &queue, int ahead, qint64 norm) const
{
    WindowPace pace;
    pace.windowNumber = queue.window.number;
    pace.ahead = ahead;
    pace.serviceSeconds = queue.meanServiceSeconds.value_or(norm);
    if (queue.currentServingSince)
        pace.busySeconds = std::max<qint64>(0, pace.serviceSeconds - (m_now - *queue.currentServingSince));
    else if (queue.currentOnlyCalled)
        pace.busySeconds = pace.serviceSeconds;
    return pace;
}

std::optional<WaitEstimate> WaitEstimator::forTicket(const Ticket &ticket) const
{
    const qint64 norm = m_norms.value(ticket.serviceId);
    QList<WindowPace> paces;
    for (const WindowQueue &queue : m_windows) {
        const auto place = queue.placeOf.constFind(ticket.id);
        if (place != queue.placeOf.cend())
            paces.append(paceOf(queue, *place, norm));
    }
    return combine(paces);
}

std::optional<WaitEstimate> WaitEstimator::forNewTicket(int serviceId) const
{
    const qint64 norm = m_norms.value(serviceId);
    QList<WindowPace> paces;
    for (const WindowQueue &queue : m_windows) {
        if (queue.window.serviceIds.contains(serviceId))
            paces.append(paceOf(queue, queue.beforeNewWalkIn, norm));
    }
    return combine(paces);
}

std::optional<WaitEstimate> WaitEstimator::averageOfWaiting() const
{
    qint64 seconds = 0;
    qint64 ahead = 0;
    int counted = 0;
    for (auto it = m_waitingIds.cbegin(); it != m_waitingIds.cend(); ++it) {
        Ticket ticket;
        ticket.id = it.key();
        ticket.serviceId = it.value();
        if (const auto estimate = forTicket(ticket)) {
            seconds += estimate->seconds;
            ahead += estimate->ahead;
            ++counted;
        }
    }
    if (counted == 0)
        return std::nullopt;
    return WaitEstimate{int(ahead / counted), seconds / counted};
}

std::optional<WaitEstimate> WaitEstimator::combine(const QList<WindowPace> &windows)
{
    if (windows.isEmpty())
        return std::nullopt;
    int ahead = std::numeric_limits<int>::max();
    qint64 busy = std::numeric_limits<qint64>::max();
    double rate = 0; // citizens per second, all windows together
    for (const WindowPace &window : windows) {
        ahead = std::min(ahead, window.ahead);
        busy = std::min(busy, window.busySeconds);
        rate += 1.0 / double(std::max<qint64>(1, window.serviceSeconds));
    }
    const qint64 seconds = busy + qint64(double(ahead) / rate + 0.5);
    return WaitEstimate{ahead, seconds};
}

} // namespace Kezek
