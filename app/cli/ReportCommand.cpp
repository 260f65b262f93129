// report: the supervisor figures (DOMAIN.md "Figures") for a period, as text, CSV or JSON.
#include "Command.h"
#include "Output.h"

#include "core/LocalTime.h"
#include "audit/AuditTrail.h"
#include "reports/ReportEngine.h"
#include "reports/ReportFormat.h"

#include <QJsonDocument>

#include <cstdio>

namespace Kezek::Cli {

namespace {

class ReportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return tr("The supervisor figures for a period (default: today so far) as text, CSV or JSON.");
    }
    bool actsAsAccount() const override { return true; }
    void define(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("The first day (default: today)."),
                                            tr("DATE")));
        parser.addOption(QCommandLineOption(QStringLiteral("to"), tr("The last day (default: the first day)."),
                                            tr("DATE")));
        parser.addOption(QCommandLineOption(QStringLiteral("format"), tr("text, csv or json (default: text)."),
                                            tr("FORMAT"), QStringLiteral("text")));
        parser.addOption(QCommandLineOption(QStringLiteral("language"),
                                            tr("Service names in kk, ru or en (default: en)."), tr("LANG"),
                                            QStringLiteral("en")));
    }

    int run(const Context &context) const override
    {
        const QCommandLineParser &args = context.args();
        if (auto status = context.expectArguments(0, 0, tr("no arguments")); !status)
            return context.out().fail(status.failure());
        const QDate today = LocalTime::dateOf(context.now());
        auto from = date(args, QStringLiteral("from"), today);
        if (!from)
            return context.out().fail(from.failure());
        auto to = date(args, QStringLiteral("to"), *from);
        if (!to)
            return context.out().fail(to.failure());
        const QString format = context.out().isJson() ? QStringLiteral("json")
                                                      : args.value(QStringLiteral("format")).trimmed().toLower();
        if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json"))
            return context.out().fail(tr("--format must be text, csv or json, not \"%1\".").arg(format));
        const QString language = args.value(QStringLiteral("language")).trimmed().toLower();

        // Days never added up before come from raw tickets: say how far along a long period is.
        const Output &out = context.out();
        int lastTenth = 0;
        const auto progress = [&out, &lastTenth](int done, int total) {
            if (total >= 30 && done * 10 / total > lastTenth) {
                lastTenth = done * 10 / total;
                out.note(tr("adding up the days: %1 of %2").arg(done).arg(total));
            }
            return true;
        };
        auto report = ReportEngine(context.db()).report(*from, *to, context.now(), language, progress);
        if (!report)
            return out.fail(report.failure());
        const QString period = *from == *to ? from->toString(Qt::ISODate)
                                            : from->toString(Qt::ISODate) + QStringLiteral(" – ") + to->toString(Qt::ISODate);
        if (auto recorded = AuditTrail(context.db()).recordExport(context.now(), context.actor(),
                                                                 tr("report (%1)").arg(format), period);
            !recorded)
            return out.fail(recorded.failure());

        if (format == QLatin1String("json"))
            write(QString::fromUtf8(QJsonDocument(ReportFormat::json(*report)).toJson(QJsonDocument::Compact)));
        else if (format == QLatin1String("csv"))
            write(ReportFormat::csv(*report));
        else
            write(ReportFormat::text(*report) + QLatin1Char('\n'));
        return Done;
    }

private:
    static Result<QDate> date(const QCommandLineParser &args, const QString &option, QDate fallback)
    {
        if (!args.isSet(option))
            return fallback;
        const auto parsed = LocalTime::parseDate(args.value(option));
        if (!parsed) {
            return Failure{Failure::Kind::Invalid,
                           tr("--%1: cannot read \"%2\" as a date; write 2020-05-18, in the years %3 to %4.")
                               .arg(option, args.value(option), QString::number(LocalTime::firstYear),
                                    QString::number(LocalTime::lastYear))};
        }
        return *parsed;
    }

    static void write(const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        if (!text.endsWith(QLatin1Char('\n')))
            std::fputc('\n', stdout);
        std::fflush(stdout);
    }
};

} // namespace

void addReportCommand(CommandRegistry &registry)
{
    registry.add(std::make_unique<ReportCommand>());
}

} // namespace Kezek::Cli
