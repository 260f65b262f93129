#include "QueueService.h"

#include "auth/Access.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Sequence.h"
#include "domain/Catalogue.h"
#include "domain/Iin.h"
#include "domain/TicketStore.h"

#include <algorithm>

namespace Kezek {

namespace {

QString ticketNumber(const QString &letter, qint64 sequence)
{
    return letter + QString::number(sequence).rightJustified(3, QLatin1Char('0'));
}

// Tickets an earlier day left behind: waiting (:start is the start of today) and at a window (:today is today's key).
const QString leftWaiting = QStringLiteral("state IN ('waiting', 'transferred', 'postponed') AND order_key < :start");
const QString leftAtWindows = QStringLiteral("state IN ('called', 'serving') AND day < :today");

} // namespace

QueueService::QueueService(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status QueueService::recordEvent(qint64 ticketId, TicketAction action, std::optional<TicketState> from,
                                 TicketState to, const At &at, const QString &note)
{
    Query q(m_db, QStringLiteral("INSERT INTO events (ticket_id, action, from_state, to_state, window_id, operator_id, "
                                 "at, note) VALUES (:ticket, :action, :from, :to, :window, :operator, :at, :note)"));
    q.bind(QStringLiteral(":ticket"), ticketId)
        .bind(QStringLiteral(":action"), TicketLifecycle::key(action))
        .bind(QStringLiteral(":from"), from ? QVariant(Names::key(*from)) : QVariant())
        .bind(QStringLiteral(":to"), Names::key(to))
        .bind(QStringLiteral(":window"), nullable(at.windowId))
        .bind(QStringLiteral(":operator"), nullable(at.operatorId))
        .bind(QStringLiteral(":at"), m_clock.now())
        .bind(QStringLiteral(":note"), note.isEmpty() ? QVariant() : QVariant(note));
    return q.exec(tr("recording the event"));
}

Status QueueService::save(const Ticket &t, TicketState previous)
{
    // Guarded by the previous state: if anything changed the ticket since it was read, nothing is written.
    Query q(m_db, QStringLiteral(
                      "UPDATE tickets SET service_id = :service, state = :state, lane = :lane, order_key = :order, "
                      "due_at = :due, target_window_id = :target, window_id = :window, operator_id = :operator, "
                      "first_called_at = :first, called_at = :called, serving_at = :serving, finished_at = :finished, "
                      "call_count = :calls, last_call_at = :last WHERE id = :id AND state = :previous"));
    q.bind(QStringLiteral(":service"), t.serviceId)
        .bind(QStringLiteral(":state"), Names::key(t.state))
        .bind(QStringLiteral(":lane"), int(t.lane))
        .bind(QStringLiteral(":order"), t.orderKey)
        .bind(QStringLiteral(":due"), nullable(t.dueAt))
        .bind(QStringLiteral(":target"), nullable(t.targetWindowId))
        .bind(QStringLiteral(":window"), nullable(t.windowId))
        .bind(QStringLiteral(":operator"), nullable(t.operatorId))
        .bind(QStringLiteral(":first"), nullable(t.firstCalledAt))
        .bind(QStringLiteral(":called"), nullable(t.calledAt))
        .bind(QStringLiteral(":serving"), nullable(t.servingAt))
        .bind(QStringLiteral(":finished"), nullable(t.finishedAt))
        .bind(QStringLiteral(":calls"), t.callCount)
        .bind(QStringLiteral(":last"), nullable(t.lastCallAt))
        .bind(QStringLiteral(":id"), t.id)
        .bind(QStringLiteral(":previous"), Names::key(previous));
    if (auto status = q.exec(tr("saving ticket %1").arg(t.number)); !status)
        return status;
    if (q.rowsAffected() != 1)
        return Failure{Failure::Kind::Conflict, tr("%1 was changed by someone else a moment ago.").arg(t.number)};
    return success();
}

Status QueueService::startStep()
{
    const qint64 now = m_clock.now();
    // Whether an earlier day left anything behind, in one statement: almost always nothing, and on a server each
    // statement is a round trip.
    Query left(m_db, QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM tickets WHERE %1 LIMIT 1) AS waiting), "
                                    "(SELECT count(*) FROM (SELECT 1 FROM tickets WHERE %2 LIMIT 1) AS at_windows)")
                         .arg(leftWaiting, leftAtWindows));
    left.bind(QStringLiteral(":start"), LocalTime::startOfDay(LocalTime::dateOf(now)))
        .bind(QStringLiteral(":today"), LocalTime::dayKey(now));
    if (auto status = left.exec(tr("closing out earlier days")); !status)
        return status;
    if (!left.next())
        return success();
    const bool waitingLeft = left.int64(0) > 0;
    const bool atWindowsLeft = left.int64(1) > 0;
    if (waitingLeft) {
        if (auto status = closeOutWaiting(now); !status)
            return status;
    }
    return atWindowsLeft ? closeOutAtWindows(now) : success();
}

