#include "BookingCalendar.h"

#include "auth/Access.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/IdBatches.h"
#include "db/Sequence.h"
#include "domain/Catalogue.h"
#include "domain/Iin.h"
#include "domain/Phone.h"

namespace Kezek {

namespace {

// Today's current or next slot with room, read through the ledger so that book() sees its own transaction.
Result<SlotInfo> findNextFree(const SlotGrid &grid, SlotLedger &ledger, const Service &service, qint64 now)
{
    const QDate today = LocalTime::dateOf(now);
    const QList<qint64> starts = grid.slotsOf(today);
    if (!grid.isOpenOn(today)) {
        return Failure{Failure::Kind::Conflict, BookingCalendar::tr("no %1 slot today: %2")
                                                    .arg(service.code, grid.problem(LocalTime::at(today, 0)).value_or(QString()))};
    }
    bool anyLeft = false;
    for (const qint64 start : starts) {
        if (grid.isOver(start, now))
            continue;
        anyLeft = true;
        auto refusal = ledger.refusal(service, start);
        if (!refusal)
            return refusal.failure();
        if (!*refusal)
            return ledger.slot(service.id, start);
        if (ledger.slot(service.id, start)->capacity == 0)
            return Failure{Failure::Kind::Conflict, **refusal}; // the same for every slot of the day
    }
    if (!anyLeft) {
        return Failure{Failure::Kind::Conflict,
                       BookingCalendar::tr("no %1 slot is left today: the booking day is over").arg(service.code)};
    }
    return Failure{Failure::Kind::Conflict,
                   BookingCalendar::tr("every %1 slot left today is full").arg(service.code)};
}

Result<QList<BookedPlace>> readPlaces(const Database &db, const QString &where, const QVariantMap &binds)
{
    Query q(db, QStringLiteral("SELECT id, service_id, slot_start FROM bookings ") + where);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    if (auto status = q.exec(BookingCalendar::tr("reading the bookings")); !status)
        return status.failure();
    QList<BookedPlace> places;
    while (q.next())
        places.append(BookedPlace{q.int64(0), q.integer(1), q.int64(2)});
    return places;
}

} // namespace

SlotGrid::SlotGrid(const CenterSettings &settings)
    : m_settings(settings)
    , m_slotLength(qMax(60, settings.slotLength))
{
}

QList<qint64> SlotGrid::slotsOf(QDate day) const
{
    QList<qint64> starts;
    if (const auto hours = m_settings.hoursOn(day)) {
        for (int s = hours->opensAt; s + m_slotLength <= hours->closesAt; s += m_slotLength)
            starts.append(LocalTime::at(day, s));
    }
    return starts;
}

std::optional<QString> SlotGrid::problem(qint64 slotStart) const
{
    const QDate day = LocalTime::dateOf(slotStart);
    const auto hours = m_settings.hoursOn(day);
    if (!hours)
        return m_settings.closedReason(day).value_or(QString());
    const int seconds = LocalTime::secondsFromMidnight(slotStart);
    const QString when = LocalTime::hhmm(slotStart);
    if (seconds < hours->opensAt || seconds + m_slotLength > hours->closesAt) {
        return tr("slot %1 is outside the booking hours %2-%3")
            .arg(when, LocalTime::hhmm(LocalTime::at(day, hours->opensAt)),
                 LocalTime::hhmm(LocalTime::at(day, hours->closesAt)));
    }
    if ((seconds - hours->opensAt) % m_slotLength != 0) {
        return tr("slot %1 is not on the %2-minute grid (slots start at %3, %4, ...)")
            .arg(when)
            .arg(m_slotLength / 60)
            .arg(LocalTime::hhmm(LocalTime::at(day, hours->opensAt)),
                 LocalTime::hhmm(LocalTime::at(day, hours->opensAt + m_slotLength)));
    }
    return std::nullopt;
}

SlotLedger::SlotLedger(const Database &db)
    : m_db(db)
    , m_countTaken(db,
                   QStringLiteral("SELECT count(*) FROM bookings WHERE service_id = :service AND slot_start = :start"))
{
}

Status SlotLedger::load()
{
    // Every window set up for the service counts, whatever its state right now: bookings are made for
    // future slots (often by a night-time import, with every window closed), when those windows will open.
    Query q(m_db, QStringLiteral("SELECT service_id, count(*) FROM window_services GROUP BY service_id"));
    if (auto status = q.exec(tr("counting the windows serving each service")); !status)
        return status;
    m_capacity.clear();
    while (q.next())
        m_capacity.insert(q.integer(0), q.integer(1));
    return success();
}

Result<SlotInfo> SlotLedger::slot(int serviceId, qint64 start)
{
    const Key key{serviceId, start};
    auto it = m_taken.find(key);
    if (it == m_taken.end()) {
        m_countTaken.bind(QStringLiteral(":service"), serviceId).bind(QStringLiteral(":start"), start);
        if (auto status = m_countTaken.exec(tr("counting the bookings of a slot")); !status)
            return status.failure();
        const int taken = m_countTaken.next() ? m_countTaken.integer(0) : 0;
        it = m_taken.insert(key, taken);
    }
    return SlotInfo{start, m_capacity.value(serviceId), *it};
}

Result<std::optional<QString>> SlotLedger::refusal(const Service &service, qint64 start)
{
    auto info = slot(service.id, start);
    if (!info)
        return info.failure();
    if (info->capacity == 0) {
        return std::optional<QString>(
            tr("no window serves %1, so slot %2 has no places").arg(service.code, LocalTime::hhmm(start)));
    }
    if (info->isFull()) {
        return std::optional<QString>(tr("slot %1 for %2 is full (%3 of %4 places taken)")
                                          .arg(LocalTime::hhmm(start), service.code)
                                          .arg(info->taken)
                                          .arg(info->capacity));
    }
    return std::optional<QString>();
}

void SlotLedger::take(int serviceId, qint64 start)
{
    // Only slots already counted are tracked; an uncounted one is read fresh (with this booking) on first use.
    if (auto it = m_taken.find(Key{serviceId, start}); it != m_taken.end())
        ++*it;
}

void SlotLedger::release(int serviceId, qint64 start)
{
    if (auto it = m_taken.find(Key{serviceId, start}); it != m_taken.end() && *it > 0)
        --*it;
}

std::optional<QString> BookingCalendar::serviceRefusal(const Service &service)
{
    if (service.retired)
        return tr("%1 is retired: the center no longer offers it").arg(service.code);
    if (!service.bookable)
        return tr("%1 cannot be booked").arg(service.code);
    return std::nullopt;
}

Result<Service> BookingCalendar::bookableService(int serviceId) const
{
    auto service = Catalogue(m_db).service(serviceId);
    if (!service)
        return service.failure();
    if (auto refusal = serviceRefusal(*service))
        return Failure{Failure::Kind::Invalid, *refusal};
    return service;
}

Result<QList<SlotInfo>> BookingCalendar::daySlots(int serviceId, QDate day) const
{
    auto service = bookableService(serviceId);
    if (!service)
        return service.failure();
    auto settings = Catalogue(m_db).settings();
    if (!settings)
        return settings.failure();
    SlotLedger ledger(m_db);
    if (auto status = ledger.load(); !status)
        return status.failure();
    QList<SlotInfo> list;
    for (const qint64 start : SlotGrid(*settings).slotsOf(day)) {
        auto slot = ledger.slot(serviceId, start);
        if (!slot)
            return slot.failure();
        list.append(*slot);
    }
    return list;
}

Result<QList<SlotInfo>> BookingCalendar::freeSlots(int serviceId, QDate day) const
{
    auto all = daySlots(serviceId, day);
    if (!all)
        return all;
    all->removeIf([](const SlotInfo &slot) { return slot.isFull(); });
    return all;
}

Result<SlotInfo> BookingCalendar::nextFreeSlot(int serviceId, qint64 now) const
{
    auto service = bookableService(serviceId);
    if (!service)
        return service.failure();
    auto settings = Catalogue(m_db).settings();
    if (!settings)
        return settings.failure();
    SlotLedger ledger(m_db);
    if (auto status = ledger.load(); !status)
        return status.failure();
    return findNextFree(SlotGrid(*settings), ledger, *service, now);
}

Result<QList<BookedPlace>> BookingCalendar::placesOn(QDate day) const
{
    return readPlaces(m_db, QStringLiteral("WHERE slot_start >= :from AND slot_start < :to"),
                      {{QStringLiteral(":from"), LocalTime::startOfDay(day)},
                       {QStringLiteral(":to"), LocalTime::startOfDay(day.addDays(1))}});
}

Result<QList<BookedPlace>> BookingCalendar::placesOf(const QList<qint64> &bookingIds) const
{
    static const QString where = QStringLiteral("WHERE id IN ") + IdBatches::inList();
    QList<BookedPlace> places;
    for (const QVariantMap &binds : IdBatches::of(bookingIds)) {
        auto batch = readPlaces(m_db, where, binds);
        if (!batch)
            return batch;
        places.append(*batch);
    }
    return places;
}

Result<QString> BookingCalendar::nextCode(QDate day) const
{
    const QString prefix = QStringLiteral("OS-") + day.toString(QStringLiteral("yyyyMMdd"));
    Query used(m_db, QStringLiteral("SELECT count(*) FROM bookings WHERE channel = 'onsite' AND booking_id = :code"));
    // An imported onsite file may already hold a code; skip those rather than fail on the unique key.
    while (true) {
        auto number = Sequence::next(m_db, QStringLiteral("booking/onsite/") + day.toString(Qt::ISODate));
        if (!number)
            return number.failure();
        const QString code = prefix + QStringLiteral("-%1").arg(*number, 4, 10, QLatin1Char('0'));
        used.bind(QStringLiteral(":code"), code);
        if (auto status = used.exec(tr("numbering the booking")); !status)
            return status.failure();
        if (!used.next() || used.int64(0) == 0)
            return code;
    }
}

Result<Booking> BookingCalendar::book(const OnsiteBookingRequest &request, qint64 now, const Actor &by) const
{
    if (auto allowed = Access::check(by, Permission::Book); !allowed)
        return allowed.failure();
    const QString iin = request.iin.trimmed();
    if (auto problem = Iin::problem(iin))
        return Failure{Failure::Kind::Invalid, *problem};
    auto phone = Phone::forBooking(request.phone);
    if (!phone)
        return phone.failure();

    return m_db.write([&]() -> Result<Booking> {
        const Catalogue catalogue(m_db);
        auto settings = catalogue.settings();
        if (!settings)
            return settings.failure();
        auto service = catalogue.service(request.serviceCode);
        if (!service)
            return service.failure();
        if (auto refusal = serviceRefusal(*service))
            return Failure{Failure::Kind::Invalid, *refusal};

        const SlotGrid grid(*settings);
        SlotLedger ledger(m_db);
        if (auto status = ledger.load(); !status)
            return status.failure();
        SlotInfo slot;
        if (request.slotStart) {
            const qint64 start = *request.slotStart;
            if (auto problem = grid.problem(start))
                return Failure{Failure::Kind::Invalid, *problem};
            if (grid.isOver(start, now)) {
                return Failure{Failure::Kind::Invalid,
                               tr("slot %1 on %2 is already over")
                                   .arg(LocalTime::hhmm(start), LocalTime::dateOf(start).toString(Qt::ISODate))};
            }
            auto refusal = ledger.refusal(*service, start);
            if (!refusal)
                return refusal.failure();
            if (*refusal)
                return Failure{Failure::Kind::Conflict, **refusal};
            slot = *ledger.slot(service->id, start);
        } else {
            auto next = findNextFree(grid, ledger, *service, now);
            if (!next)
                return next.failure();
            slot = *next;
        }

        auto code = nextCode(LocalTime::dateOf(slot.start));
        if (!code)
            return code.failure();
        Booking booking{0, Channel::Onsite, *code, service->id, slot.start, iin, request.fullName.trimmed(), *phone};
        // COALESCE: an empty QString may be null and bind as SQL NULL; these columns hold '' for "none".
        Query insert(m_db, QStringLiteral("INSERT INTO bookings (channel, booking_id, iin, full_name, phone, service_id, "
                                          "slot_start, created_at) VALUES (:channel, :code, :iin, COALESCE(:name, ''), "
                                          "COALESCE(:phone, ''), :service, :slot, :now) RETURNING id"));
        insert.bind(QStringLiteral(":channel"), Names::key(Channel::Onsite))
            .bind(QStringLiteral(":code"), booking.code)
            .bind(QStringLiteral(":iin"), booking.iin)
            .bind(QStringLiteral(":name"), booking.fullName)
            .bind(QStringLiteral(":phone"), booking.phone)
            .bind(QStringLiteral(":service"), booking.serviceId)
            .bind(QStringLiteral(":slot"), booking.slotStart)
            .bind(QStringLiteral(":now"), now);
        if (auto status = insert.exec(tr("saving the booking")); !status)
            return status.failure();
        if (!insert.next())
            return Failure{Failure::Kind::Database, tr("saving the booking returned no id.")};
        booking.id = insert.int64(0);
        return booking;
    });
}

} // namespace Kezek
