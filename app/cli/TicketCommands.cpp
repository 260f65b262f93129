// issue, call-next and the steps on a ticket number: serve, finish, no-show, recall, postpone, transfer, cancel.
#include "Command.h"
#include "Output.h"
#include "TicketFormat.h"

#include "core/LocalTime.h"
#include "db/Database.h"

#include <QJsonArray>

namespace Kezek::Cli {

namespace {

const QString windowOption = QStringLiteral("window");

class IssueCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("issue"); }
    QString summary() const override { return tr("Issue a walk-in ticket; prints its number."); }
    bool actsAsAccount() const override { return true; }
    void define(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("SERVICE_CODE"), tr("The service, e.g. ID-CARD."));
        parser.addOption(QCommandLineOption(QStringLiteral("priority"),
                                            tr("Out-of-turn category (veteran, disability, pregnant, infant)."),
                                            tr("CATEGORY")));
    }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(1, 1, QStringLiteral("SERVICE_CODE")); !status)
            return context.out().fail(status.failure());
        auto service = context.service(context.args().positionalArguments().constFirst());
        if (!service)
            return context.out().fail(service.failure());
        const QString priority = context.args().value(QStringLiteral("priority")).trimmed().toLower();
        auto ticket = QueueService(context.db(), context.clock()).issue(service->id, priority, context.actor());
        if (!ticket)
            return context.out().fail(ticket.failure());
        QString text = tr("Ticket %1: %2, issued at %3.")
                           .arg(ticket->number, service->code, LocalTime::hhmm(ticket->issuedAt));
        if (!priority.isEmpty())
            text += QLatin1Char(' ') + tr("Out of turn: %1.").arg(priority);
        context.out().result({{QStringLiteral("ticket"), TicketFormat::json(context, *ticket)}}, text);
        return Done;
    }
};

class CallNextCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("call-next"); }
    QString summary() const override
    {
        return tr("Call the next citizen to a window; prints the ticket number. The operator holding the window calls.");
    }
    bool actsAsAccount() const override { return true; }
    void define(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(windowOption, tr("The window that calls (required)."), tr("N")));
    }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(0, 0, tr("no arguments besides --window N")); !status)
            return context.out().fail(status.failure());
        auto window = context.positiveInt(windowOption);
        if (!window)
            return context.out().fail(window.failure());
        if (!*window)
            return context.out().fail(tr("call-next needs --window N."));
        auto call = QueueService(context.db(), context.clock()).callNext(**window, context.actor());
        if (!call)
            return context.out().fail(call.failure());
        auto settings = Catalogue(context.db()).settings();
        const int early = settings ? settings->earlyAllowance : CenterSettings().earlyAllowance;
        const QString reason = TicketFormat::reason(call->ticket, call->tier, context.now(), early);
        const qint64 waited = context.now() - call->ticket.arrival();
        QJsonObject json{{QStringLiteral("ticket"), TicketFormat::json(context, call->ticket)},
                         {QStringLiteral("window"), **window},
                         {QStringLiteral("tier"), TicketFormat::tierKey(call->tier)},
                         {QStringLiteral("reason"), reason},
                         {QStringLiteral("waited_s"), qMax<qint64>(0, waited)}};
        const QString text = tr("Window %1 calls %2 (%3, %4; waited %5).")
                                 .arg(**window)
                                 .arg(call->ticket.number, context.serviceCode(call->ticket.serviceId), reason,
                                      TicketFormat::duration(waited));
        context.out().result(json, text);
        return Done;
    }
};

// A step on one of today's tickets, named by its number, by the account --as names (optionally at a window).
class TicketStepCommand : public Command
{
public:
    bool actsAsAccount() const final { return true; }
    void define(QCommandLineParser &parser) const final
    {
        parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("Today's ticket number, e.g. A001."));
        parser.addOption(QCommandLineOption(actingWindowOption(),
                                            tr("Act at this window (refused if the ticket is at another)."), tr("N")));
        defineStep(parser);
    }

    int run(const Context &context) const final
    {
        if (auto status = context.expectArguments(1, 1, QStringLiteral("NUMBER")); !status)
            return context.out().fail(status.failure());
        auto ticket = context.ticket(context.args().positionalArguments().constFirst());
        if (!ticket)
            return context.out().fail(ticket.failure());
        auto actor = context.actorAt(actingWindowOption());
        if (!actor)
            return context.out().fail(actor.failure());
        QueueService service(context.db(), context.clock());
        auto changed = perform(context, service, *ticket, *actor);
        if (!changed)
            return context.out().fail(changed.failure());
        context.out().result({{QStringLiteral("action"), name()},
                              {QStringLiteral("ticket"), TicketFormat::json(context, *changed)}},
                             describe(context, *changed));
        return Done;
    }