Status QueueService::closeOutWaiting(qint64 now)
{
    const qint64 start = LocalTime::startOfDay(LocalTime::dateOf(now));
    Query events(m_db, QStringLiteral("INSERT INTO events (ticket_id, action, from_state, to_state, at, note) "
                                      "SELECT id, 'cancel', state, 'cancelled', :now, :note FROM tickets WHERE ")
                           + leftWaiting);
    events.bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":note"), tr("not called before closing"))
        .bind(QStringLiteral(":start"), start);
    if (auto status = events.exec(tr("closing out earlier days")); !status)
        return status;
    Query tickets(m_db, QStringLiteral("UPDATE tickets SET state = 'cancelled', finished_at = :now, due_at = NULL "
                                       "WHERE ")
                            + leftWaiting);
    tickets.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":start"), start);
    return tickets.exec(tr("closing out earlier days"));
}

Status QueueService::closeOutAtWindows(qint64 now)
{
    Query leftover(m_db, QStringLiteral("SELECT id FROM tickets WHERE ") + leftAtWindows);
    leftover.bind(QStringLiteral(":today"), LocalTime::dayKey(now));
    if (auto status = leftover.exec(tr("closing out earlier days")); !status)
        return status;
    QList<qint64> ids;
    while (leftover.next())
        ids.append(leftover.int64(0));
    if (ids.isEmpty())
        return success();

    auto settings = Catalogue(m_db).settings();
    if (!settings)
        return settings.failure();
    const QString note = tr("closed out at the end of the day: left at the window");
    for (qint64 id : std::as_const(ids)) {
        auto ticket = TicketStore(m_db).byId(id);
        if (!ticket)
            return ticket.failure();
        const TicketState previous = ticket->state;
        const QDate day = QDate::fromString(ticket->day, Qt::ISODate);
        const qint64 closing = LocalTime::at(day, settings->closingOn(day));
        const qint64 end = std::max({closing, ticket->calledAt.value_or(0), ticket->servingAt.value_or(0)});
        const At atWindow{ticket->windowId, ticket->operatorId};
        // A citizen being served was served, as far as anyone can tell; one only called never came.
        const TicketAction action = previous == TicketState::Serving ? TicketAction::Finish : TicketAction::NoShow;
        ticket->state = TicketLifecycle::target(action);
        ticket->finishedAt = end;
        if (action == TicketAction::Finish) {
            const ServedServiceInput served{ticket->serviceId, Outcome::Done, note};
            if (auto status = recordServed(*ticket, served, ticket->operatorId, end); !status)
                return status;
        }
        if (auto status = save(*ticket, previous); !status)
            return status;
        if (auto status = recordEvent(ticket->id, action, previous, ticket->state, atWindow, note); !status)
            return status;
    }
    return success();
}

Status QueueService::recordServed(const Ticket &ticket, const ServedServiceInput &served,
                                  std::optional<int> operatorId, qint64 end)
{
    if (auto service = Catalogue(m_db).service(served.serviceId); !service)
        return service.failure();
    Query q(m_db, QStringLiteral("INSERT INTO served_services (ticket_id, service_id, outcome, note, started_at, "
                                 "ended_at, window_id, operator_id) VALUES (:ticket, :service, :outcome, :note, "
                                 ":start, :end, :window, :operator)"));
    q.bind(QStringLiteral(":ticket"), ticket.id)
        .bind(QStringLiteral(":service"), served.serviceId)
        .bind(QStringLiteral(":outcome"), Names::key(served.outcome))
        .bind(QStringLiteral(":note"), served.note.isNull() ? QStringLiteral("") : served.note)
        .bind(QStringLiteral(":start"), ticket.servingAt.value_or(end))
        .bind(QStringLiteral(":end"), end)
        .bind(QStringLiteral(":window"), nullable(ticket.windowId))
        .bind(QStringLiteral(":operator"), nullable(operatorId ? operatorId : ticket.operatorId));
    return q.exec(tr("recording the served services of %1").arg(ticket.number));
}

