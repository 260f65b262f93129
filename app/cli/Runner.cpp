#include "Runner.h"

#include "Command.h"
#include "Output.h"
#include "Terminal.h"

#include "auth/Accounts.h"
#include "auth/PasswordFile.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/ProgramVersion.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace Kezek::Cli {

namespace {

const QString dbOption = QStringLiteral("db");
const QString atOption = QStringLiteral("at");
const QString jsonOption = QStringLiteral("json");
const QString asOption = QStringLiteral("as");
const QString helpOption = QStringLiteral("help");
const QString versionOption = QStringLiteral("version");

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        dbOption,
        Runner::tr("The database: a SQLite file, or a PostgreSQL server as a postgresql:// URL or service=NAME, "
                   "without a password (default: KEZEK_DB, else the desktop app's file)."),
        Runner::tr("PATH|URL")));
    parser.addOption(QCommandLineOption(
        atOption, Runner::tr("Run as if the clock said TIME (local, 2020-05-18T10:05:00 or 2020-05-18T10:05)."),
        Runner::tr("TIME")));
    parser.addOption(QCommandLineOption(
        asOption,
        Runner::tr("Act as this account: the password is asked at the terminal, or read from the file "
                   "KEZEK_PASSWORD_FILE names. Commands that change the queue, import, export or simulate need it; "
                   "the role decides what is allowed."),
        Runner::tr("LOGIN")));
    parser.addOption(QCommandLineOption(jsonOption, Runner::tr("Print one compact JSON object per result.")));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), helpOption}, Runner::tr("Show this help.")));
    parser.addOption(QCommandLineOption(versionOption, Runner::tr("Show the version and the licence.")));
}

// An option that takes a value, given more than once, would silently keep the last value: a script that
// builds its command line from pieces must learn that two of them disagree. `repeatable` lists the names
// of options meant to be given several times (finish --service). Returns the refusal, or nullopt.
std::optional<QString> repeatedOption(const QCommandLineParser &parser, const QStringList &repeatable)
{
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        if (seen.contains(name) || repeatable.contains(name))
            continue;
        seen.append(name);
        // values() gathers every occurrence of the option under any of its names; flags have none.
        const QStringList values = parser.values(name);
        if (values.size() > 1) {
            return Runner::tr("--%1 is given %2 times (%3); give it once.")
                .arg(name, QString::number(values.size()),
                     QLatin1Char('"') + values.join(QStringLiteral("\", \"")) + QLatin1Char('"'));
        }
    }
    return std::nullopt;
}

QString programName(const QStringList &arguments)
{
    return arguments.isEmpty() ? QStringLiteral("kezekctl") : QFileInfo(arguments.constFirst()).fileName();
}

// QCommandLineParser names the program by the path it was started with and knows nothing of commands.
QString helpNamed(const QCommandLineParser &parser, const QString &usageName)
{
    QString help = parser.helpText();
    const QLatin1String usage("Usage: ");
    const qsizetype options = help.indexOf(QLatin1String(" [options]"));
    if (help.startsWith(usage) && options > usage.size())
        help.replace(usage.size(), options - usage.size(), usageName);
    return help;
}

} // namespace

Result<Actor> Runner::signIn(const Database &db, const Clock &clock, const std::optional<QString> &login)
{
    if (!login)
        return Actor::settingUp(shellName());
    QString password;
    if (PasswordFile::isNamed()) {
        auto read = PasswordFile::read();
        if (!read)
            return read.failure();
        password = *read;
    } else if (atTerminal()) {
        auto typed = askHidden(tr("Password for %1: ").arg(*login));
        if (!typed)
            return Failure{Failure::Kind::Invalid, tr("no password was typed")};
        password = *typed;
    } else {
        return Failure{Failure::Kind::Invalid,
                       tr("--as %1 needs the password: type it at a terminal, or name a file holding it with "
                          "KEZEK_PASSWORD_FILE.")
                           .arg(*login)};
    }
    auto account = Accounts(db, clock).signIn(*login, password);
    if (!account)
        return account.failure();
    if (account->temporaryPassword) {
        return Failure{Failure::Kind::Forbidden,
                       tr("%1 has a temporary password: sign in once at a Kezek console to choose one's own, or have "
                          "an administrator set a permanent one (kezekctl staff passwd --permanent).")
                           .arg(account->person.login)};
    }
    return Actor{account->person, std::nullopt};
}

QString Runner::generalHelp(const QString &programHelp) const
{
    QString text = programHelp;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : m_registry.all())
        text += QStringLiteral("  %1%2\n").arg(command->name(), -18).arg(command->summary());
    text += QLatin1Char('\n')
        + tr("Run \"kezekctl COMMAND --help\" for a command's options.\n"
             "\nEnvironment:\n"
             "  KEZEK_DB             The database when --db is not given (default: the desktop app's file, "
             "~/.local/share/Kezek/kezek.sqlite).\n"
             "  KEZEK_PASSWORD_FILE  A file holding the password of --as LOGIN, for scripts and night jobs.\n"
             "  LANGUAGE, LC_ALL, LC_MESSAGES, LANG  The language of the messages: Kazakh, Russian or English.\n"
             "  PGSERVICEFILE, PGPASSFILE and the other libpq variables  How a center's server is reached "
             "(docs/DEPLOY.md).\n"
             "\nExit status:\n"
             "  0  Done.\n"
             "  1  Done in part (e.g. some import rows rejected).\n"
             "  2  Unusable input or database, or a step the account's role does not allow (the reason is "
             "printed).\n"
             "  3  Nothing to do (no one waiting).");
    return text;
}

