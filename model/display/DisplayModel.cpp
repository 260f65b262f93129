#include "DisplayModel.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Query.h"
#include "display/Bilingual.h"
#include "live/LiveCenter.h"

namespace Kezek {

namespace {

// Rows read per statement; a display that was away longer catches up over several reads.
constexpr int readBatch = 200;

const QString callColumns = QStringLiteral(
    "SELECT e.id, e.ticket_id, t.number, w.number, e.at, e.action FROM events e "
    "JOIN tickets t ON t.id = e.ticket_id JOIN windows w ON w.id = e.window_id ");

DisplayCall callFrom(Query &q)
{
    DisplayCall call;
    call.key = q.int64(0);
    call.ticketId = q.int64(1);
    call.number = q.text(2);
    call.windowNumber = q.integer(3);
    call.at = q.int64(4);
    call.recall = q.text(5) == QLatin1String("recall");
    return call;
}

} // namespace

DisplayModel::DisplayModel(const Database &db, const LiveCenter &center, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_center(center)
    , m_clock(clock)
    , m_bilingual(std::make_unique<Bilingual>())
    , m_recent(new CallListModel(*m_bilingual, this))
    , m_calledNow(new CallListModel(*m_bilingual, this))
{
}

DisplayModel::~DisplayModel() = default;

void DisplayModel::setHistorySize(int calls)
{
    m_historySize = std::max(1, calls);
    if (m_history.size() > m_historySize) {
        m_history.resize(m_historySize);
        m_recent->setCalls(m_history);
    }
}

Status DisplayModel::refresh()
{
    Status status = readNewCalls();
    if (status) {
        showCalledNow();
        status = updateWaiting(m_clock.now());
    }
    setConnected(status.ok() && !m_center.isBehind());
    return status;
}

Status DisplayModel::readNewCalls()
{
    const qint64 startOfToday = LocalTime::startOfDay(LocalTime::dateOf(m_clock.now()));
    bool changed = false;
    if (m_lastEventId < 0) {
        // First read: the last calls become the history without being announced again.
        auto last = Query::scalar(m_db, QStringLiteral("SELECT max(id) FROM events"), {}, tr("reading the calls"));
        if (!last)
            return last.failure();
        Query q(m_db, callColumns + QStringLiteral("WHERE e.action IN ('call', 'recall') AND e.at >= :today "
                                                   "ORDER BY e.id DESC LIMIT :limit"));
        q.bind(QStringLiteral(":today"), startOfToday).bind(QStringLiteral(":limit"), m_historySize);
        if (auto status = q.exec(tr("reading the calls")); !status)
            return status;
        m_history.clear();
        while (q.next())
            m_history.append(callFrom(q));
        m_lastEventId = last->value_or(0);
        changed = true;
    } else {
        int newCalls = 0;
        for (;;) {
            Query q(m_db, callColumns + QStringLiteral("WHERE e.id > :last AND e.action IN ('call', 'recall') "
                                                       "ORDER BY e.id LIMIT :limit"));
            q.bind(QStringLiteral(":last"), m_lastEventId).bind(QStringLiteral(":limit"), readBatch);
            if (auto status = q.exec(tr("reading the calls")); !status)
                return status;
            int rows = 0;
            while (q.next()) {
                const DisplayCall call = callFrom(q);
                ++rows;
                m_lastEventId = call.key;
                m_history.prepend(call);
                m_pending.enqueue(call);
                if (m_pending.size() > pendingLimit)
                    m_pending.dequeue();
                ++newCalls;
            }
            if (rows < readBatch)
                break;
        }
        if (m_history.size() > m_historySize)
            m_history.resize(m_historySize);
        changed = newCalls > 0;
        if (newCalls > 0)
            Q_EMIT announcementsPending();
    }
    // A new day starts with an empty board.
    const auto stale = std::remove_if(m_history.begin(), m_history.end(),
                                      [startOfToday](const DisplayCall &c) { return c.at < startOfToday; });
    if (stale != m_history.end()) {
        m_history.erase(stale, m_history.end());
        changed = true;
    }
    if (changed)
        m_recent->setCalls(m_history);
    return success();
}

void DisplayModel::showCalledNow()
{
    QList<DisplayCall> calls;
    for (const Ticket &ticket : m_center.ticketsAtWindows()) {
        const Window *window = m_center.windowById(*ticket.windowId);
        if (ticket.state != TicketState::Called || !window)
            continue;
        DisplayCall call;
        call.key = ticket.id;
        call.ticketId = ticket.id;
        call.number = ticket.number;
        call.windowNumber = window->number;
        call.at = ticket.lastCallAt.value_or(ticket.calledAt.value_or(0));
        calls.append(call);
    }
    // The latest call first.
    std::sort(calls.begin(), calls.end(), [](const DisplayCall &a, const DisplayCall &b) {
        return a.at != b.at ? a.at > b.at : a.ticketId > b.ticketId;
    });
    m_calledNow->setCalls(calls);
}

Status DisplayModel::updateWaiting(qint64 now)
{
    const int waiting = m_center.queuedCount();
    bool changed = waiting != m_waiting;
    m_waiting = waiting;
    if (!m_estimatedAt || now - *m_estimatedAt >= estimateIntervalSeconds || now < *m_estimatedAt || changed) {
        WaitEstimator estimator(m_db, m_clock);
        if (auto status = m_center.estimate(estimator); !status)
            return status;
        const auto average = estimator.averageOfWaiting();
        const auto minutesOf = [](const std::optional<WaitEstimate> &e) { return e ? e->minutes() : -1; };
        changed = changed || minutesOf(average) != minutesOf(m_averageWait);
        m_averageWait = average;
        m_estimatedAt = now;
    }
    if (changed)
        Q_EMIT summaryChanged();
    return success();
}

std::optional<DisplayCall> DisplayModel::takeAnnouncement()
{
    if (m_pending.isEmpty())
        return std::nullopt;
    return m_pending.dequeue();
}

void DisplayModel::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectionChanged(connected);
}

} // namespace Kezek
