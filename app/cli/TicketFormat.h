#pragma once

#include "domain/CallPolicy.h"
#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Kezek::Cli {

class Context;

// How kezekctl shows tickets: a JSON object for scripts, words for people. IINs only masked.
class TicketFormat final
{
    Q_DECLARE_TR_FUNCTIONS(TicketFormat)

public:
    static QJsonObject json(const Context &context, const Ticket &ticket);
    // "A001 (ID-CARD, walk-in), waiting"
    static QString line(const Context &context, const Ticket &ticket);
    // Why the ticket stands where it does: "booked 10:15", "out of turn: disability", "walk-in", "transferred",
    // "early booking 11:00". Without a tier (no window given), from the ticket's lane and the clock.
    static QString reason(const Ticket &ticket, std::optional<CallTier> tier, qint64 now, int earlyAllowance);
    static QString tierKey(CallTier tier);
    // Local time as 2020-05-18T10:05:00, the shape --at takes.
    static QString isoTime(qint64 epochSeconds);
    // "1 h 05 min", "12 min 30 s", "40 s"
    static QString duration(qint64 seconds);
};

} // namespace Kezek::Cli