Result<Ticket> QueueService::change(qint64 ticketId, TicketAction action, const Actor &actor, const QString &note,
                                    const Mutation &mutate)
{
    return m_db.write([&]() -> Result<Ticket> {
        if (auto status = startStep(); !status)
            return status.failure();
        auto settings = Catalogue(m_db).settings();
        if (!settings)
            return settings.failure();
        const TicketStore store(m_db);
        auto ticket = store.byId(ticketId);
        if (!ticket)
            return ticket.failure();
        const TicketState previous = ticket->state;
        // Cancelling a waiting ticket is the desk's; every other step, cancelling a called one too, is the work of
        // the window the ticket is at.
        const bool atDesk = action == TicketAction::Cancel && ticket->isWaiting();
        if (auto allowed = Access::check(actor, atDesk ? Permission::CancelWaiting : Permission::WorkAtWindow);
            !allowed)
            return allowed.failure();
        if (auto refusal = TicketLifecycle::refusal(ticket->number, previous, action))
            return Failure{Failure::Kind::Conflict, *refusal};
        if (!atDesk && ticket->windowId) {
            auto window = Catalogue(m_db).windowById(*ticket->windowId);
            if (!window)
                return window.failure();
            if ((actor.windowId && *actor.windowId != window->id) || window->operatorId != actor.person.id) {
                return Failure{Failure::Kind::Forbidden,
                               tr("%1 is at window %2, not at yours.").arg(ticket->number).arg(window->number)};
            }
        }
        const At recorded{ticket->windowId, actor.person.id};

        ticket->state = TicketLifecycle::target(action);
        if (auto status = mutate(*ticket, *settings); !status)
            return status.failure();
        if (ticket->isWaiting()) { // back in a queue (postponed, transferred): it no longer stands at a window
            ticket->windowId.reset();
            ticket->operatorId.reset();
            ticket->servingAt.reset();
        }
        if (auto status = save(*ticket, previous); !status)
            return status.failure();
        if (auto status = recordEvent(ticket->id, action, previous, ticket->state, recorded, note); !status)
            return status.failure();
        return *ticket;
    });
}

Result<Ticket> QueueService::createTicket(int serviceId, TicketSource source, std::optional<qint64> bookingId,
                                          const QString &priority, Lane lane, qint64 orderKey,
                                          std::optional<qint64> slotStart, TicketAction action, const Actor &actor)
{
    const At at{std::nullopt, actor.person.id};
    auto service = Catalogue(m_db).service(serviceId);
    if (!service)
        return service.failure();
    const qint64 now = m_clock.now();
    const QString day = LocalTime::dayKey(now);
    auto sequence = Sequence::next(m_db, QStringLiteral("ticket/%1/%2").arg(day, service->letter));
    if (!sequence)
        return sequence.failure();
    const QString number = ticketNumber(service->letter, *sequence);
    Query insert(m_db, QStringLiteral("INSERT INTO tickets (day, number, service_id, source, booking_id, priority, "
                                      "state, lane, order_key, issued_at, slot_start) VALUES (:day, :number, "
                                      ":service, :source, :booking, :priority, 'waiting', :lane, :order, :issued, "
                                      ":slot) RETURNING id"));
    insert.bind(QStringLiteral(":day"), day)
        .bind(QStringLiteral(":number"), number)
        .bind(QStringLiteral(":service"), serviceId)
        .bind(QStringLiteral(":source"), Names::key(source))
        .bind(QStringLiteral(":booking"), nullable(bookingId))
        .bind(QStringLiteral(":priority"), priority.isEmpty() ? QVariant() : QVariant(priority))
        .bind(QStringLiteral(":lane"), int(lane))
        .bind(QStringLiteral(":order"), orderKey)
        .bind(QStringLiteral(":issued"), now)
        .bind(QStringLiteral(":slot"), nullable(slotStart));
    if (auto status = insert.exec(tr("issuing ticket %1").arg(number)); !status)
        return status.failure();
    if (!insert.next())
        return Failure{Failure::Kind::Database, tr("issuing ticket %1 returned no id.").arg(number)};
    const qint64 id = insert.int64(0);
    if (auto status = recordEvent(id, action, std::nullopt, TicketState::Waiting, at, {}); !status)
        return status.failure();
    return TicketStore(m_db).byId(id);
}

Result<Ticket> QueueService::issue(int serviceId, const QString &priorityCategory, const Actor &actor)
{
    if (auto allowed = Access::check(actor, Permission::IssueTickets); !allowed)
        return allowed.failure();
    return m_db.write([&]() -> Result<Ticket> {
        if (auto status = startStep(); !status)
            return status.failure();
        const Catalogue catalogue(m_db);
        auto settings = catalogue.settings();
        if (!settings)
            return settings.failure();
        auto service = catalogue.service(serviceId);
        if (!service)
            return service.failure();
        if (service->retired) {
            return Failure{Failure::Kind::Invalid,
                           tr("%1 is retired: the center no longer offers it.").arg(service->code)};
        }
        if (settings->mode == CenterMode::BookingOnly && service->bookable) {
            return Failure{Failure::Kind::Conflict,
                           tr("This center serves booked citizens only: book %1 into the next free slot instead.")
                               .arg(service->code)};
        }
        if (!priorityCategory.isEmpty()) {
            auto category = catalogue.priorityCategory(priorityCategory);
            if (!category)
                return category.failure();
            if (!category->active) {
                return Failure{Failure::Kind::Invalid,
                               tr("the out-of-turn category %1 is switched off").arg(category->code)};
            }
        }
        const Lane lane = priorityCategory.isEmpty() ? Lane::WalkIn : Lane::Priority;
        auto ticket = createTicket(serviceId, TicketSource::WalkIn, std::nullopt, priorityCategory.trimmed(), lane,
                                   m_clock.now(), std::nullopt, TicketAction::Issue, actor);
        if (!ticket)
            return ticket;
        return ticket;
    });
}

