// audit: the audit trail of a period, for people or for scripts.
#include "Command.h"
#include "Output.h"

#include "audit/AuditTrail.h"
#include "core/LocalTime.h"

#include <QDateTime>
#include <QJsonArray>

namespace Kezek::Cli {

namespace {

class AuditCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override
    {
        return tr("The audit trail: who signed in, locked, changed the setup or the staff, and when (--from and --to "
                  "are days, both included; default today).");
    }
    bool actsAsAccount() const override { return true; }
    void define(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("The first day, YYYY-MM-DD."), tr("DAY")));
        parser.addOption(QCommandLineOption(QStringLiteral("to"), tr("The last day, YYYY-MM-DD."), tr("DAY")));
    }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(0, 0, tr("no arguments")); !status)
            return context.out().fail(status.failure());
        const QDate today = LocalTime::dateOf(context.now());
        QDate days[2] = {today, today};
        const char *options[2] = {"from", "to"};
        for (int i = 0; i < 2; ++i) {
            const QString option = QLatin1String(options[i]);
            if (!context.args().isSet(option))
                continue;
            const auto day = LocalTime::parseDate(context.args().value(option));
            if (!day)
                return context.out().fail(tr("--%1 wants a day such as 2020-05-18, not \"%2\".")
                                              .arg(option, context.args().value(option)));
            days[i] = *day;
        }
        if (days[1] < days[0])
            return context.out().fail(tr("--to %1 is before --from %2.").arg(days[1].toString(Qt::ISODate),
                                                                              days[0].toString(Qt::ISODate)));
        const AuditTrail trail(context.db());
        if (auto recorded = trail.recordExport(context.now(), context.actor(), tr("the audit trail"),
                                               QStringLiteral("%1 – %2").arg(days[0].toString(Qt::ISODate),
                                                                            days[1].toString(Qt::ISODate)));
            !recorded)
            return context.out().fail(recorded.failure());
        auto entries = trail.between(LocalTime::startOfDay(days[0]), LocalTime::startOfDay(days[1].addDays(1)));
        if (!entries)
            return context.out().fail(entries.failure());
        QJsonArray json;
        QStringList lines;
        for (const AuditEntry &e : std::as_const(*entries)) {
            const QString at = QDateTime::fromSecsSinceEpoch(e.at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            json.append(QJsonObject{{QStringLiteral("at"), at},
                                    {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("subject"), e.subject},
                                    {QStringLiteral("details"), e.details}});
            lines.append(QStringLiteral("%1  %2 %3 %4 %5").arg(at).arg(e.actor, -20).arg(e.action, -17).arg(e.subject, -16).arg(e.details));
        }
        if (lines.isEmpty())
            lines = {tr("Nothing was recorded from %1 to %2.").arg(days[0].toString(Qt::ISODate), days[1].toString(Qt::ISODate))};
        context.out().result({{QStringLiteral("entries"), json}}, lines.join(QLatin1Char('\n')));
        return Done;
    }
};

} // namespace

void addAuditCommand(CommandRegistry &registry)
{
    registry.add(std::make_unique<AuditCommand>());
}

} // namespace Kezek::Cli