int Runner::run(const QStringList &arguments) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Kezek queue console from the shell: scripts, night jobs and tests."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (listed below)."),
                                 tr("COMMAND [ARGUMENTS...]"));
    const Output plain(arguments.contains(QStringLiteral("--json")));
    if (!parser.parse(arguments))
        return plain.fail(parser.errorText());
    if (auto repeated = repeatedOption(parser, {}))
        return plain.fail(*repeated);
    const auto programHelp = [&parser, &arguments] { return helpNamed(parser, programName(arguments)); };

    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("help")) {
        positional.removeFirst();
        positional.append(QStringLiteral("--help"));
        if (positional.size() == 1) {
            plain.line(generalHelp(programHelp()));
            return Done;
        }
    }
    if (parser.isSet(versionOption)) {
        plain.line(ProgramVersion::text(QStringLiteral("kezekctl")).trimmed());
        return Done;
    }
    if (positional.isEmpty()) {
        if (parser.isSet(helpOption)) {
            plain.line(generalHelp(programHelp()));
            return Done;
        }
        plain.note(generalHelp(programHelp()));
        return plain.fail(tr("No command given."));
    }
    const Command *command = m_registry.find(positional.constFirst());
    if (!command)
        return plain.fail(tr("Unknown command \"%1\"; \"kezekctl --help\" lists the commands.").arg(positional.constFirst()));
    QStringList commandArguments{programName(arguments)};
    commandArguments += positional.mid(1);
    if (parser.isSet(helpOption))
        commandArguments.append(QStringLiteral("--help"));
    return runCommand(*command, commandArguments, parser);
}

int Runner::runCommand(const Command &command, const QStringList &arguments, const QCommandLineParser &global) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    addGlobalOptions(parser);
    command.define(parser);
    const bool parsed = parser.parse(arguments);
    const Output out(global.isSet(jsonOption) || (parsed && parser.isSet(jsonOption)));
    if (!parsed) {
        return out.fail(tr("%1: %2 (see \"kezekctl %1 --help\").").arg(command.name(), parser.errorText()));
    }
    if (auto repeated = repeatedOption(parser, command.repeatableOptions()))
        return out.fail(*repeated);
    // A global option may come before the command or after it, but only once in all.
    for (const QString &option : {dbOption, atOption, asOption}) {
        if (global.isSet(option) && parser.isSet(option)) {
            return out.fail(tr("--%1 is given twice (\"%2\" before %3 and \"%4\" after it); give it once.")
                                .arg(option, global.value(option), command.name(), parser.value(option)));
        }
    }
    if (parser.isSet(helpOption)) {
        const QString help = helpNamed(parser, programName(arguments) + QLatin1Char(' ') + command.name());
        out.line(help.trimmed());
        if (out.isJson())
            out.result({{QStringLiteral("help"), help}}, {});
        return Done;
    }

    const QCommandLineParser &atSource = parser.isSet(atOption) ? parser : global;
    const bool clockFixed = atSource.isSet(atOption);
    std::unique_ptr<Clock> clock;
    if (clockFixed) {
        // Bounded years also keep the day keys and booking codes built from the clock well-formed.
        const QString atText = atSource.value(atOption);
        const auto at = LocalTime::parse(atText);
        if (!at) {
            return out.fail(tr("--at: cannot read \"%1\" as a local time; write 2020-05-18T10:05:00 or "
                               "2020-05-18T10:05, in the years %2 to %3.")
                                .arg(atText, QString::number(LocalTime::firstYear),
                                     QString::number(LocalTime::lastYear)));
        }
        clock = std::make_unique<FixedClock>(*at);
    } else {
        clock = std::make_unique<SystemClock>();
    }

    const QString dbText = (parser.isSet(dbOption) ? parser : global).value(dbOption);
    const DatabaseLocation location = dbText.isEmpty() ? DatabaseLocation::standard() : DatabaseLocation{dbText};
    OpenOptions options;
    options.create = command.databaseUse() == Command::DatabaseUse::Create;
    auto db = Database::open(location, options);
    if (!db)
        return out.fail(db.failure());
    const QCommandLineParser &asSource = parser.isSet(asOption) ? parser : global;
    auto actor = signIn(**db, *clock, asSource.isSet(asOption) ? std::optional<QString>(asSource.value(asOption))
                                                                : std::nullopt);
    if (!actor)
        return out.fail(actor.failure());
    if (command.actsAsAccount() && actor->isSettingUp()) {
        return out.fail(tr("%1 acts as a person: say who with --as LOGIN (the password is asked at the terminal, or "
                           "read from the file KEZEK_PASSWORD_FILE names).")
                            .arg(command.name()));
    }
    const Context context(**db, *clock, out, parser, clockFixed, *actor);
    // Counted after the sign-in, which on a server with staff logins connects again as the person.
    const int generationAtStart = (*db)->generation();
    const int status = command.run(context);
    // The file at the path was replaced while the command ran; what it did went into the one there now.
    if ((*db)->backend() == Backend::Sqlite && (*db)->generation() > generationAtStart)
        out.note(tr("Note: the database file %1 was replaced while this command ran; it worked on the file there now.")
                     .arg(location.text));
    return status;
}

} // namespace Kezek::Cli