Result<CheckInResult> QueueService::checkIn(const QString &bookingCode, const Actor &actor)
{
    return checkInBooking(QStringLiteral("booking_id = :key"), bookingCode.trimmed(),
                          tr("booking %1").arg(Iin::maskInText(bookingCode.trimmed())), actor, true);
}

Result<CheckInResult> QueueService::checkInByIin(const QString &iin, const Actor &actor)
{
    if (const auto problem = Iin::problem(iin.trimmed()))
        return Failure{Failure::Kind::Invalid, *problem};
    const QString masked = Iin::masked(iin.trimmed());
    auto result = checkInBooking(QStringLiteral("iin = :key AND ticket_id IS NULL"), iin.trimmed(),
                                 tr("IIN %1").arg(masked), actor, false);
    // Every search by IIN is in the audit trail: a check-in's row went in with it, a search that found nothing (or a
    // booking already checked in) is recorded on its own. A refused person searched nothing.
    if (!result && result.failure().kind != Failure::Kind::Forbidden && result.failure().kind != Failure::Kind::Database) {
        const Status audited = m_db.write([&]() -> Status {
            return AuditTrail(m_db).record(m_clock.now(), actor.audited(), AuditTrail::iinLookedUp, masked,
                                           result.message());
        });
        if (!audited)
            return audited.failure();
    }
    return result;
}

Result<CheckInResult> QueueService::checkInBooking(const QString &where, const QVariant &key, const QString &what,
                                                   const Actor &actor, bool uniqueKey)
{
    if (auto allowed = Access::check(actor, Permission::CheckIn); !allowed)
        return allowed.failure();
    return m_db.write([&]() -> Result<CheckInResult> {
        if (auto status = startStep(); !status)
            return status.failure();
        auto settings = Catalogue(m_db).settings();
        if (!settings)
            return settings.failure();
        const qint64 now = m_clock.now();
        const QDate today = LocalTime::dateOf(now);
        // Today's bookings only; by IIN the earliest one not yet checked in.
        Query q(m_db, QStringLiteral("SELECT id, channel, service_id, slot_start, ticket_id FROM bookings WHERE ") + where
                          + QStringLiteral(" AND slot_start >= :from AND slot_start < :to ORDER BY slot_start, id"));
        q.bind(QStringLiteral(":key"), key)
            .bind(QStringLiteral(":from"), LocalTime::startOfDay(today))
            .bind(QStringLiteral(":to"), LocalTime::startOfDay(today.addDays(1)));
        if (auto status = q.exec(tr("looking up %1").arg(what)); !status)
            return status.failure();
        if (!q.next()) {
            return Failure{Failure::Kind::NotFound,
                           tr("No booking for today was found for %1 (or it is already checked in).").arg(what)};
        }
        const qint64 bookingId = q.int64(0);
        const auto channel = Names::channel(q.text(1)).value_or(Channel::Onsite);
        const int serviceId = q.integer(2);
        const qint64 slotStart = q.int64(3);
        if (auto existing = q.optionalInt64(4)) {
            auto ticket = TicketStore(m_db).byId(*existing);
            return Failure{Failure::Kind::Conflict, tr("%1 is already checked in: ticket %2.")
                                                        .arg(what, ticket ? ticket->number : QString::number(*existing))};
        }
        if (uniqueKey && q.next()) {
            return Failure{Failure::Kind::Conflict,
                           tr("The code %1 belongs to bookings of more than one channel; check in by IIN.").arg(what)};
        }

        const qint64 lateBy = now - slotStart;
        const bool late = lateBy > settings->lateTolerance;
        // A late citizen keeps the slot on record (for the figures) but queues by arrival, like a walk-in.
        auto ticket = createTicket(serviceId, Names::sourceOf(channel), bookingId, {}, late ? Lane::WalkIn : Lane::Booked,
                                   late ? now : slotStart, slotStart, TicketAction::CheckIn, actor);
        if (!ticket)
            return ticket.failure();
        Query link(m_db, QStringLiteral("UPDATE bookings SET ticket_id = :ticket WHERE id = :id AND ticket_id IS NULL"));
        link.bind(QStringLiteral(":ticket"), ticket->id).bind(QStringLiteral(":id"), bookingId);
        if (auto status = link.exec(tr("checking in %1").arg(what)); !status)
            return status.failure();
        if (link.rowsAffected() != 1)
            return Failure{Failure::Kind::Conflict, tr("%1 was checked in by another desk a moment ago.").arg(what)};
        if (!uniqueKey) {
            if (auto status = AuditTrail(m_db).record(now, actor.audited(), AuditTrail::iinLookedUp,
                                                      Iin::masked(key.toString()), tr("checked in: %1").arg(ticket->number));
                !status)
                return status.failure();
        }
        return CheckInResult{*ticket, late, lateBy};
    });
}

