#include "Ticket.h"

#include <algorithm>

namespace Kezek {

qint64 Ticket::arrival() const
{
    return slotStart ? std::max(issuedAt, *slotStart) : issuedAt;
}

bool Ticket::isWaiting() const
{
    return state == TicketState::Waiting || state == TicketState::Transferred || state == TicketState::Postponed;
}

} // namespace Kezek
