// checkin, book, import-bookings: booked citizens.
#include "Command.h"
#include "Output.h"
#include "TicketFormat.h"

#include "core/LocalTime.h"
#include "domain/BookingCalendar.h"
#include "domain/Iin.h"
#include "io/BookingImporter.h"

#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

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
    bool actsAsAccount() const override { return true; }
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
                return context.out().fail(tr("--iin %1: %2").arg(Iin::masked(iin), *problem));
            result = service.checkInByIin(iin, context.actor());
        } else {
            result = service.checkIn(context.args().positionalArguments().constFirst(), context.actor());
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

class ImportBookingsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import-bookings"); }
    QString summary() const override
    {
        return tr("Import the channels' booking files (CSV or JSON); prints counts and each rejected row as "
                  "FILE:LINE: reason.");
    }
    bool actsAsAccount() const override { return true; }
    void define(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("Booking files to import."),
                                     QStringLiteral("FILE..."));
    }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(1, -1, QStringLiteral("FILE...")); !status)
            return context.out().fail(status.failure());
        // Progress only for a person watching a terminal; scripts and logs get the result alone.
        const bool showProgress = !context.out().isJson() && ::isatty(STDERR_FILENO) == 1;
        BookingImporter::Progress progress;
        if (showProgress) {
            progress = [](qint64 done, qint64 total) {
                std::fprintf(stderr, "\r%s", qPrintable(tr("Importing: %1 of %2 rows").arg(done).arg(total)));
                std::fflush(stderr);
                return true;
            };
        }
        auto report = BookingImporter(context.db()).importFiles(context.args().positionalArguments(), context.now(),
                                                               context.actor(), progress);
        if (showProgress)
            std::fputc('\n', stderr);
        if (!report)
            return context.out().fail(report.failure());
        const int good = report->imported + report->updated + report->unchanged;
        // The reasons quote the files' values (a phone column holding an IIN, say): never an IIN whole. Only the
        // reasons: a file name may well hold a 12-digit time stamp.
        QJsonArray rejected;
        QStringList rejectionLines;
        for (ImportRejection r : std::as_const(report->rejected)) {
            r.reason = Iin::maskInText(r.reason);
            rejected.append(QJsonObject{{QStringLiteral("file"), r.file},
                                        {QStringLiteral("line"), r.line},
                                        {QStringLiteral("reason"), r.reason}});
            rejectionLines.append(r.formatRejection());
        }
        QStringList lines{tr("%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected.")
                              .arg(report->rows())
                              .arg(report->imported)
                              .arg(report->updated)
                              .arg(report->unchanged)
                              .arg(report->rejected.size())};
        lines += rejectionLines;
        context.out().result({{QStringLiteral("rows"), report->rows()},
                              {QStringLiteral("imported"), report->imported},
                              {QStringLiteral("updated"), report->updated},
                              {QStringLiteral("unchanged"), report->unchanged},
                              {QStringLiteral("rejected"), rejected}},
                             lines.join(QLatin1Char('\n')));
        if (report->rows() == 0)
            return NothingToDo;
        if (!report->rejected.isEmpty())
            return good > 0 ? DoneInPart : Unusable;
        return Done;
    }
};

class BookCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("book"); }
    QString summary() const override
    {
        return tr("Book a citizen on site into the given or the next free slot; prints the booking id and slot.");
    }
    bool actsAsAccount() const override { return true; }
    void define(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("SERVICE_CODE"), tr("The service, e.g. ID-CARD."));
        parser.addOption(QCommandLineOption(QStringLiteral("iin"), tr("The citizen's IIN (required)."), tr("IIN")));
        parser.addOption(QCommandLineOption(QStringLiteral("name"), tr("The citizen's full name."), tr("N")));
        parser.addOption(QCommandLineOption(QStringLiteral("phone"), tr("A mobile number, e.g. +7 701 555 01 01."),
                                            tr("P")));
        parser.addOption(QCommandLineOption(QStringLiteral("slot"),
                                            tr("The slot start (10:15 today, or a date and time); default: the "
                                               "next slot with room."),
                                            tr("TIME")));
    }

    int run(const Context &context) const override
    {
        const QCommandLineParser &args = context.args();
        if (auto status = context.expectArguments(1, 1, QStringLiteral("SERVICE_CODE")); !status)
            return context.out().fail(status.failure());
        if (!args.isSet(QStringLiteral("iin")))
            return context.out().fail(tr("book needs --iin IIN."));
        OnsiteBookingRequest request;
        request.serviceCode = args.positionalArguments().constFirst().trimmed().toUpper();
        request.iin = args.value(QStringLiteral("iin")).trimmed();
        request.fullName = args.value(QStringLiteral("name"));
        request.phone = args.value(QStringLiteral("phone"));
        if (args.isSet(QStringLiteral("slot"))) {
            auto slot = context.time(args.value(QStringLiteral("slot")), QStringLiteral("--slot"));
            if (!slot)
                return context.out().fail(slot.failure());
            request.slotStart = *slot;
        }
        auto booking = BookingCalendar(context.db()).book(request, context.now(), context.actor());
        if (!booking)
            return context.out().fail(booking.failure());
        const QString service = context.serviceCode(booking->serviceId);
        QJsonObject json{{QStringLiteral("booking"), booking->code},
                         {QStringLiteral("channel"), Names::key(booking->channel)},
                         {QStringLiteral("service"), service},
                         {QStringLiteral("slot_start"), TicketFormat::isoTime(booking->slotStart)},
                         {QStringLiteral("iin"), Iin::masked(booking->iin)}};
        if (!booking->phone.isEmpty())
            json.insert(QStringLiteral("phone"), booking->phone);
        const QString text = tr("Booking %1: %2 on %3 at %4 for %5.")
                                 .arg(booking->code, service,
                                      LocalTime::dateOf(booking->slotStart).toString(Qt::ISODate),
                                      LocalTime::hhmm(booking->slotStart), Iin::masked(booking->iin));
        context.out().result(json, text);
        return Done;
    }
};

} // namespace

void addBookingCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<ImportBookingsCommand>());
    registry.add(std::make_unique<CheckInCommand>());
    registry.add(std::make_unique<BookCommand>());
}

} // namespace Kezek::Cli
