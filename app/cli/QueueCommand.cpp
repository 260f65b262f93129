// queue: the waiting tickets in the order they will be called.
#include "Command.h"
#include "Output.h"
#include "TicketFormat.h"

#include "domain/TicketStore.h"

#include <QJsonArray>

#include <algorithm>

namespace Kezek::Cli {

namespace {

class QueueCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("queue"); }
    QString summary() const override
    {
        return tr("The waiting tickets: with --window in the order that window will call them, "
                  "otherwise all of them by service.");
    }
    void define(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(QStringLiteral("window"), tr("The queue of this window."), tr("N")));
    }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(0, 0, tr("no arguments")); !status)
            return context.out().fail(status.failure());
        const Catalogue catalogue(context.db());
        auto settings = catalogue.settings();
        if (!settings)
            return context.out().fail(settings.failure());
        auto windowNumber = context.positiveInt(QStringLiteral("window"));
        if (!windowNumber)
            return context.out().fail(windowNumber.failure());
        const qint64 now = context.now();
        const TicketStore store(context.db());

        QList<QueuedTicket> queue;
        if (*windowNumber) {
            auto window = catalogue.window(**windowNumber);
            if (!window)
                return context.out().fail(window.failure());
            const CallPolicy policy(settings->earlyAllowance, settings->priorityStreakCap);
            auto ordered = store.queueFor(*window, policy, now);
            if (!ordered)
                return context.out().fail(ordered.failure());
            queue = *ordered;
        } else {
            auto waiting = store.waiting(now);
            if (!waiting)
                return context.out().fail(waiting.failure());
            for (const Ticket &t : *waiting)
                queue.append(QueuedTicket{t, CallTier::WalkIn});
            // By service, then the lanes in rule order; each window's own order is what --window shows.
            std::stable_sort(queue.begin(), queue.end(), [&context](const QueuedTicket &a, const QueuedTicket &b) {
                const QString sa = context.serviceCode(a.ticket.serviceId);
                const QString sb = context.serviceCode(b.ticket.serviceId);
                return std::tie(sa, a.ticket.lane, a.ticket.orderKey, a.ticket.id)
                    < std::tie(sb, b.ticket.lane, b.ticket.orderKey, b.ticket.id);
            });
        }

        QJsonArray list;
        QStringList lines;
        int position = 0;
        for (const QueuedTicket &q : std::as_const(queue)) {
            ++position;
            const Ticket &t = q.ticket;
            const std::optional<CallTier> tier = *windowNumber ? std::optional<CallTier>(q.tier) : std::nullopt;
            const QString reason = TicketFormat::reason(t, tier, now, settings->earlyAllowance);
            const qint64 waited = qMax<qint64>(0, now - t.arrival());
            QJsonObject o = TicketFormat::json(context, t);
            o.insert(QStringLiteral("position"), position);
            o.insert(QStringLiteral("reason"), reason);
            o.insert(QStringLiteral("waiting_s"), waited);
            if (tier)
                o.insert(QStringLiteral("tier"), TicketFormat::tierKey(*tier));
            list.append(o);
            lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                             .arg(position, 4)
                             .arg(t.number, -6)
                             .arg(context.serviceCode(t.serviceId), -10)
                             .arg(Names::display(t.source), -9)
                             .arg(reason, -34)
                             .arg(TicketFormat::duration(waited)));
        }
        QString header = *windowNumber ? tr("Window %1: %n waiting, in call order.", nullptr, int(queue.size()))
                                             .arg(**windowNumber)
                                       : tr("%n waiting, by service.", nullptr, int(queue.size()));
        if (!queue.isEmpty()) {
            header += QLatin1Char('\n')
                + QStringLiteral("%1 %2 %3 %4 %5 %6")
                      .arg(QStringLiteral("#"), 4)
                      .arg(tr("ticket"), -6)
                      .arg(tr("service"), -10)
                      .arg(tr("source"), -9)
                      .arg(tr("why here"), -34)
                      .arg(tr("waiting"));
        }
        QJsonObject json{{QStringLiteral("queue"), list}, {QStringLiteral("count"), int(queue.size())}};
        if (*windowNumber)
            json.insert(QStringLiteral("window"), **windowNumber);
        context.out().result(json, (QStringList{header} + lines).join(QLatin1Char('\n')));
        return Done;
    }
};

} // namespace

void addQueueCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<QueueCommand>());
}

} // namespace Kezek::Cli
