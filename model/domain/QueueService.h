#pragma once

#include "auth/Actor.h"
#include "core/Result.h"
#include "domain/CallPolicy.h"
#include "domain/Catalogue.h"
#include "domain/Ticket.h"
#include "domain/TicketLifecycle.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace Kezek {

class Clock;
class Database;
struct CenterSettings;
struct Window;

struct ServedServiceInput
{
    int serviceId = 0;
    Outcome outcome = Outcome::Done;
    QString note;
};

struct CheckInResult
{
    Ticket ticket;
    bool late = false;         // lost the booking priority and queues as a walk-in
    qint64 lateBySeconds = 0;  // after the slot start; negative when early
};

struct CallResult
{
    Ticket ticket;
    CallTier tier = CallTier::WalkIn;
};

// Every change of a ticket's or window's state. Each method is one transaction that writes the new
// state and an event row, or nothing; a refusal says why in words.
class QueueService final
{
    Q_DECLARE_TR_FUNCTIONS(QueueService)

public:
    QueueService(const Database &db, const Clock &clock);

    // Reception's steps (Permission::IssueTickets, CheckIn).
    Result<Ticket> issue(int serviceId, const QString &priorityCategory, const Actor &actor);
    Result<CheckInResult> checkIn(const QString &bookingCode, const Actor &actor);
    Result<CheckInResult> checkInByIin(const QString &iin, const Actor &actor);

    // The operator who holds the window (signIn) calls and works on the tickets at it.
    Result<CallResult> callNext(int windowNumber, const Actor &actor);
    // Calls a ticket of the window's queue the operator chose (a row of the queue, or a number typed), out of
    // call-next's order; the event records that it was chosen.
    Result<Ticket> callChosen(int windowNumber, qint64 ticketId, const Actor &actor);
    // The same for a number typed at the window ("a017" reads as A017), today's.
    Result<Ticket> callNumber(int windowNumber, const QString &number, const Actor &actor);
    Result<Ticket> recall(qint64 ticketId, const Actor &actor);
    Result<Ticket> startServing(qint64 ticketId, const Actor &actor);
    Result<Ticket> finish(qint64 ticketId, const QList<ServedServiceInput> &served, const Actor &actor);
    Result<Ticket> markNoShow(qint64 ticketId, const Actor &actor);
    Result<Ticket> postpone(qint64 ticketId, qint64 returnAt, const Actor &actor);
    Result<Ticket> transferToWindow(qint64 ticketId, int windowNumber, const QString &note, const Actor &actor);
    Result<Ticket> transferToService(qint64 ticketId, int serviceId, const QString &note, const Actor &actor);
    // The citizen of the ticket is at the desk already (came up without the call): served at once, one step whose
    // event says so; the same choice as callChosen and callNumber.
    Result<Ticket> serveChosen(int windowNumber, qint64 ticketId, const Actor &actor);
    Result<Ticket> serveNumber(int windowNumber, const QString &number, const Actor &actor);
    // A ticket cancelled, its reason in the event: a waiting one by whoever may cancel waiting tickets
    // (Permission::CancelWaiting), a called one by the operator at its window.
    Result<Ticket> cancel(qint64 ticketId, CancelReason reason, const Actor &actor);
    // The same for a number typed (today's ticket).
    Result<Ticket> cancelNumber(const QString &number, CancelReason reason, const Actor &actor);

    // Opens, pauses (a reason is required) or closes a window: its operator, or whoever may manage windows. A window
    // with a citizen at it cannot be paused or closed.
    Status setWindowState(int windowNumber, WindowState state, std::optional<PauseReason> reason, const Actor &actor);
    // An operator's console takes the window: refused while another operator holds it (naming them; a supervisor
    // can release it), and for anyone who does not work at windows. The window the operator held before is given
    // up, unless a citizen is still there.
    Status signIn(int windowNumber, const Actor &actor);
    // The window is given up: by its operator signing out, or by a supervisor for a console that was left or died.
    Status release(int windowNumber, const Actor &actor);

private:
    // Where an event happened and whose step it was, as its row records them.
    struct At
    {
        std::optional<int> windowId;
        std::optional<int> operatorId;
    };
    using Mutation = std::function<Status(Ticket &, const CenterSettings &)>;
    Result<Ticket> change(qint64 ticketId, TicketAction action, const Actor &actor, const QString &note,
                          const Mutation &mutate);
    // `uniqueKey`: the key names one booking (a code), so a second match is an ambiguity to refuse; an IIN may
    // have several bookings today and takes the earliest.
    Result<CheckInResult> checkInBooking(const QString &where, const QVariant &key, const QString &what,
                                         const Actor &actor, bool uniqueKey);
    Result<Ticket> createTicket(int serviceId, TicketSource source, std::optional<qint64> bookingId,
                                const QString &priority, Lane lane, qint64 orderKey, std::optional<qint64> slotStart,
                                TicketAction action, const Actor &actor);
    Status save(const Ticket &ticket, TicketState previous);
    // The window `actor` works at, open and with nobody at it: where a call may go.
    Result<Window> windowReadyToCall(const Catalogue &catalogue, int windowNumber, const Actor &actor, qint64 now) const;
    // How a waiting ticket comes to a window: called (its first call), or served at once (its citizen was at the
    // desk; no call on the hall display).
    enum class Taken { Called, ServedAtOnce };
    // Brings `ticket` to `window` as `how` says, saved with its event.
    Status takeTo(Ticket &ticket, const Window &window, const Actor &actor, qint64 now, Taken how, const QString &note);
    // callChosen, callNumber, serveChosen and serveNumber: the ticket `find` names (given the time), if this window
    // may take it now.
    Result<Ticket> takeChosenTicket(int windowNumber, const Actor &actor, Taken how,
                                    const std::function<Result<Ticket>(qint64 now)> &find);
    // Today's ticket numbered `number` as typed ("a017" reads as A017).
    std::function<Result<Ticket>(qint64 now)> byTypedNumber(const QString &number) const;
    // Begins every state change once `transaction` is active: tickets left over from earlier days are closed out
    // first, each with its event, so that no step of a new day meets them and the day's figures stay its own.
    Status startStep();
    // Cancels the tickets still waiting from an earlier day: nobody called them before closing.
    Status closeOutWaiting(qint64 now);
    // A ticket left called or being served at a window when an earlier day closed: a called citizen who never
    // came is a no-show, one being served counts as served (its service done) at that day's closing time.
    Status closeOutAtWindows(qint64 now);
    // Whether `actor` is the operator holding `window`: the one who may call and work there.
    Status mayWorkAt(const Window &window, const Actor &actor) const;
    // Whether `actor` may change `window`'s state: its operator, or whoever manages windows.
    Status mayManage(const Window &window, const Actor &actor) const;
    // The window `operatorId` holds, other than `except`.
    Result<std::optional<Window>> heldBy(int operatorId, int except) const;
    // Writes who holds `window` now (nobody: nullopt) and its window event.
    Status take(const Window &window, std::optional<int> operatorId);
    Status recordServed(const Ticket &ticket, const ServedServiceInput &served, std::optional<int> operatorId,
                        qint64 end);
    Status recordEvent(qint64 ticketId, TicketAction action, std::optional<TicketState> from, TicketState to,
                       const At &at, const QString &note);
    Status recordWindowEvent(const Window &window, WindowState state, std::optional<PauseReason> reason,
                             std::optional<int> operatorId);

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace Kezek
