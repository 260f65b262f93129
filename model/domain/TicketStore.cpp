#include "TicketStore.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/IdBatches.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/Iin.h"

#include <QHash>
#include <QMutex>

#include <tuple>

namespace Kezek {

namespace {

// A ticket that waits: in a waiting state, today's (a ticket left over from yesterday does not come back;
// order_key always falls on the ticket's own day, so the range keeps to the index) and, if postponed, back
// from its postponement. %1 is the placeholder of now, %2 that of the start of today.
const QString waitingCondition = QStringLiteral(
    "t.state IN ('waiting', 'transferred', 'postponed') AND t.order_key >= %2 "
    "AND (t.state <> 'postponed' OR t.due_at <= %1)");

// Tickets a window may take: those transferred to it, and untargeted ones of the services it serves.
const QString windowCondition = QStringLiteral(
    "(t.target_window_id = %1 OR (t.target_window_id IS NULL AND t.service_id IN "
    "(SELECT service_id FROM window_services WHERE window_id = %1)))");

qint64 startOfToday(qint64 now)
{
    return LocalTime::startOfDay(LocalTime::dateOf(now));
}

std::optional<int> optionalInt(const Query &q, int column)
{
    const auto value = q.optionalInt64(column);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

Ticket fromRow(const Query &q)
{
    Ticket t;
    t.id = q.int64(0);
    t.day = q.text(1);
    t.number = q.text(2);
    t.serviceId = q.integer(3);
    t.source = Names::ticketSource(q.text(4)).value_or(TicketSource::WalkIn);
    t.bookingId = q.optionalInt64(5);
    t.priority = q.text(6);
    t.state = Names::ticketState(q.text(7)).value_or(TicketState::Waiting);
    t.lane = Lane(q.integer(8));
    t.issuedAt = q.int64(9);
    t.slotStart = q.optionalInt64(10);
    t.dueAt = q.optionalInt64(11);
    t.targetWindowId = optionalInt(q, 12);
    t.windowId = optionalInt(q, 13);
    t.operatorId = optionalInt(q, 14);
    t.firstCalledAt = q.optionalInt64(15);
    t.calledAt = q.optionalInt64(16);
    t.servingAt = q.optionalInt64(17);
    t.finishedAt = q.optionalInt64(18);
    t.callCount = q.integer(19);
    t.lastCallAt = q.optionalInt64(20);
    t.bookingCode = q.text(21);
    t.iin = q.text(22);
    t.fullName = q.text(23);
    t.orderKey = q.int64(24);
    return t;
}

} // namespace

QString TicketStore::selectSql()
{
    return QStringLiteral(
        "SELECT t.id, t.day, t.number, t.service_id, t.source, t.booking_id, t.priority, t.state, t.lane, "
        "t.issued_at, t.slot_start, t.due_at, t.target_window_id, t.window_id, t.operator_id, t.first_called_at, "
        "t.called_at, t.serving_at, t.finished_at, t.call_count, t.last_call_at, b.booking_id, b.iin, b.full_name, t.order_key "
        "FROM tickets t LEFT JOIN bookings b ON b.id = t.booking_id ");
}

Result<QList<Ticket>> TicketStore::select(const QString &where, const QVariantMap &binds, const QString &doing) const
{
    Query q(m_db, selectSql() + where);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    if (auto status = q.exec(doing); !status)
        return status.failure();
    QList<Ticket> tickets;
    while (q.next())
        tickets.append(fromRow(q));
    return tickets;
}

Result<Ticket> TicketStore::byId(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE t.id = :id"), {{QStringLiteral(":id"), id}}, tr("reading a ticket"));
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return Failure{Failure::Kind::NotFound, tr("There is no ticket with id %1.").arg(id)};
    return found->first();
}

Result<Ticket> TicketStore::byNumber(const QString &number, const QString &day) const
{
    const QString normalised = number.trimmed().toUpper();
    const QString shown = Iin::maskInText(normalised); // whatever was typed for a number goes into messages
    auto found = select(QStringLiteral("WHERE t.day = :day AND t.number = :number"),
                        {{QStringLiteral(":day"), day}, {QStringLiteral(":number"), normalised}},
                        tr("reading ticket %1").arg(shown));
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return Failure{Failure::Kind::NotFound, tr("There is no ticket %1 on %2.").arg(shown, day)};
    return found->first();
}

Result<std::optional<Ticket>> TicketStore::atWindow(int windowId, const QString &day) const
{
    auto found = select(QStringLiteral("WHERE t.window_id = :w AND t.state IN ('called', 'serving') AND t.day = :day"),
                        {{QStringLiteral(":w"), windowId}, {QStringLiteral(":day"), day}},
                        tr("reading the ticket at a window"));
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return std::optional<Ticket>();
    return std::optional<Ticket>(found->first());
}

Result<QList<Ticket>> TicketStore::waiting(qint64 now) const
{
    return select(QStringLiteral("WHERE ") + waitingCondition.arg(QStringLiteral(":now"), QStringLiteral(":today"))
                      + QStringLiteral(" ORDER BY t.order_key, t.id"),
                  {{QStringLiteral(":now"), now}, {QStringLiteral(":today"), startOfToday(now)}},
                  tr("reading the waiting tickets"));
}

TicketStore::BoundSql TicketStore::laneHeadsSql(const Window &window, qint64 now)
{
    // One probe per (lane, service) on the partial index of waiting tickets (lane, service_id, order_key):
    // each is a single index seek however long the queues are. They are glued into one statement whose
    // text depends only on how many services the window serves, so it is prepared once and reused.
    static QMutex mutex;
    static QHash<qsizetype, QString> textByServiceCount;
    const qsizetype serviceCount = window.serviceIds.size();
    QString sql;
    {
        QMutexLocker lock(&mutex);
        sql = textByServiceCount.value(serviceCount);
    }
    if (sql.isEmpty()) {
        const QString probe = QStringLiteral("SELECT * FROM (SELECT %1 AS head, t.id, t.lane, t.target_window_id, "
                                             "t.order_key FROM tickets t WHERE t.lane = %2 AND %3 AND %4 "
                                             "ORDER BY t.order_key, t.id LIMIT 1) AS p%5");
        const QString waitingNow = waitingCondition.arg(QStringLiteral(":now"), QStringLiteral(":today"));
        QStringList probes;
        const auto add = [&](LaneHeads::Index head, Lane lane, const QString &condition) {
            probes.append(probe.arg(QString::number(int(head)), QString::number(int(lane)), waitingNow, condition,
                                    QString::number(probes.size())));
        };
        add(LaneHeads::TransferHere, Lane::Transferred, QStringLiteral("t.target_window_id = :window"));
        // Only transfers carry a target window, so the other lanes need no target test.
        const std::pair<LaneHeads::Index, Lane> serviceLanes[] = {{LaneHeads::TransferService, Lane::Transferred},
                                                                  {LaneHeads::Booked, Lane::Booked},
                                                                  {LaneHeads::Priority, Lane::Priority},
                                                                  {LaneHeads::WalkIn, Lane::WalkIn}};
        for (const auto &[head, lane] : serviceLanes) {
            for (qsizetype i = 0; i < serviceCount; ++i)
                add(head, lane, QStringLiteral("t.service_id = :s%1 AND t.target_window_id IS NULL").arg(i));
        }
        sql = probes.join(QStringLiteral(" UNION ALL "));
        QMutexLocker lock(&mutex);
        textByServiceCount.insert(serviceCount, sql);
    }
    QVariantMap binds{{QStringLiteral(":now"), now},
                      {QStringLiteral(":today"), startOfToday(now)},
                      {QStringLiteral(":window"), window.id}};
    for (qsizetype i = 0; i < serviceCount; ++i)
        binds.insert(QStringLiteral(":s%1").arg(i), window.serviceIds.at(i));
    return {sql, binds};
}

Result<LaneHeads> TicketStore::laneHeads(const Window &window, qint64 now) const
{
    const auto [sql, binds] = laneHeadsSql(window, now);
    Query q(m_db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    if (auto status = q.exec(tr("reading the queue of window %1").arg(window.number)); !status)
        return status.failure();
    LaneHeads heads;
    while (q.next()) {
        const QueueCandidate candidate{q.int64(1), Lane(q.integer(2)), q.optionalInt64(3) == window.id, q.int64(4)};
        auto &head = heads.heads[q.integer(0)];
        if (!head || std::tie(candidate.orderKey, candidate.ticketId) < std::tie(head->orderKey, head->ticketId))
            head = candidate;
    }
    return heads;
}

Result<QList<QueuedTicket>> TicketStore::queueFor(const Window &window, const CallPolicy &policy, qint64 now) const
{
    auto tickets = select(QStringLiteral("WHERE ") + waitingCondition.arg(QStringLiteral(":now"), QStringLiteral(":today")) + QStringLiteral(" AND ")
                              + windowCondition.arg(QStringLiteral(":w")),
                          {{QStringLiteral(":now"), now}, {QStringLiteral(":today"), startOfToday(now)}, {QStringLiteral(":w"), window.id}},
                          tr("reading the queue of window %1").arg(window.number));
    if (!tickets)
        return tickets.failure();
    return arrange(*tickets, window, policy, Today::at(now));
}

Today Today::at(qint64 now)
{
    return Today{now, startOfToday(now), LocalTime::dayKey(now)};
}

QList<QueuedTicket> TicketStore::arrange(const QList<Ticket> &tickets, const Window &window, const CallPolicy &policy,
                                         const Today &today)
{
    QList<QueueCandidate> candidates;
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const Ticket &t = tickets.at(i);
        if (!waitsNow(t, today) || !windowMayTake(window, t))
            continue;
        indexById.insert(t.id, i);
        candidates.append(QueueCandidate{t.id, t.lane, t.targetWindowId == window.id, t.orderKey});
    }
    QList<QueuedTicket> queue;
    const QList<CallChoice> order = policy.arrange(candidates, window.priorityStreak, today.now);
    for (const CallChoice &choice : order)
        queue.append(QueuedTicket{tickets.at(indexById.value(choice.candidate.ticketId)), choice.tier});
    return queue;
}

bool TicketStore::waitsNow(const Ticket &ticket, const Today &today)
{
    switch (ticket.state) {
    case TicketState::Postponed:
        if (!ticket.dueAt || *ticket.dueAt > today.now)
            return false;
        [[fallthrough]];
    case TicketState::Waiting:
    case TicketState::Transferred:
        return ticket.orderKey >= today.startOfDay;
    default:
        return false;
    }
}

bool TicketStore::windowMayTake(const Window &window, const Ticket &ticket)
{
    if (ticket.targetWindowId)
        return *ticket.targetWindowId == window.id;
    return window.serviceIds.contains(ticket.serviceId);
}

bool TicketStore::isLive(const Ticket &ticket, const Today &today)
{
    switch (ticket.state) {
    case TicketState::Waiting:
    case TicketState::Transferred:
    case TicketState::Postponed:
        return ticket.orderKey >= today.startOfDay;
    case TicketState::Called:
    case TicketState::Serving:
        return ticket.day == today.day;
    default:
        return false;
    }
}

Result<QList<Ticket>> TicketStore::live(qint64 now) const
{
    // Two arms, so that each keeps to its partial index.
    return select(QStringLiteral("WHERE t.state IN ('waiting', 'transferred', 'postponed') AND t.order_key >= :start "
                                 "UNION ALL ")
                      + selectSql()
                      + QStringLiteral("WHERE t.state IN ('called', 'serving') AND t.day = :day"),
                  {{QStringLiteral(":start"), startOfToday(now)}, {QStringLiteral(":day"), LocalTime::dayKey(now)}},
                  tr("reading today's tickets"));
}

Result<QList<Ticket>> TicketStore::byIds(const QList<qint64> &ids) const
{
    static const QString where = QStringLiteral("WHERE t.id IN ") + IdBatches::inList();
    QList<Ticket> found;
    for (const QVariantMap &binds : IdBatches::of(ids)) {
        auto tickets = select(where, binds, tr("reading changed tickets"));
        if (!tickets)
            return tickets.failure();
        found.append(*tickets);
    }
    return found;
}

} // namespace Kezek
