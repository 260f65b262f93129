#pragma once

#include "auth/Actor.h"
#include "core/Result.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Kezek {

class Database;

// One booking slot of one service: when it starts, how many citizens it takes and how many it has.
struct SlotInfo
{
    qint64 start = 0;
    int capacity = 0; // windows set up for the service, whatever their state now
    int taken = 0;    // bookings of any channel in this slot, checked in or not

    int room() const { return capacity > taken ? capacity - taken : 0; }
    bool isFull() const { return room() == 0; }
};

// A stored booking (DOMAIN.md "Booking"): the channel's code identifies it together with the channel.
struct Booking
{
    qint64 id = 0; // bookings.id
    Channel channel = Channel::Onsite;
    QString code; // bookings.booking_id, e.g. EG-20200518-0001 or OS-20200518-0007
    int serviceId = 0;
    qint64 slotStart = 0;
    QString iin;
    QString fullName;
    QString phone; // +77XXXXXXXXX or empty
};

// Where a booking sits in the calendar: what the live picture counts to know a slot's free places.
struct BookedPlace
{
    qint64 bookingId = 0;
    int serviceId = 0;
    qint64 slotStart = 0;
};

// What the reception desk asks for when a citizen without a booking is booked on the spot.
struct OnsiteBookingRequest
{
    QString serviceCode;
    QString iin;
    QString fullName;
    QString phone;                   // any accepted spelling, or empty
    std::optional<qint64> slotStart; // nullopt: the next slot with room
};

// The shape of a center's booking days: slots of slot_s from each day's opening until its closing, none on a day off
// or a closed day.
class SlotGrid final
{
    Q_DECLARE_TR_FUNCTIONS(SlotGrid)

public:
    explicit SlotGrid(const CenterSettings &settings);

    int slotLength() const { return m_slotLength; }
    // Every slot start of `day`; the last slot ends by closing time.
    QList<qint64> slotsOf(QDate day) const;
    bool isOpenOn(QDate day) const { return m_settings.hoursOn(day).has_value(); }
    // Why `slotStart` is not a slot ("slot 09:07 is not on the 15-minute grid", "2027-03-22 is a closed day:
    // Nauryz"); nullopt when it is one.
    std::optional<QString> problem(qint64 slotStart) const;
    // Whether the slot is over at `now`; a slot that started less than a slot length ago is still bookable.
    bool isOver(qint64 slotStart, qint64 now) const { return slotStart + m_slotLength <= now; }

private:
    CenterSettings m_settings;
    int m_slotLength;
};

// Room in booking slots as one write transaction sees it: capacities are read once, each slot's count on first
// use and then kept in memory as bookings are added, so an import of 100,000 rows does not count them again.
// The single place that decides whether a slot is full, for on-site booking and file imports alike.
class SlotLedger final
{
    Q_DECLARE_TR_FUNCTIONS(SlotLedger)
    Q_DISABLE_COPY_MOVE(SlotLedger)

public:
    explicit SlotLedger(const Database &db);

    // Reads how many windows (not closed) serve each service. Call once, inside the transaction.
    Status load();
    Result<SlotInfo> slot(int serviceId, qint64 start);
    // Why a new booking of `service` cannot go into the slot at `start`; nullopt when there is room.
    Result<std::optional<QString>> refusal(const Service &service, qint64 start);
    // Records a booking added to or removed from a slot in this transaction.
    void take(int serviceId, qint64 start);
    void release(int serviceId, qint64 start);

private:
    using Key = std::pair<int, qint64>;

    const Database &m_db;
    Query m_countTaken;
    QHash<int, int> m_capacity;
    QHash<Key, int> m_taken;
};

// The booking calendar of DOMAIN.md "Booking slots": which slots have room, and on-site booking into them.
class BookingCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(BookingCalendar)

public:
    explicit BookingCalendar(const Database &db) : m_db(db) { }

    // Every slot of `day` for the service, with its capacity and bookings so far.
    Result<QList<SlotInfo>> daySlots(int serviceId, QDate day) const;
    // Only the slots of `day` that still have room.
    Result<QList<SlotInfo>> freeSlots(int serviceId, QDate day) const;
    // The current slot (started less than a slot length ago) if it has room, else the next one today with room.
    // A Conflict failure says when today is full or over.
    Result<SlotInfo> nextFreeSlot(int serviceId, qint64 now) const;

    // Books a citizen on site (channel onsite) into the requested slot or the next free one, in one write
    // transaction, so two desks (or processes) booking the last place at once cannot both get it.
    // The booking code is OS-<slot day>-NNNN, numbered per day.
    // Needs Permission::Book.
    Result<Booking> book(const OnsiteBookingRequest &request, qint64 now, const Actor &by) const;

    // The places taken on `day`, each booking's.
    Result<QList<BookedPlace>> placesOn(QDate day) const;
    // The places of these bookings, whatever their day; a booking not found has none.
    Result<QList<BookedPlace>> placesOf(const QList<qint64> &bookingIds) const;

    // Why `service` may not be booked at all ("CONSULT cannot be booked"); nullopt when it may.
    static std::optional<QString> serviceRefusal(const Service &service);

private:
    Result<Service> bookableService(int serviceId) const;
    Result<QString> nextCode(QDate day) const;

    const Database &m_db;
};

} // namespace Kezek
