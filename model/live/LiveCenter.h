#pragma once

#include "core/Result.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"
#include "domain/TicketStore.h"
#include "domain/WaitEstimator.h"
#include "live/ChangeSet.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Kezek {

class ChangeFeed;
class Clock;
class Database;

// The one live picture of the center in a process, which every live item model reads instead of the database: the
// catalogue (settings, services, categories, windows and their services, staff names), each window's status,
// today's live tickets (waiting, postponed, at windows) and where today's bookings sit in the slots. It starts with
// one full read and then follows the change feed: a change reads only what it names (the changed tickets and
// bookings, the windows' status, the catalogue only when the catalogue changed), and changed() then tells the models
// which rows to look at. Queue order, waiting times and free places are worked out here from memory, so a model's
// refresh reads nothing.
//
// A failed read keeps the picture as it was and the changes it could not take in; the next change, retry() or the
// next tick() reads them again, so nothing is lost while the database is away. A new day starts from a fresh full
// read.
class LiveCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCenter)

public:
    // Follows `feed` if given (a process's pages); without one, apply() is called by hand (tests, tools).
    LiveCenter(const Database &db, const Clock &clock, ChangeFeed *feed = nullptr, QObject *parent = nullptr);

    // Reads everything afresh, then emits changed(all).
    Status load();
    // Reads what `changes` name (with any changes a failed read left behind), then emits changed().
    Status apply(const ChangeSet &changes);
    // Tries again what a failed read left behind, if anything.
    Status retry();
    // Reads the feed's news now rather than at its next poll (a step was refused: another program may have moved
    // on), then retries what a failed read left behind.
    Status catchUp();
    // The clock moved: at the first tick of a new day everything is read afresh; after a failed read it is tried
    // again.
    void tick();
    // A read failed and the picture does not hold everything yet.
    bool isBehind() const { return !m_loaded || !m_unread.isEmpty(); }

    const CenterSettings &settings() const { return m_settings; }
    CallPolicy callPolicy() const;
    const QList<Service> &services() const { return m_services; }
    const Service *service(int id) const;
    const QList<PriorityCategory> &categories() const { return m_categories; }
    const PriorityCategory *category(const QString &code) const;
    // In the order of their numbers.
    const QList<Window> &windows() const { return m_windows; }
    const Window *window(int number) const;
    const Window *windowById(int id) const;
    QString operatorName(int id) const { return m_operatorNames.value(id); }

    // A live ticket of today, or nullptr.
    const Ticket *ticket(qint64 id) const;
    // The ticket called to or served at the window today.
    std::optional<Ticket> ticketAtWindow(int windowId) const;
    // The same for every window at once, by window id.
    QHash<int, Ticket> ticketsAtWindows() const;
    // How many of today's citizens are inside: waiting (postponed ones too) or at a window.
    int liveTicketCount() const { return int(m_tickets.size()); }
    // How many of today's citizens wait for a call, postponed ones too.
    int queuedCount() const;
    // Every ticket waiting now (postponed ones once back), in no particular order.
    QList<Ticket> waiting(qint64 now) const;
    // The window's queue in the exact order call-next would take it.
    QList<QueuedTicket> queueFor(const Window &window, qint64 now) const;
    // Today's booking slots of the service with their places and bookings (BookingCalendar::daySlots from memory).
    QList<SlotInfo> slotsOf(int serviceId) const;
    // Loads `estimator` from this picture: only today's service times are read.
    Status estimate(WaitEstimator &estimator) const;

Q_SIGNALS:
    // The picture took in `changes` (ChangeSet::all() after a full read).
    void changed(const Kezek::ChangeSet &changes);
    // A read failed; the picture is as it was, and the changes are read again at the next attempt.
    void readFailed(const QString &message);

private:
    Status readCatalogue();
    Status readWindowStates();
    Status readTickets(const QSet<qint64> &ids);
    Status readTodaysBookings();
    Status readBookings(const QSet<qint64> &ids);
    void place(const BookedPlace &booking);
    void unplace(qint64 bookingId);
    Status fail(const Failure &failure, const ChangeSet &unread);

    const Database &m_db;
    const Clock &m_clock;
    ChangeFeed *m_feed;
    bool m_loaded = false;
    QString m_day;
    ChangeSet m_unread;

    CenterSettings m_settings;
    QList<Service> m_services;
    QHash<int, qsizetype> m_serviceIndex;
    QList<PriorityCategory> m_categories;
    QList<Window> m_windows;
    QHash<int, QString> m_operatorNames;
    QHash<qint64, Ticket> m_tickets;
    QHash<qint64, BookedPlace> m_bookings; // today's, by booking id
    QHash<std::pair<int, qint64>, int> m_taken; // (service, slot start) -> bookings
};

} // namespace Kezek