Result<Window> QueueService::windowReadyToCall(const Catalogue &catalogue, int windowNumber, const Actor &actor,
                                               qint64 now) const
{
    auto window = catalogue.window(windowNumber);
    if (!window)
        return window.failure();
    if (auto allowed = mayWorkAt(*window, actor); !allowed)
        return allowed.failure();
    if (window->state != WindowState::Open) {
        const QString state = window->state == WindowState::Paused && window->pauseReason
            ? tr("paused (%1)").arg(Names::display(*window->pauseReason))
            : Names::display(window->state);
        return Failure{Failure::Kind::Conflict,
                       tr("Window %1 is %2; resume it before calling.").arg(windowNumber).arg(state)};
    }
    auto current = TicketStore(m_db).atWindow(window->id, LocalTime::dayKey(now));
    if (!current)
        return current.failure();
    if (current->has_value()) {
        const Ticket &busy = current->value();
        return Failure{Failure::Kind::Conflict, tr("Window %1 still has %2 (%3); finish it first.")
                                                    .arg(windowNumber)
                                                    .arg(busy.number, Names::display(busy.state))};
    }
    return *window;
}

Status QueueService::takeTo(Ticket &ticket, const Window &window, const Actor &actor, qint64 now, Taken how,
                            const QString &note)
{
    const TicketState previous = ticket.state;
    const bool called = how == Taken::Called;
    ticket.state = called ? TicketState::Called : TicketState::Serving;
    ticket.windowId = window.id;
    ticket.operatorId = actor.person.id;
    ticket.dueAt.reset();
    // The wait ends now either way (DOMAIN.md: at the first call).
    ticket.calledAt = now;
    if (!ticket.firstCalledAt)
        ticket.firstCalledAt = now;
    ticket.callCount = called ? 1 : 0;
    if (called)
        ticket.lastCallAt = now;
    else
        ticket.servingAt = now;
    if (auto status = save(ticket, previous); !status)
        return status;
    return recordEvent(ticket.id, called ? TicketAction::Call : TicketAction::Serve, previous, ticket.state,
                       At{window.id, actor.person.id}, note);
}

Result<CallResult> QueueService::callNext(int windowNumber, const Actor &actor)
{
    return m_db.write([&]() -> Result<CallResult> {
        if (auto status = startStep(); !status)
            return status.failure();
        const Catalogue catalogue(m_db);
        auto settings = catalogue.settings();
        if (!settings)
            return settings.failure();
        const qint64 now = m_clock.now();
        auto window = windowReadyToCall(catalogue, windowNumber, actor, now);
        if (!window)
            return window.failure();
        const TicketStore store(m_db);
        auto heads = store.laneHeads(*window, now);
        if (!heads)
            return heads.failure();
        const CallPolicy policy(settings->earlyAllowance, settings->priorityStreakCap);
        const auto choice = policy.pick(*heads, window->priorityStreak, now);
        if (!choice)
            return Failure{Failure::Kind::NothingToDo, tr("Nobody is waiting for window %1.").arg(windowNumber)};

        auto ticket = store.byId(choice->candidate.ticketId);
        if (!ticket)
            return ticket.failure();
        if (auto status = takeTo(*ticket, *window, actor, now, Taken::Called, {}); !status)
            return status.failure();
        // Unchanged (a walk-in after a walk-in) is not written: one round trip less, and no window change to tell.
        if (const int streakAfter = CallPolicy::streakAfter(choice->tier, window->priorityStreak);
            streakAfter != window->priorityStreak) {
            Query streak(m_db, QStringLiteral("UPDATE windows SET priority_streak = :streak WHERE id = :id"));
            streak.bind(QStringLiteral(":streak"), streakAfter).bind(QStringLiteral(":id"), window->id);
            if (auto status = streak.exec(tr("updating window %1").arg(windowNumber)); !status)
                return status.failure();
        }
        return CallResult{*ticket, choice->tier};
    });
}

Result<Ticket> QueueService::callChosen(int windowNumber, qint64 ticketId, const Actor &actor)
{
    return takeChosenTicket(windowNumber, actor, Taken::Called,
                            [this, ticketId](qint64) { return TicketStore(m_db).byId(ticketId); });
}

Result<Ticket> QueueService::callNumber(int windowNumber, const QString &number, const Actor &actor)
{
    return takeChosenTicket(windowNumber, actor, Taken::Called, byTypedNumber(number));
}

Result<Ticket> QueueService::serveChosen(int windowNumber, qint64 ticketId, const Actor &actor)
{
    return takeChosenTicket(windowNumber, actor, Taken::ServedAtOnce,
                            [this, ticketId](qint64) { return TicketStore(m_db).byId(ticketId); });
}

Result<Ticket> QueueService::serveNumber(int windowNumber, const QString &number, const Actor &actor)
{
    return takeChosenTicket(windowNumber, actor, Taken::ServedAtOnce, byTypedNumber(number));
}

std::function<Result<Ticket>(qint64 now)> QueueService::byTypedNumber(const QString &number) const
{
    const QString typed = number.trimmed().toUpper();
    return [this, typed](qint64 now) { return TicketStore(m_db).byNumber(typed, LocalTime::dayKey(now)); };
}