protected:
    virtual QString actingWindowOption() const { return windowOption; }
    virtual void defineStep(QCommandLineParser &parser) const { Q_UNUSED(parser) }
    virtual Result<Ticket> perform(const Context &context, QueueService &service, const Ticket &ticket,
                                   const Actor &actor) const = 0;
    virtual QString describe(const Context &context, const Ticket &ticket) const
    {
        return TicketFormat::line(context, ticket) + QLatin1Char('.');
    }
};

class ServeCommand final : public TicketStepCommand
{
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override { return tr("The called citizen came: start serving the ticket."); }

protected:
    Result<Ticket> perform(const Context &, QueueService &service, const Ticket &ticket,
                           const Actor &actor) const override
    {
        return service.startServing(ticket.id, actor);
    }
};

class FinishCommand final : public TicketStepCommand
{
public:
    QString name() const override { return QStringLiteral("finish"); }
    QString summary() const override { return tr("Finish serving a ticket, recording the services served."); }
    QStringList repeatableOptions() const override { return {QStringLiteral("service")}; }

protected:
    void defineStep(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(
            QStringLiteral("service"),
            tr("A served service, repeatable; outcome done (default), refused or redirected "
               "(default: the ticket's own service, done)."),
            tr("CODE[:outcome[:note]]")));
    }

    Result<Ticket> perform(const Context &context, QueueService &service, const Ticket &ticket,
                           const Actor &actor) const override
    {
        QList<ServedServiceInput> served;
        for (const QString &spec : context.args().values(QStringLiteral("service"))) {
            const QStringList parts = spec.split(QLatin1Char(':'));
            auto s = context.service(parts.value(0));
            if (!s)
                return s.failure();
            ServedServiceInput input{s->id, Outcome::Done, parts.mid(2).join(QLatin1Char(':'))};
            if (parts.size() > 1 && !parts.at(1).trimmed().isEmpty()) {
                auto outcome = Names::outcome(parts.at(1).trimmed().toLower());
                if (!outcome) {
                    return Failure{Failure::Kind::Invalid,
                                   tr("--service %1: the outcome must be done, refused or redirected.").arg(spec)};
                }
                input.outcome = *outcome;
            }
            served.append(input);
        }
        if (served.isEmpty())
            served.append(ServedServiceInput{ticket.serviceId, Outcome::Done, {}});
        return service.finish(ticket.id, served, actor);
    }

    QString describe(const Context &context, const Ticket &ticket) const override
    {
        const qint64 took = ticket.finishedAt.value_or(0) - ticket.servingAt.value_or(ticket.finishedAt.value_or(0));
        return tr("%1 served in %2.").arg(ticket.number, TicketFormat::duration(took))
            + QLatin1Char(' ') + TicketFormat::line(context, ticket) + QLatin1Char('.');
    }
};

class NoShowCommand final : public TicketStepCommand
{
public:
    QString name() const override { return QStringLiteral("no-show"); }
    QString summary() const override { return tr("The called citizen did not come (after the last recall)."); }

protected:
    Result<Ticket> perform(const Context &, QueueService &service, const Ticket &ticket,
                           const Actor &actor) const override
    {
        return service.markNoShow(ticket.id, actor);
    }
};

class RecallCommand final : public TicketStepCommand
{
public:
    QString name() const override { return QStringLiteral("recall"); }
    QString summary() const override { return tr("Call a called ticket again on the hall display."); }

protected:
    Result<Ticket> perform(const Context &, QueueService &service, const Ticket &ticket,
                           const Actor &actor) const override
    {
        return service.recall(ticket.id, actor);
    }
    QString describe(const Context &context, const Ticket &ticket) const override
    {
        return tr("%1 called again (call %2).").arg(ticket.number).arg(ticket.callCount) + QLatin1Char(' ')
            + TicketFormat::line(context, ticket) + QLatin1Char('.');
    }
};

class PostponeCommand final : public TicketStepCommand
{
public:
    QString name() const override { return QStringLiteral("postpone"); }
    QString summary() const override
    {
        return tr("Send a called or served citizen back to wait until a set time (e.g. to fetch a document).");
    }

protected:
    void defineStep(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(QStringLiteral("until"), tr("Back in the queue at TIME (10:45)."),
                                            tr("TIME")));
        parser.addOption(QCommandLineOption(QStringLiteral("minutes"), tr("Back in the queue in N minutes."),
                                            tr("N")));
    }

    Result<Ticket> perform(const Context &context, QueueService &service, const Ticket &ticket,
                           const Actor &actor) const override
    {
        const bool until = context.args().isSet(QStringLiteral("until"));
        const bool minutes = context.args().isSet(QStringLiteral("minutes"));
        if (until == minutes)
            return Failure{Failure::Kind::Invalid, tr("postpone needs either --until TIME or --minutes N.")};
        qint64 returnAt = 0;
        if (until) {
            auto at = context.time(context.args().value(QStringLiteral("until")), QStringLiteral("--until"));
            if (!at)
                return at.failure();
            returnAt = *at;
        } else {
            auto n = context.positiveInt(QStringLiteral("minutes"));
            if (!n)
                return n.failure();
            returnAt = context.now() + qint64(**n) * 60;
        }
        return service.postpone(ticket.id, returnAt, actor);
    }

    QString describe(const Context &context, const Ticket &ticket) const override
    {
        return tr("%1 waits again from %2.").arg(ticket.number, LocalTime::hhmm(ticket.dueAt.value_or(0)))
            + QLatin1Char(' ') + TicketFormat::line(context, ticket) + QLatin1Char('.');
    }
};

