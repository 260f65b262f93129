#pragma once

#include "domain/Types.h"

#include <QString>

#include <optional>

namespace Kezek {

// A citizen's place in the center for one day: number, service, where it came from and each step's time.
struct Ticket
{
    qint64 id = 0;
    QString day; // "2020-05-18": numbers restart each day
    QString number;
    int serviceId = 0;
    TicketSource source = TicketSource::WalkIn;
    std::optional<qint64> bookingId;
    QString bookingCode; // the channel's booking id, when booked
    QString priority;    // out-of-turn category code, empty if none
    TicketState state = TicketState::Waiting;
    Lane lane = Lane::WalkIn;
    qint64 orderKey = 0; // place within its lane: slot start for bookings, arrival otherwise
    qint64 issuedAt = 0; // ticket issue or check-in time
    std::optional<qint64> slotStart;
    std::optional<qint64> dueAt; // postponed until
    std::optional<int> targetWindowId;
    std::optional<int> windowId;
    std::optional<int> operatorId;
    std::optional<qint64> firstCalledAt;
    std::optional<qint64> calledAt;
    std::optional<qint64> servingAt;
    std::optional<qint64> finishedAt;
    int callCount = 0;
    std::optional<qint64> lastCallAt;
    QString iin;      // from the booking; personal data, show masked
    QString fullName; // from the booking

    bool isBooked() const { return bookingId.has_value(); }
    // DOMAIN.md "Figures": the later of check-in and slot start for bookings, issue time for walk-ins.
    qint64 arrival() const;
    bool isWaiting() const;
};

} // namespace Kezek
