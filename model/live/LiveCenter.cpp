#include "LiveCenter.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "live/ChangeFeed.h"

namespace Kezek {

LiveCenter::LiveCenter(const Database &db, const Clock &clock, ChangeFeed *feed, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_feed(feed)
{
    if (feed)
        connect(feed, &ChangeFeed::changed, this, [this](const ChangeSet &changes) { (void)apply(changes); });
}

Status LiveCenter::fail(const Failure &failure, const ChangeSet &unread)
{
    m_unread.merge(unread);
    Q_EMIT readFailed(failure.message);
    return failure;
}

Status LiveCenter::load()
{
    const qint64 now = m_clock.now();
    if (auto status = readCatalogue(); !status)
        return fail(status.failure(), ChangeSet::all());
    auto tickets = TicketStore(m_db).live(now);
    if (!tickets)
        return fail(tickets.failure(), ChangeSet::all());
    m_tickets.clear();
    for (const Ticket &ticket : std::as_const(*tickets))
        m_tickets.insert(ticket.id, ticket);
    m_day = LocalTime::dayKey(now);
    if (auto status = readTodaysBookings(); !status)
        return fail(status.failure(), ChangeSet::all());
    m_loaded = true;
    m_unread = {};
    Q_EMIT changed(ChangeSet::all());
    return success();
}

Status LiveCenter::apply(const ChangeSet &changes)
{
    ChangeSet pending = m_unread;
    pending.merge(changes);
    if (!m_loaded || pending.everything || LocalTime::dayKey(m_clock.now()) != m_day)
        return load();
    if (pending.isEmpty())
        return success();
    // The catalogue holds the windows' status too; otherwise only the status is read (one statement).
    if (pending.catalogue) {
        if (auto status = readCatalogue(); !status)
            return fail(status.failure(), pending);
    } else if (!pending.windows.isEmpty()) {
        if (auto status = readWindowStates(); !status)
            return fail(status.failure(), pending);
    }
    if (auto status = readTickets(pending.tickets); !status)
        return fail(status.failure(), pending);
    if (auto status = readBookings(pending.bookings); !status)
        return fail(status.failure(), pending);
    m_unread = {};
    Q_EMIT changed(pending);
    return success();
}

Status LiveCenter::retry()
{
    if (m_loaded && m_unread.isEmpty())
        return success();
    return apply({});
}

Status LiveCenter::catchUp()
{
    if (m_feed) {
        if (auto status = m_feed->catchUp(); !status)
            return status;
    }
    return retry();
}

void LiveCenter::tick()
{
    if (m_loaded && LocalTime::dayKey(m_clock.now()) != m_day)
        (void)load();
    else if (isBehind())
        (void)retry();
}

Status LiveCenter::readCatalogue()
{
    auto snapshot = Catalogue(m_db).snapshot();
    if (!snapshot)
        return snapshot.failure();
    m_settings = std::move(snapshot->settings);
    m_services = std::move(snapshot->services);
    m_serviceIndex.clear();
    for (qsizetype i = 0; i < m_services.size(); ++i)
        m_serviceIndex.insert(m_services.at(i).id, i);
    m_categories = std::move(snapshot->categories);
    m_windows = std::move(snapshot->windows);
    m_operatorNames.clear();
    for (const Operator &op : std::as_const(snapshot->operators))
        m_operatorNames.insert(op.id, op.fullName);
    return success();
}

Status LiveCenter::readWindowStates()
{
    auto states = Catalogue(m_db).windowStates();
    if (!states)
        return states.failure();
    QHash<int, const Window *> byId;
    for (const Window &state : std::as_const(*states))
        byId.insert(state.id, &state);
    for (Window &window : m_windows) {
        const Window *state = byId.value(window.id);
        if (!state)
            continue; // a window gone is a catalogue change, read with the catalogue
        window.state = state->state;
        window.pauseReason = state->pauseReason;
        window.operatorId = state->operatorId;
        window.priorityStreak = state->priorityStreak;
    }
    return success();
}

Status LiveCenter::readTickets(const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return success();
    auto tickets = TicketStore(m_db).byIds(ids.values());
    if (!tickets)
        return tickets.failure();
    const Today today = Today::at(m_clock.now());
    for (qint64 id : ids)
        m_tickets.remove(id);
    for (const Ticket &ticket : std::as_const(*tickets)) {
        if (TicketStore::isLive(ticket, today))
            m_tickets.insert(ticket.id, ticket);
    }
    return success();
}

Status LiveCenter::readTodaysBookings()
{
    auto places = BookingCalendar(m_db).placesOn(LocalTime::dateOf(m_clock.now()));
    if (!places)
        return places.failure();
    m_bookings.clear();
    m_taken.clear();
    for (const BookedPlace &booking : std::as_const(*places))
        place(booking);
    return success();
}

Status LiveCenter::readBookings(const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return success();
    auto places = BookingCalendar(m_db).placesOf(ids.values());
    if (!places)
        return places.failure();
    // A booking moved to another slot or day, or removed, leaves its old place first.
    for (qint64 id : ids)
        unplace(id);
    const QDate today = LocalTime::dateOf(m_clock.now());
    for (const BookedPlace &booking : std::as_const(*places)) {
        if (LocalTime::dateOf(booking.slotStart) == today)
            place(booking);
    }
    return success();
}

void LiveCenter::place(const BookedPlace &booking)
{
    m_bookings.insert(booking.bookingId, booking);
    ++m_taken[{booking.serviceId, booking.slotStart}];
}

void LiveCenter::unplace(qint64 bookingId)
{
    const auto it = m_bookings.constFind(bookingId);
    if (it == m_bookings.cend())
        return;
    const auto taken = m_taken.find({it->serviceId, it->slotStart});
    if (taken != m_taken.end() && --*taken <= 0)
        m_taken.erase(taken);
    m_bookings.erase(it);
}

QList<SlotInfo> LiveCenter::slotsOf(int serviceId) const
{
    // Every window set up for the service counts, whatever its state now (SlotLedger::load says why).
    const int capacity = int(std::count_if(m_windows.cbegin(), m_windows.cend(), [serviceId](const Window &window) {
        return window.serviceIds.contains(serviceId);
    }));
    QList<SlotInfo> day;
    for (const qint64 start : SlotGrid(m_settings).slotsOf(LocalTime::dateOf(m_clock.now())))
        day.append(SlotInfo{start, capacity, m_taken.value({serviceId, start})});
    return day;
}

int LiveCenter::queuedCount() const
{
    return int(std::count_if(m_tickets.cbegin(), m_tickets.cend(), [](const Ticket &ticket) {
        return ticket.state == TicketState::Waiting || ticket.state == TicketState::Transferred
               || ticket.state == TicketState::Postponed;
    }));
}

CallPolicy LiveCenter::callPolicy() const
{
    return CallPolicy(m_settings.earlyAllowance, m_settings.priorityStreakCap);
}

const Service *LiveCenter::service(int id) const
{
    const auto it = m_serviceIndex.constFind(id);
    return it == m_serviceIndex.cend() ? nullptr : &m_services.at(*it);
}

const PriorityCategory *LiveCenter::category(const QString &code) const
{
    for (const PriorityCategory &category : m_categories) {
        if (category.code == code)
            return &category;
    }
    return nullptr;
}

const Window *LiveCenter::window(int number) const
{
    for (const Window &window : m_windows) {
        if (window.number == number)
            return &window;
    }
    return nullptr;
}

const Window *LiveCenter::windowById(int id) const
{
    for (const Window &window : m_windows) {
        if (window.id == id)
            return &window;
    }
    return nullptr;
}

const Ticket *LiveCenter::ticket(qint64 id) const
{
    const auto it = m_tickets.constFind(id);
    return it == m_tickets.cend() ? nullptr : &*it;
}

QHash<int, Ticket> LiveCenter::ticketsAtWindows() const
{
    QHash<int, Ticket> byWindow;
    for (const Ticket &ticket : m_tickets) {
        if ((ticket.state != TicketState::Called && ticket.state != TicketState::Serving) || !ticket.windowId)
            continue;
        // There is at most one; should there be more, the latest called is the one at the desk.
        const auto it = byWindow.constFind(*ticket.windowId);
        if (it == byWindow.cend() || ticket.calledAt > it->calledAt)
            byWindow.insert(*ticket.windowId, ticket);
    }
    return byWindow;
}

std::optional<Ticket> LiveCenter::ticketAtWindow(int windowId) const
{
    const QHash<int, Ticket> byWindow = ticketsAtWindows();
    const auto it = byWindow.constFind(windowId);
    return it == byWindow.cend() ? std::nullopt : std::optional<Ticket>(*it);
}

QList<Ticket> LiveCenter::waiting(qint64 now) const
{
    const Today today = Today::at(now);
    QList<Ticket> list;
    for (const Ticket &ticket : m_tickets) {
        if (TicketStore::waitsNow(ticket, today))
            list.append(ticket);
    }
    return list;
}

QList<QueuedTicket> LiveCenter::queueFor(const Window &window, qint64 now) const
{
    // waiting() has kept only the tickets that wait now; arrange() keeps those this window takes.
    return TicketStore::arrange(waiting(now), window, callPolicy(), Today::at(now));
}

Status LiveCenter::estimate(WaitEstimator &estimator) const
{
    // The waiting tickets once, not once per window.
    const Today today = Today::at(m_clock.now());
    const QList<Ticket> waitingNow = waiting(today.now);
    const CallPolicy policy = callPolicy();
    const QHash<int, Ticket> atWindows = ticketsAtWindows();
    return estimator.load({m_services, m_windows,
                           [&](const Window &window) -> Result<QList<QueuedTicket>> {
                               return TicketStore::arrange(waitingNow, window, policy, today);
                           },
                           [&](const Window &window) -> Result<std::optional<Ticket>> {
                               const auto it = atWindows.constFind(window.id);
                               return it == atWindows.cend() ? std::nullopt : std::optional<Ticket>(*it);
                           }});
}

} // namespace Kezek
