// checkin, book, import-bookings: booked citizens.
#include "Command.h"
#include "Output.h"
#include "TicketFormat.h"

#include "core/LocalTime.h"
#include "domain/Iin.h"

namespace Kezek::Cli {

namespace {

class CheckInCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("checkin"); }
    QString summary() const override
    {
        return tr("A booked citizen arrives (by booking id or --iin); prints the ticket number.");
    }
    void define(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("BOOKING_ID"), tr("The channel's booking id."),
                                     QStringLiteral("[BOOKING_ID]"));
        parser.addOption(QCommandLineOption(QStringLiteral("iin"),
                                            tr("Check in today's first booking of this IIN instead."), tr("IIN")));
    }

    int run(const Context &context) const override
    {
        const bool byIin = context.args().isSet(QStringLiteral("iin"));
        if (auto status = context.expectArguments(byIin ? 0 : 1, byIin ? 0 : 1,
                                                  tr("either BOOKING_ID or --iin IIN"));
            !status) {
            return context.out().fail(status.failure());
        }
        QueueService service(context.db(), context.clock());
        Result<CheckInResult> result = Failure{};
        if (byIin) {
            const QString iin = context.args().value(QStringLiteral("iin")).trimmed();
            if (auto problem = Iin::problem(iin))
                return context.out().fail(tr("--iin %1: %2").arg(iin, *problem));
            result = service.checkInByIin(iin);
        } else {
            result = service.checkIn(context.args().positionalArguments().constFirst());
        }
        if (!result)
            return context.out().fail(result.failure());
        const Ticket &ticket = result->ticket;
        const QString slot = LocalTime::hhmm(ticket.slotStart.value_or(ticket.issuedAt));
        QString text = tr("Ticket %1: %2, booking %3 for %4.")
                           .arg(ticket.number, context.serviceCode(ticket.serviceId), ticket.bookingCode, slot);
        if (result->late) {
            text += QLatin1Char(' ')
                + tr("Late by %1: the booking priority is lost, queued as a walk-in.")
                      .arg(TicketFormat::duration(result->lateBySeconds));
        }
        QJsonObject json{{QStringLiteral("ticket"), TicketFormat::json(context, ticket)},
                         {QStringLiteral("late"), result->late},
                         {QStringLiteral("late_by_s"), result->lateBySeconds}};
        context.out().result(json, text);
        return Done;
    }
};

} // namespace

void addBookingCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<CheckInCommand>());
}

} // namespace Kezek::Cli