Result<Ticket> QueueService::takeChosenTicket(int windowNumber, const Actor &actor, Taken how,
                                              const std::function<Result<Ticket>(qint64 now)> &find)
{
    return m_db.write([&]() -> Result<Ticket> {
        if (auto status = startStep(); !status)
            return status.failure();
        const qint64 now = m_clock.now();
        auto window = windowReadyToCall(Catalogue(m_db), windowNumber, actor, now);
        if (!window)
            return window.failure();
        auto ticket = find(now);
        if (!ticket)
            return ticket.failure();
        const Today today = Today::at(now);
        // Any ticket of this window's queue may be chosen, a postponed one before its time too; nobody else's.
        const bool waitsToday = ticket->state == TicketState::Waiting && ticket->day == today.day;
        if (!waitsToday) {
            return Failure{Failure::Kind::Conflict,
                           how == Taken::Called
                               ? tr("%1 is not waiting (%2); only a waiting ticket can be called.")
                                     .arg(ticket->number, Names::display(ticket->state))
                               : tr("%1 is not waiting (%2); only a waiting ticket can be served without a call.")
                                     .arg(ticket->number, Names::display(ticket->state))};
        }
        if (!TicketStore::windowMayTake(*window, *ticket)) {
            return Failure{Failure::Kind::Conflict,
                           tr("%1 is not in the queue of window %2: its service is served elsewhere.")
                               .arg(ticket->number)
                               .arg(windowNumber)};
        }
        // The event says the ticket was chosen, out of the order call-next keeps: the audit of who was called when.
        const Status taken = takeTo(*ticket, *window, actor, now, how,
                                    how == Taken::Called ? tr("chosen from the queue")
                                                         : tr("served without a call: the citizen was at the desk"));
        if (!taken)
            return taken.failure();
        return *ticket;
    });
}

Result<Ticket> QueueService::recall(qint64 ticketId, const Actor &actor)
{
    const qint64 now = m_clock.now();
    return change(ticketId, TicketAction::Recall, actor, {}, [now](Ticket &t, const CenterSettings &s) -> Status {
        if (t.callCount >= s.recallMax) {
            return Failure{Failure::Kind::Conflict,
                           tr("%1 has been called %2 times, the limit; mark a no-show instead.")
                               .arg(t.number)
                               .arg(t.callCount)};
        }
        const qint64 since = now - t.lastCallAt.value_or(0);
        if (since < s.recallSpacing) {
            return Failure{Failure::Kind::Conflict,
                           tr("%1 was called %2 s ago; calls must be at least %3 s apart (wait %4 s).")
                               .arg(t.number)
                               .arg(since)
                               .arg(s.recallSpacing)
                               .arg(s.recallSpacing - since)};
        }
        ++t.callCount;
        t.lastCallAt = now;
        t.calledAt = now;
        return success();
    });
}

Result<Ticket> QueueService::startServing(qint64 ticketId, const Actor &actor)
{
    const qint64 now = m_clock.now();
    return change(ticketId, TicketAction::Serve, actor, {}, [now](Ticket &t, const CenterSettings &) -> Status {
        t.servingAt = now;
        return success();
    });
}

Result<Ticket> QueueService::finish(qint64 ticketId, const QList<ServedServiceInput> &served, const Actor &actor)
{
    if (served.isEmpty())
        return Failure{Failure::Kind::Invalid, tr("Choose at least one served service before finishing.")};
    const qint64 now = m_clock.now();
    return change(ticketId, TicketAction::Finish, actor, {},
                  [this, now, &served, &actor](Ticket &t, const CenterSettings &) -> Status {
                      t.finishedAt = now;
                      for (const ServedServiceInput &input : served) {
                          if (auto status = recordServed(t, input, actor.person.id, now); !status)
                              return status;
                      }
                      return success();
                  });
}

Result<Ticket> QueueService::markNoShow(qint64 ticketId, const Actor &actor)
{
    const qint64 now = m_clock.now();
    // The recall limit is the citizen's chance: the calls were spaced (recall), so once the last one is made the
    // operator may go on at once rather than leave the window idle another spacing.
    return change(ticketId, TicketAction::NoShow, actor, {}, [now](Ticket &t, const CenterSettings &s) -> Status {
        if (t.callCount < s.recallMax) {
            return Failure{Failure::Kind::Conflict,
                           tr("%1 was called %2 of %3 times; call again before marking a no-show.")
                               .arg(t.number)
                               .arg(t.callCount)
                               .arg(s.recallMax)};
        }
        t.finishedAt = now;
        return success();
    });
}

