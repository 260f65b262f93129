#include "DisplayModel.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Query.h"
#include "display/Bilingual.h"

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

DisplayModel::DisplayModel(const Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
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
    const qint64 now = m_clock.now();
    Status status = readNewCalls();
    if (status)
        status = readCalledNow(now);
    if (status)
        status = readWaiting(now);
    setConnected(status.ok());
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

Status DisplayModel::readCalledNow(qint64 now)
{
    Query q(m_db, QStringLiteral("SELECT t.id, t.number, w.number, coalesce(t.last_call_at, t.called_at, 0) "
                                 "FROM tickets t JOIN windows w ON w.id = t.window_id "
                                 "WHERE t.day = :today AND t.state = 'called' "
                                 "ORDER BY coalesce(t.last_call_at, t.called_at, 0) DESC, t.id DESC"));
    q.bind(QStringLiteral(":today"), LocalTime::dayKey(now));
    if (auto status = q.exec(tr("reading the tickets called now")); !status)
        return status;
    QList<DisplayCall> calls;
    while (q.next()) {
        DisplayCall call;
        call.key = q.int64(0);
        call.ticketId = call.key;
        call.number = q.text(1);
        call.windowNumber = q.integer(2);
        call.at = q.int64(3);
        calls.append(call);
    }
    m_calledNow->setCalls(calls);
    return success();
}

Status DisplayModel::readWaiting(qint64 now)
{
    auto count = Query::scalar(m_db,
                               QStringLiteral("SELECT count(*) FROM tickets WHERE day = :today "
                                              "AND state IN ('waiting', 'transferred', 'postponed')"),
                               {{QStringLiteral(":today"), LocalTime::dayKey(now)}}, tr("counting who waits"));
    if (!count)
        return count.failure();
    const int waiting = int(count->value_or(0));
    bool changed = waiting != m_waiting;
    m_waiting = waiting;
    if (!m_estimatedAt || now - *m_estimatedAt >= estimateIntervalSeconds || now < *m_estimatedAt || changed) {
        WaitEstimator estimator(m_db, m_clock);
        if (auto status = estimator.load(); !status)
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
