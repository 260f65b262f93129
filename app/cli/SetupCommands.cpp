// init, services, windows: the database and the center's configuration.
#include "Command.h"
#include "Output.h"

#include "audit/AuditTrail.h"
#include "auth/Access.h"

#include "db/Database.h"
#include "db/Query.h"
#include "domain/DemoCenter.h"
#include "io/CenterCopy.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

namespace Kezek::Cli {

namespace {

class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return tr("Create or upgrade the database; --demo adds the demo center (catalogue, windows, operators).");
    }
    void define(QCommandLineParser &parser) const override
    {
        parser.addOption(QCommandLineOption(QStringLiteral("demo"),
                                            tr("Add the demo center unless the database already has a center.")));
    }
    DatabaseUse databaseUse() const override { return DatabaseUse::Create; }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(0, 0, tr("no arguments")); !status)
            return context.out().fail(status.failure());
        const Database &db = context.db();
        auto centers = Query::scalar(db, QStringLiteral("SELECT count(*) FROM center"), {}, tr("reading the center"));
        if (!centers)
            return context.out().fail(centers.failure());
        const bool hadCenter = centers->value_or(0) > 0;
        const bool demo = context.args().isSet(QStringLiteral("demo"));
        if (demo && !hadCenter) {
            if (auto status = DemoCenter::install(db); !status)
                return context.out().fail(status.failure());
        }
        QString text = tr("Database %1 is ready (schema version %2).").arg(db.name()).arg(Database::schemaVersion);
        // It holds IINs, names and phones: who can read it is worth a line. On a server, its roles decide.
        // Owner and group: whoever can write the file can do anything in it, whatever their Kezek role.
        bool ownerOnly = true;
        if (db.backend() == Backend::Sqlite) {
            const QFileInfo file(db.location().text);
            ownerOnly = !file.permissions().testAnyFlags(QFileDevice::ReadOther | QFileDevice::WriteOther);
            text += QLatin1Char('\n')
                + (ownerOnly ? tr("Only its owner (%1) and group (%2) can read and write it: whoever can write the "
                                  "file can do anything in it, so keep that group to the center's staff.")
                                   .arg(file.owner(), file.group())
                             : tr("Warning: other users of this computer can read it (it holds IINs, names and "
                                  "phones); \"chmod 660 %1\" makes it private to its owner and group.")
                                   .arg(db.name()));
        }
        if (demo)
            text += QLatin1Char('\n')
                + (hadCenter ? tr("A center already exists; it was left as it was.") : tr("The demo center was added."));
        else if (!hadCenter)
            text += QLatin1Char('\n') + tr("No center is configured yet; \"kezekctl init --demo\" adds the demo center.");
        context.out().result({{QStringLiteral("database"), db.name()},
                              {QStringLiteral("schema_version"), Database::schemaVersion},
                              {QStringLiteral("demo_added"), demo && !hadCenter},
                              {QStringLiteral("private"), ownerOnly},
                              {QStringLiteral("has_center"), hadCenter || demo}},
                             text);
        return Done;
    }
};

class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("Check the database file for damage (every page and index); exit 2 when damaged.");
    }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(0, 0, tr("no arguments")); !status)
            return context.out().fail(status.failure());
        const Database &db = context.db();
        if (auto status = db.checkIntegrity(true); !status)
            return context.out().fail(status.failure());
        context.out().result({{QStringLiteral("database"), db.name()}, {QStringLiteral("ok"), true}},
                             tr("Database %1: no damage found.").arg(db.name()));
        return Done;
    }
};

class ServicesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("services"); }
    QString summary() const override { return tr("List the catalogue: codes, letters, names, norms, bookable."); }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(0, 0, tr("no arguments")); !status)
            return context.out().fail(status.failure());
        auto services = Catalogue(context.db()).services();
        if (!services)
            return context.out().fail(services.failure());
        QJsonArray list;
        QStringList lines{tr("%1 %2 %3 %4 %5").arg(tr("code"), -10).arg(tr("letter"), -6).arg(tr("norm"), -7)
                              .arg(tr("bookable"), -8).arg(tr("name"))};
        for (const Service &s : *services) {
            list.append(QJsonObject{{QStringLiteral("code"), s.code},
                                    {QStringLiteral("letter"), s.letter},
                                    {QStringLiteral("name_en"), s.nameEn},
                                    {QStringLiteral("name_kk"), s.nameKk},
                                    {QStringLiteral("name_ru"), s.nameRu},
                                    {QStringLiteral("norm_s"), s.normSeconds},
                                    {QStringLiteral("bookable"), s.bookable}});
            lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(s.code, -10)
                             .arg(s.letter, -6)
                             .arg(tr("%1 min").arg(s.normSeconds / 60), -7)
                             .arg(s.bookable ? tr("yes") : tr("no"), -8)
                             .arg(s.nameEn));
        }
        if (services->isEmpty())
            lines = {tr("The catalogue is empty; \"kezekctl init --demo\" adds the demo center.")};
        context.out().result({{QStringLiteral("services"), list}}, lines.join(QLatin1Char('\n')));
        return Done;
    }
};

class WindowsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("windows"); }
    QString summary() const override { return tr("List the windows, their state, operator and services."); }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(0, 0, tr("no arguments")); !status)
            return context.out().fail(status.failure());
        const Catalogue catalogue(context.db());
        auto windows = catalogue.windows();
        if (!windows)
            return context.out().fail(windows.failure());
        QJsonArray list;
        QStringList lines{tr("%1 %2 %3 %4").arg(tr("window"), -6).arg(tr("state"), -15).arg(tr("operator"), -10)
                              .arg(tr("services"))};
        for (const Window &w : *windows) {
            QStringList codes;
            for (int id : w.serviceIds)
                codes.append(context.serviceCode(id));
            QString login;
            if (w.operatorId) {
                if (auto op = catalogue.operatorById(*w.operatorId))
                    login = op->login;
            }
            QJsonObject o{{QStringLiteral("number"), w.number},
                          {QStringLiteral("state"), Names::key(w.state)},
                          {QStringLiteral("services"), QJsonArray::fromStringList(codes)}};
            QString state = Names::display(w.state);
            if (w.pauseReason) {
                o.insert(QStringLiteral("pause_reason"), Names::key(*w.pauseReason));
                state += QStringLiteral(" (%1)").arg(Names::display(*w.pauseReason));
            }
            if (!login.isEmpty())
                o.insert(QStringLiteral("operator"), login);
            list.append(o);
            lines.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(w.number, -6)
                             .arg(state, -15)
                             .arg(login.isEmpty() ? QStringLiteral("-") : login, -10)
                             .arg(codes.join(QStringLiteral(", "))));
        }
        if (windows->isEmpty())
            lines = {tr("No windows are configured; \"kezekctl init --demo\" adds the demo center.")};
        context.out().result({{QStringLiteral("windows"), list}}, lines.join(QLatin1Char('\n')));
        return Done;
    }
};

class CopyToCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("copy-to"); }
    QString summary() const override
    {
        return tr("Copy this center, history included, into an empty database (a center's PostgreSQL server); "
                  "checks the row counts, writes all or nothing. An administrator's work.");
    }
    bool actsAsAccount() const override { return true; }
    void define(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("TARGET"),
                                     tr("Where to copy to: a postgresql:// URL or service=NAME (no password in "
                                        "it), or a new SQLite file."),
                                     QStringLiteral("TARGET"));
    }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(1, 1, QStringLiteral("TARGET")); !status)
            return context.out().fail(status.failure());
        if (auto allowed = Access::check(context.actor(), Permission::SetUpCenter); !allowed)
            return context.out().fail(allowed.failure());
        // Recorded in the source before the copy, so that the copy holds it too.
        if (auto recorded = AuditTrail(context.db()).recordExport(context.now(), context.actor(),
                                                                 context.args().positionalArguments().constFirst(),
                                                                 tr("the whole center"));
            !recorded)
            return context.out().fail(recorded.failure());
        OpenOptions options;
        options.create = true;
        auto target = Database::open({context.args().positionalArguments().constFirst()}, options);
        if (!target)
            return context.out().fail(target.failure());
        const bool showProgress = !context.out().isJson() && ::isatty(STDERR_FILENO) == 1;
        CenterCopy::Progress progress;
        if (showProgress) {
            progress = [](qint64 done, qint64 total) {
                std::fprintf(stderr, "\r%s", qPrintable(tr("Copying: %1 of %2 rows").arg(done).arg(total)));
                std::fflush(stderr);
                return true;
            };
        }
        auto counts = CenterCopy(context.db(), **target).run(progress);
        if (showProgress)
            std::fputc('\n', stderr);
        if (!counts)
            return context.out().fail(counts.failure());
        QJsonObject tables;
        QStringList lines{tr("Copied %1 into %2; the row counts match:").arg(context.db().name(), (*target)->name())};
        for (const CenterCopy::TableCount &count : std::as_const(*counts)) {
            tables.insert(count.table, count.rows);
            lines << QStringLiteral("  %1: %2").arg(count.table).arg(count.rows);
        }
        context.out().result({{QStringLiteral("source"), context.db().name()},
                              {QStringLiteral("target"), (*target)->name()},
                              {QStringLiteral("tables"), tables}},
                             lines.join(QLatin1Char('\n')));
        return Done;
    }
};

} // namespace

void addSetupCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<InitCommand>());
    registry.add(std::make_unique<CheckCommand>());
    registry.add(std::make_unique<ServicesCommand>());
    registry.add(std::make_unique<WindowsCommand>());
    registry.add(std::make_unique<CopyToCommand>());
}

} // namespace Kezek::Cli