Result<Ticket> QueueService::postpone(qint64 ticketId, qint64 returnAt, const Actor &actor)
{
    const qint64 now = m_clock.now();
    const QString note = tr("until %1").arg(LocalTime::hhmm(returnAt));
    return change(ticketId, TicketAction::Postpone, actor, note,
                  [now, returnAt](Ticket &t, const CenterSettings &s) -> Status {
                      if (returnAt <= now)
                          return Failure{Failure::Kind::Invalid, tr("The return time must be later than now.")};
                      if (LocalTime::dateOf(returnAt) != LocalTime::dateOf(now)
                          || LocalTime::secondsFromMidnight(returnAt) >= s.closingOn(LocalTime::dateOf(now))) {
                          return Failure{Failure::Kind::Invalid,
                                         tr("The return time must be today before closing.")};
                      }
                      t.dueAt = returnAt;
                      return success();
                  });
}

Result<Ticket> QueueService::transferToWindow(qint64 ticketId, int windowNumber, const QString &note,
                                              const Actor &actor)
{
    auto target = Catalogue(m_db).window(windowNumber);
    if (!target)
        return target.failure();
    if (target->state == WindowState::Closed) {
        return Failure{Failure::Kind::Conflict,
                       tr("Window %1 is closed; transfer to an open window or to a service.").arg(windowNumber)};
    }
    const int targetId = target->id;
    return change(ticketId, TicketAction::Transfer, actor, note,
                  [targetId, windowNumber](Ticket &t, const CenterSettings &) -> Status {
                      if (t.windowId == targetId) {
                          return Failure{Failure::Kind::Invalid,
                                         tr("%1 is already at window %2.").arg(t.number).arg(windowNumber)};
                      }
                      // Keeps its number and arrival; the lane puts it at the front of the target's queue.
                      t.lane = Lane::Transferred;
                      t.targetWindowId = targetId;
                      return success();
                  });
}

Result<Ticket> QueueService::transferToService(qint64 ticketId, int serviceId, const QString &note,
                                               const Actor &actor)
{
    auto service = Catalogue(m_db).service(serviceId);
    if (!service)
        return service.failure();
    return change(ticketId, TicketAction::Transfer, actor, note,
                  [serviceId, code = service->code](Ticket &t, const CenterSettings &) -> Status {
                      if (t.serviceId == serviceId) {
                          return Failure{Failure::Kind::Invalid,
                                         tr("%1 is already for %2; choose another service or a window.")
                                             .arg(t.number, code)};
                      }
                      t.lane = Lane::Transferred;
                      t.serviceId = serviceId;
                      t.targetWindowId.reset();
                      return success();
                  });
}

Result<Ticket> QueueService::cancelNumber(const QString &number, CancelReason reason, const Actor &actor)
{
    auto ticket = byTypedNumber(number)(m_clock.now());
    if (!ticket)
        return ticket.failure();
    return cancel(ticket->id, reason, actor);
}

Result<Ticket> QueueService::cancel(qint64 ticketId, CancelReason reason, const Actor &actor)
{
    const qint64 now = m_clock.now();
    // The reason's key, as window events keep a pause's: counted and read alike in any language.
    return change(ticketId, TicketAction::Cancel, actor, Names::key(reason),
                  [now](Ticket &t, const CenterSettings &) -> Status {
        t.finishedAt = now;
        t.dueAt.reset();
        return success();
    });
}

Status QueueService::recordWindowEvent(const Window &window, WindowState state, std::optional<PauseReason> reason,
                                       std::optional<int> operatorId)
{
    Query q(m_db, QStringLiteral("INSERT INTO window_events (window_id, state, reason, operator_id, at) "
                                 "VALUES (:window, :state, :reason, :operator, :at)"));
    q.bind(QStringLiteral(":window"), window.id)
        .bind(QStringLiteral(":state"), Names::key(state))
        .bind(QStringLiteral(":reason"), reason ? QVariant(Names::key(*reason)) : QVariant())
        .bind(QStringLiteral(":operator"), nullable(operatorId))
        .bind(QStringLiteral(":at"), m_clock.now());
    return q.exec(tr("recording the state of window %1").arg(window.number));
}

Status QueueService::mayWorkAt(const Window &window, const Actor &actor) const
{
    if (auto allowed = Access::check(actor, Permission::WorkAtWindow); !allowed)
        return allowed;
    if (window.operatorId == actor.person.id)
        return success();
    if (!window.operatorId)
        return Failure{Failure::Kind::Forbidden, tr("Sign in at window %1 first.").arg(window.number)};
    auto holder = Catalogue(m_db).operatorById(*window.operatorId);
    return Failure{Failure::Kind::Forbidden,
                   tr("Window %1 is held by %2 (%3); a supervisor can release it.")
                       .arg(window.number)
                       .arg(holder ? holder->fullName : QString::number(*window.operatorId),
                            holder ? holder->login : QString())};
}

Status QueueService::mayManage(const Window &window, const Actor &actor) const
{
    if (actor.person.role == Role::Operator && window.operatorId == actor.person.id)
        return success();
    if (actor.person.role == Role::Operator)
        return mayWorkAt(window, actor);
    return Access::check(actor, Permission::ManageWindows);
}

