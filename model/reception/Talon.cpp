#include "Talon.h"

#include "domain/Catalogue.h"
#include "domain/Ticket.h"

namespace Kezek {

Talon Talon::make(const QString &centerName, const Ticket &ticket, const Service &service,
                  const std::optional<WaitEstimate> &estimate)
{
    Talon talon;
    talon.centerName = centerName;
    talon.number = ticket.number;
    talon.serviceKk = service.nameKk;
    talon.serviceRu = service.nameRu;
    talon.issuedAt = ticket.issuedAt;
    if (ticket.isBooked())
        talon.slotStart = ticket.slotStart;
    talon.estimate = estimate;
    return talon;
}

} // namespace Kezek
