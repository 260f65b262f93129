// center export|apply: a whole center's setup as one file, for the IT staff who set up many centers alike.
#include "Command.h"
#include "Output.h"

#include "setup/CenterConfigurator.h"
#include "setup/CenterFile.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace Kezek::Cli {

namespace {

class CenterCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("center"); }
    QString summary() const override
    {
        return tr("The center's setup as a file (docs/CENTER-FILE.md): \"center export\" prints it, \"center apply "
                  "FILE\" makes the database hold it (all checked first, one transaction; --dry-run says what would "
                  "change).");
    }
    void define(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("export or apply."));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("apply: the center file (- for standard input)."),
                                     tr("[FILE]"));
        parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("apply: say what would change, change nothing.")));
    }

    int run(const Context &context) const override
    {
        const QStringList args = context.args().positionalArguments();
        const CenterConfigurator configurator(context.db(), context.clock());
        if (args.value(0) == QLatin1String("export")) {
            if (auto status = context.expectArguments(1, 1, QStringLiteral("export")); !status)
                return context.out().fail(status.failure());
            auto setup = configurator.current();
            if (!setup)
                return context.out().fail(setup.failure());
            if (auto recorded = AuditTrail(context.db()).recordExport(context.now(), context.actor(),
                                                                     tr("the center's setup"), QString());
                !recorded)
                return context.out().fail(recorded.failure());
            // The file itself, whatever --json says: it is JSON already.
            std::fputs(CenterFile::write(*setup).constData(), stdout);
            return Done;
        }
        if (args.value(0) != QLatin1String("apply"))
            return context.out().fail(tr("center wants export or apply, not \"%1\".").arg(args.value(0)));
        if (auto status = context.expectArguments(2, 2, QStringLiteral("apply FILE")); !status)
            return context.out().fail(status.failure());
        const QString path = args.at(1);
        QFile file;
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return context.out().fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        auto setup = CenterFile::read(file.readAll(), path == QLatin1String("-") ? tr("standard input") : path);
        if (!setup)
            return context.out().fail(setup.failure());
        const bool dryRun = context.args().isSet(QStringLiteral("dry-run"));
        auto changes = dryRun ? configurator.plan(*setup) : configurator.apply(*setup, context.actor());
        if (!changes)
            return context.out().fail(changes.failure());
        QJsonArray json;
        QStringList lines;
        for (const SetupChange &change : std::as_const(*changes)) {
            json.append(QJsonObject{{QStringLiteral("subject"), change.subject}, {QStringLiteral("change"), change.change}});
            lines.append(change.subject + QStringLiteral(": ") + change.change);
        }
        if (changes->isEmpty())
            lines = {tr("The database holds this setup already; nothing changed.")};
        else if (dryRun)
            lines.prepend(tr("These %n change(s) would be made (nothing was changed):", nullptr, int(changes->size())));
        else
            lines.prepend(tr("%n change(s) made:", nullptr, int(changes->size())));
        context.out().result({{QStringLiteral("changes"), json}, {QStringLiteral("dry_run"), dryRun}},
                             lines.join(QLatin1Char('\n')));
        return Done;
    }
};

} // namespace

void addCenterCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<CenterCommand>());
}

} // namespace Kezek::Cli
