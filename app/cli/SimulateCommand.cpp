// simulate: plays a realistic day through the engine (DaySimulator).
#include "Command.h"
#include "Output.h"
#include "TicketFormat.h"

#include "core/LocalTime.h"
#include "domain/DaySimulator.h"

namespace Kezek::Cli {

namespace {

class SimulateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("simulate"); }
    QString summary() const override
    {
        return tr("Play a realistic day through the queue (bookings, arrivals, calls, service); for today, up to "
                  "now. An administrator's work.");
    }
    bool actsAsAccount() const override { return true; }
    void define(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(QStringLiteral("date"), tr("The day to play (default: today)."),
                                            tr("DATE")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("windows"),
            tr("How many windows work: the first N; missing ones are added serving every service (default 12)."),
            tr("N"), QStringLiteral("12")));
        parser.addOption(QCommandLineOption(QStringLiteral("citizens"),
                                            tr("How many citizens come (default 600)."), tr("M"),
                                            QStringLiteral("600")));
        parser.addOption(QCommandLineOption(QStringLiteral("booked-share"),
                                            tr("The share of citizens who booked, 0 to 1 (default 0.5)."), tr("F"),
                                            QStringLiteral("0.5")));
        parser.addOption(QCommandLineOption(QStringLiteral("seed"),
                                            tr("The random seed: the same seed plays the same day (default 1)."),
                                            tr("S"), QStringLiteral("1")));
    }

    int run(const Context &context) const override
    {
        const QCommandLineParser &args = context.args();
        if (auto status = context.expectArguments(0, 0, tr("no arguments")); !status)
            return context.out().fail(status.failure());
        SimulationRequest request;
        const QDate today = LocalTime::dateOf(context.now());
        if (args.isSet(QStringLiteral("date"))) {
            const auto date = LocalTime::parseDate(args.value(QStringLiteral("date")));
            if (!date)
                return context.out().fail(
                    tr("--date: cannot read \"%1\" as a date; write 2020-05-18, in the years %2 to %3.")
                        .arg(args.value(QStringLiteral("date")), QString::number(LocalTime::firstYear),
                             QString::number(LocalTime::lastYear)));
            request.date = *date;
        } else {
            request.date = today;
        }
        bool ok = false;
        request.windows = args.value(QStringLiteral("windows")).toInt(&ok);
        if (!ok || request.windows < 1)
            return context.out().fail(tr("--windows needs a positive whole number."));
        request.citizens = args.value(QStringLiteral("citizens")).toInt(&ok);
        if (!ok || request.citizens < 1)
            return context.out().fail(tr("--citizens needs a positive whole number."));
        request.bookedShare = args.value(QStringLiteral("booked-share")).toDouble(&ok);
        if (!ok || request.bookedShare < 0 || request.bookedShare > 1)
            return context.out().fail(tr("--booked-share needs a number from 0 to 1."));
        request.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return context.out().fail(tr("--seed needs a whole number."));
        // Today is played up to now, so the day looks live: citizens waiting, windows busy.
        if (request.date == today)
            request.stopAt = context.now();

        auto result = DaySimulator(context.db()).run(request, context.actor());
        if (!result)
            return context.out().fail(result.failure());
        const SimulationSummary &s = *result;
        const QJsonObject json{
            {QStringLiteral("date"), request.date.toString(Qt::ISODate)},
            {QStringLiteral("windows"), s.windowsUsed},
            {QStringLiteral("windows_added"), s.windowsAdded},
            {QStringLiteral("seed"), QString::number(request.seed)},
            {QStringLiteral("citizens"), s.citizens},
            {QStringLiteral("booked"), s.booked},
            {QStringLiteral("walk_ins"), s.walkIns},
            {QStringLiteral("priority"), s.priority},
            {QStringLiteral("arrived"), s.arrived},
            {QStringLiteral("served"), s.served},
            {QStringLiteral("no_shows_never_came"), s.noShowsNeverCame},
            {QStringLiteral("no_shows_called"), s.noShowsCalled},
            {QStringLiteral("cancelled"), s.cancelled},
            {QStringLiteral("waiting"), s.waiting},
            {QStringLiteral("at_windows"), s.atWindows},
            {QStringLiteral("not_arrived_yet"), s.notArrivedYet},
            {QStringLiteral("other_tickets"), s.otherTickets},
            {QStringLiteral("late_check_ins"), s.lateCheckIns},
            {QStringLiteral("recalls"), s.recalls},
            {QStringLiteral("transfers"), s.transfers},
            {QStringLiteral("postponements"), s.postponements},
            {QStringLiteral("wait_avg_s"), s.averageWaitSeconds()},
            {QStringLiteral("wait_max_s"), s.waitMaxSeconds},
            {QStringLiteral("ended_at"), TicketFormat::isoTime(s.endedAt)},
            {QStringLiteral("stopped_early"), s.stoppedEarly},
            {QStringLiteral("elapsed_ms"), s.elapsedMs},
        };
        QStringList lines{
            tr("Simulated %1 at %2 windows (seed %3) in %4 s.")
                .arg(request.date.toString(Qt::ISODate))
                .arg(s.windowsUsed)
                .arg(request.seed)
                .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1),
            tr("  citizens:       %1 (%2 booked, %3 walk-ins, %4 out of turn)")
                .arg(s.citizens)
                .arg(s.booked)
                .arg(s.walkIns)
                .arg(s.priority),
            tr("  served:         %1").arg(s.served),
            tr("  no-shows:       %1 booked never came, %2 did not answer the calls")
                .arg(s.noShowsNeverCame)
                .arg(s.noShowsCalled),
            tr("  left the queue: %1").arg(s.cancelled),
            tr("  average wait:   %1 (longest %2)")
                .arg(TicketFormat::duration(s.averageWaitSeconds()), TicketFormat::duration(s.waitMaxSeconds)),
            tr("  also:           %1 late check-ins, %2 recalls, %3 transfers, %4 postponements")
                .arg(s.lateCheckIns)
                .arg(s.recalls)
                .arg(s.transfers)
                .arg(s.postponements),
        };
        if (s.windowsAdded > 0)
            lines.append(tr("  windows added:  %1, serving every service").arg(s.windowsAdded));
        if (s.otherTickets > 0)
            lines.append(tr("  also served %1 tickets that were waiting before").arg(s.otherTickets));
        if (s.stoppedEarly) {
            lines.append(tr("  stopped at %1 (now): %2 waiting, %3 at windows, %4 yet to come")
                             .arg(LocalTime::hhmm(s.endedAt))
                             .arg(s.waiting)
                             .arg(s.atWindows)
                             .arg(s.notArrivedYet));
        } else {
            lines.append(tr("  last citizen left at %1").arg(LocalTime::hhmm(s.endedAt)));
        }
        context.out().result(json, lines.join(QLatin1Char('\n')));
        return Done;
    }
};

} // namespace

void addSimulateCommand(CommandRegistry &registry)
{
    registry.add(std::make_unique<SimulateCommand>());
}

} // namespace Kezek::Cli