class TransferCommand final : public TicketStepCommand
{
public:
    QString name() const override { return QStringLiteral("transfer"); }
    QString summary() const override
    {
        return tr("Send a called or served ticket to another window or service; it goes to the front of that "
                  "queue and keeps its number.");
    }

protected:
    QString actingWindowOption() const override { return QStringLiteral("from-window"); }
    void defineStep(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption({windowOption, QStringLiteral("to-window")},
                                            tr("Transfer to this window."), tr("N")));
        parser.addOption(QCommandLineOption({QStringLiteral("service"), QStringLiteral("to-service")},
                                            tr("Transfer to this service's queue."), tr("CODE")));
        parser.addOption(QCommandLineOption(QStringLiteral("note"), tr("Why, for the next operator."), tr("TEXT")));
    }

    Result<Ticket> perform(const Context &context, QueueService &service, const Ticket &ticket,
                           const Actor &actor) const override
    {
        const bool toWindow = context.args().isSet(windowOption);
        const bool toService = context.args().isSet(QStringLiteral("service"));
        if (toWindow == toService)
            return Failure{Failure::Kind::Invalid, tr("transfer needs either --window N or --service CODE.")};
        const QString note = context.args().value(QStringLiteral("note"));
        if (toWindow) {
            auto window = context.positiveInt(windowOption);
            if (!window)
                return window.failure();
            return service.transferToWindow(ticket.id, **window, note, actor);
        }
        auto target = context.service(context.args().value(QStringLiteral("service")));
        if (!target)
            return target.failure();
        return service.transferToService(ticket.id, target->id, note, actor);
    }

    QString describe(const Context &context, const Ticket &ticket) const override
    {
        const auto target = context.windowNumber(ticket.targetWindowId);
        const QString where = target ? tr("window %1").arg(*target) : context.serviceCode(ticket.serviceId);
        return tr("%1 waits at the front of the queue for %2.").arg(ticket.number, where);
    }
};

class CancelCommand final : public TicketStepCommand
{
public:
    QString name() const override { return QStringLiteral("cancel"); }
    QString summary() const override
    {
        return tr("Cancel a ticket: a waiting one (reception, a supervisor), or the one called to your window "
                  "(--window N), with the reason.");
    }

protected:
    void defineStep(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(QStringLiteral("reason"),
                                            tr("citizen-left (the default) or issued-by-mistake."), tr("REASON")));
    }
    Result<Ticket> perform(const Context &context, QueueService &service, const Ticket &ticket,
                           const Actor &actor) const override
    {
        const QString given = context.args().value(QStringLiteral("reason"));
        const auto reason = given.isEmpty() ? std::optional(CancelReason::CitizenLeft) : Names::cancelReason(given);
        if (!reason)
            return Failure{Failure::Kind::Invalid,
                           tr("--reason is citizen-left or issued-by-mistake, not \"%1\".").arg(given)};
        return service.cancel(ticket.id, *reason, actor);
    }
};

// A ticket of the window's queue chosen by its number: called out of turn, or served at once.
class CallChosenCommand final : public TicketStepCommand
{
public:
    QString name() const override { return QStringLiteral("call"); }
    QString summary() const override
    {
        return tr("Call a waiting ticket of your window's queue by its number, out of turn (--window N); with "
                  "--at-desk, its citizen is at the desk already: serve them at once, without a call.");
    }

protected:
    void defineStep(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(QStringLiteral("at-desk"),
                                            tr("The citizen is at the desk: start serving without a call.")));
    }
    Result<Ticket> perform(const Context &context, QueueService &service, const Ticket &ticket,
                           const Actor &actor) const override
    {
        auto window = context.positiveInt(windowOption);
        if (!window)
            return window.failure();
        if (!*window)
            return Failure{Failure::Kind::Invalid, tr("call needs --window N.")};
        return context.args().isSet(QStringLiteral("at-desk")) ? service.serveChosen(**window, ticket.id, actor)
                                                               : service.callChosen(**window, ticket.id, actor);
    }
};

} // namespace

void addTicketCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<IssueCommand>());
    registry.add(std::make_unique<CallNextCommand>());
    registry.add(std::make_unique<CallChosenCommand>());
    registry.add(std::make_unique<ServeCommand>());
    registry.add(std::make_unique<FinishCommand>());
    registry.add(std::make_unique<NoShowCommand>());
    registry.add(std::make_unique<RecallCommand>());
    registry.add(std::make_unique<PostponeCommand>());
    registry.add(std::make_unique<TransferCommand>());
    registry.add(std::make_unique<CancelCommand>());
}

} // namespace Kezek::Cli