Result<std::optional<Window>> QueueService::heldBy(int operatorId, int except) const
{
    auto windows = Catalogue(m_db).windows();
    if (!windows)
        return windows.failure();
    for (const Window &w : *windows) {
        if (w.id != except && w.operatorId == operatorId)
            return std::optional<Window>(w);
    }
    return std::optional<Window>();
}

Status QueueService::setWindowState(int windowNumber, WindowState state, std::optional<PauseReason> reason,
                                    const Actor &actor)
{
    if (state == WindowState::Paused && !reason)
        return Failure{Failure::Kind::Invalid, tr("Choose a reason for the pause.")};
    if (state != WindowState::Paused)
        reason.reset();
    return m_db.write([&]() -> Status {
        if (auto status = startStep(); !status)
            return status;
        auto window = Catalogue(m_db).window(windowNumber);
        if (!window)
            return window.failure();
        if (auto allowed = mayManage(*window, actor); !allowed)
            return allowed;
        if (state != WindowState::Open) {
            auto current = TicketStore(m_db).atWindow(window->id, LocalTime::dayKey(m_clock.now()));
            if (!current)
                return current.failure();
            if (current->has_value()) {
                return Failure{Failure::Kind::Conflict, tr("Window %1 has %2; finish or transfer it first.")
                                                            .arg(windowNumber)
                                                            .arg(current->value().number)};
            }
        }
        Query q(m_db, QStringLiteral("UPDATE windows SET state = :state, pause_reason = :reason WHERE id = :id"));
        q.bind(QStringLiteral(":state"), Names::key(state))
            .bind(QStringLiteral(":reason"), reason ? QVariant(Names::key(*reason)) : QVariant())
            .bind(QStringLiteral(":id"), window->id);
        if (auto status = q.exec(tr("changing the state of window %1").arg(windowNumber)); !status)
            return status;
        if (auto status = recordWindowEvent(*window, state, reason, window->operatorId); !status)
            return status;
        // A window's own operator leaves the window event; anyone else's change of it is also in the audit trail.
        if (window->operatorId != actor.person.id) {
            const QString details = reason ? QStringLiteral("%1 (%2)").arg(Names::key(state), Names::key(*reason))
                                           : Names::key(state);
            return AuditTrail(m_db).record(m_clock.now(), actor.audited(), AuditTrail::windowChanged,
                                           tr("window %1").arg(windowNumber), details);
        }
        return success();
    });
}

Status QueueService::signIn(int windowNumber, const Actor &actor)
{
    if (auto allowed = Access::check(actor, Permission::WorkAtWindow); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        if (auto status = startStep(); !status)
            return status;
        auto window = Catalogue(m_db).window(windowNumber);
        if (!window)
            return window.failure();
        if (window->operatorId == actor.person.id)
            return success(); // the same person again, after a sign-out that never came (a crash, a power cut)
        if (window->operatorId)
            return mayWorkAt(*window, actor);
        auto before = heldBy(actor.person.id, window->id);
        if (!before)
            return before.failure();
        if (before->has_value()) {
            const Window &left = before->value();
            auto current = TicketStore(m_db).atWindow(left.id, LocalTime::dayKey(m_clock.now()));
            if (!current)
                return current.failure();
            if (current->has_value()) {
                return Failure{Failure::Kind::Conflict,
                               tr("You still have %1 at window %2; finish or transfer it before moving.")
                                   .arg(current->value().number)
                                   .arg(left.number)};
            }
            if (auto status = take(left, std::nullopt); !status)
                return status;
        }
        return take(*window, actor.person.id);
    });
}

Status QueueService::release(int windowNumber, const Actor &actor)
{
    return m_db.write([&]() -> Status {
        if (auto status = startStep(); !status)
            return status;
        auto window = Catalogue(m_db).window(windowNumber);
        if (!window)
            return window.failure();
        if (!window->operatorId)
            return Failure{Failure::Kind::NothingToDo, tr("Nobody holds window %1.").arg(windowNumber)};
        const bool own = window->operatorId == actor.person.id;
        if (!own) {
            if (auto allowed = Access::check(actor, Permission::ManageWindows); !allowed)
                return allowed;
        }
        auto holder = Catalogue(m_db).operatorById(*window->operatorId);
        if (auto status = take(*window, std::nullopt); !status)
            return status;
        if (own)
            return success();
        return AuditTrail(m_db).record(m_clock.now(), actor.audited(), AuditTrail::windowReleased,
                                       tr("window %1").arg(windowNumber),
                                       holder ? holder->login : QString::number(*window->operatorId));
    });
}

Status QueueService::take(const Window &window, std::optional<int> operatorId)
{
    Query q(m_db, QStringLiteral("UPDATE windows SET operator_id = :operator WHERE id = :id"));
    q.bind(QStringLiteral(":operator"), nullable(operatorId)).bind(QStringLiteral(":id"), window.id);
    if (auto status = q.exec(tr("signing in at window %1").arg(window.number)); !status)
        return status;
    return recordWindowEvent(window, window.state, window.pauseReason, operatorId);
}

} // namespace Kezek
