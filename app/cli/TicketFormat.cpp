#include "TicketFormat.h"

#include "Command.h"

#include "core/LocalTime.h"
#include "domain/Iin.h"

#include <QDateTime>

namespace Kezek::Cli {

QString TicketFormat::isoTime(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString TicketFormat::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString TicketFormat::tierKey(CallTier tier)
{
    switch (tier) {
    case CallTier::TransferredHere:
        return QStringLiteral("transferred-here");
    case CallTier::Transferred:
        return QStringLiteral("transferred");
    case CallTier::BookedDue:
        return QStringLiteral("booked");
    case CallTier::Priority:
        return QStringLiteral("priority");
    case CallTier::WalkIn:
        return QStringLiteral("walk-in");
    case CallTier::BookedEarly:
        return QStringLiteral("early-booking");
    }
    return QStringLiteral("walk-in");
}

QString TicketFormat::reason(const Ticket &ticket, std::optional<CallTier> tier, qint64 now, int earlyAllowance)
{
    if (!tier) {
        switch (ticket.lane) {
        case Lane::Transferred:
            tier = ticket.targetWindowId ? CallTier::TransferredHere : CallTier::Transferred;
            break;
        case Lane::Booked:
            tier = ticket.orderKey - earlyAllowance <= now ? CallTier::BookedDue : CallTier::BookedEarly;
            break;
        case Lane::Priority:
            tier = CallTier::Priority;
            break;
        case Lane::WalkIn:
            tier = CallTier::WalkIn;
            break;
        }
    }
    const QString slot = ticket.slotStart ? LocalTime::hhmm(*ticket.slotStart) : QString();
    switch (*tier) {
    case CallTier::TransferredHere:
        return tr("transferred to this window");
    case CallTier::Transferred:
        return tr("transferred");
    case CallTier::BookedDue:
        return tr("booked %1").arg(slot);
    case CallTier::Priority:
        return tr("out of turn: %1").arg(ticket.priority);
    case CallTier::WalkIn:
        return ticket.slotStart ? tr("walk-in (late for booking %1)").arg(slot) : tr("walk-in");
    case CallTier::BookedEarly:
        return tr("early booking %1").arg(slot);
    }
    return tr("walk-in");
}

QJsonObject TicketFormat::json(const Context &context, const Ticket &ticket)
{
    QJsonObject o{
        {QStringLiteral("number"), ticket.number},
        {QStringLiteral("day"), ticket.day},
        {QStringLiteral("service"), context.serviceCode(ticket.serviceId)},
        {QStringLiteral("source"), Names::key(ticket.source)},
        {QStringLiteral("state"), Names::key(ticket.state)},
        {QStringLiteral("issued_at"), isoTime(ticket.issuedAt)},
        {QStringLiteral("call_count"), ticket.callCount},
    };
    if (!ticket.priority.isEmpty())
        o.insert(QStringLiteral("priority"), ticket.priority);
    if (ticket.isBooked()) {
        o.insert(QStringLiteral("booking"), ticket.bookingCode);
        if (!ticket.iin.isEmpty())
            o.insert(QStringLiteral("iin"), Iin::masked(ticket.iin));
    }
    if (ticket.slotStart)
        o.insert(QStringLiteral("slot_start"), isoTime(*ticket.slotStart));
    if (auto window = context.windowNumber(ticket.windowId))
        o.insert(QStringLiteral("window"), *window);
    if (auto target = context.windowNumber(ticket.targetWindowId))
        o.insert(QStringLiteral("target_window"), *target);
    if (ticket.dueAt)
        o.insert(QStringLiteral("due_at"), isoTime(*ticket.dueAt));
    if (ticket.calledAt)
        o.insert(QStringLiteral("called_at"), isoTime(*ticket.calledAt));
    if (ticket.servingAt)
        o.insert(QStringLiteral("serving_at"), isoTime(*ticket.servingAt));
    if (ticket.finishedAt)
        o.insert(QStringLiteral("finished_at"), isoTime(*ticket.finishedAt));
    return o;
}

QString TicketFormat::line(const Context &context, const Ticket &ticket)
{
    QString text = tr("%1 (%2, %3), %4")
                       .arg(ticket.number, context.serviceCode(ticket.serviceId), Names::display(ticket.source),
                            Names::display(ticket.state));
    if (auto window = context.windowNumber(ticket.windowId))
        text += tr(", window %1").arg(*window);
    return text;
}

} // namespace Kezek::Cli
