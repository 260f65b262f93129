#pragma once

#include "core/Result.h"
#include "domain/CallPolicy.h"
#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace Kezek {

class Database;
struct Window;

// A waiting ticket with the reason for its place in a window's queue.
struct QueuedTicket
{
    Ticket ticket;
    CallTier tier = CallTier::WalkIn;
};

// A moment with its day worked out once: the local-time conversions cost microseconds each, too much to repeat for
// every ticket of a queue.
struct Today
{
    qint64 now = 0;
    qint64 startOfDay = 0;
    QString day; // LocalTime::dayKey

    static Today at(qint64 now);
};

// Reads tickets: one by number or id, the one at a window, and the waiting queues. Writes nothing.
class TicketStore final
{
    Q_DECLARE_TR_FUNCTIONS(TicketStore)

public:
    explicit TicketStore(const Database &db) : m_db(db) { }

    Result<Ticket> byId(qint64 id) const;
    // Numbers restart each day; `day` is LocalTime::dayKey of the day meant.
    Result<Ticket> byNumber(const QString &number, const QString &day) const;
    // The ticket called to or served at the window on `day` (LocalTime::dayKey): one left there on an earlier
    // day is not today's business (QueueService closes it out at the first step of the day).
    Result<std::optional<Ticket>> atWindow(int windowId, const QString &day) const;
    // Every waiting ticket, in no particular order (reception, hall, figures).
    Result<QList<Ticket>> waiting(qint64 now) const;
    // The head of each lane `window` draws from; what call-next reads (a handful of index probes).
    Result<LaneHeads> laneHeads(const Window &window, qint64 now) const;
    // This window's queue in the exact order call-next would take it.
    Result<QList<QueuedTicket>> queueFor(const Window &window, const CallPolicy &policy, qint64 now) const;
    // Today's live tickets: those waiting (postponed ones too, whenever they come back) and those at windows.
    Result<QList<Ticket>> live(qint64 now) const;
    // The tickets with these ids, in no particular order; ids that name no ticket are left out.
    Result<QList<Ticket>> byIds(const QList<qint64> &ids) const;

    // Whether `ticket` is one of live(today.now)'s.
    static bool isLive(const Ticket &ticket, const Today &today);
    // Whether it waits to be called now: as the queries' condition of waiting tickets says, in memory.
    static bool waitsNow(const Ticket &ticket, const Today &today);
    // Whether `window` may take it: transferred to this window, or untargeted and of a service it serves.
    static bool windowMayTake(const Window &window, const Ticket &ticket);
    // The tickets of `tickets` that `window` may take now, in the exact order call-next would take them.
    static QList<QueuedTicket> arrange(const QList<Ticket> &tickets, const Window &window, const CallPolicy &policy,
                                       const Today &today);

    // The column list and joins every ticket read uses; rows are turned into Tickets by fromRow().
    static QString selectSql();
    // The statement laneHeads() runs, with its named parameters (exposed for the benchmark's bare-SQLite twin).
    struct BoundSql
    {
        QString sql;
        QVariantMap binds;
    };
    static BoundSql laneHeadsSql(const Window &window, qint64 now);

private:
    Result<QList<Ticket>> select(const QString &where, const QVariantMap &binds, const QString &doing) const;

    const Database &m_db;
};

} // namespace Kezek
