#pragma once

#include "audit/AuditTrail.h"
#include "core/Result.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "domain/Ticket.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Kezek {
class Clock;
class Database;
} // namespace Kezek

namespace Kezek::Cli {

class Output;

// What a command runs with: the open database, the clock (--at or the system's), where results go, and
// its parsed command line. Also the lookups several commands share, each failing in words.
class Context final
{
    Q_DECLARE_TR_FUNCTIONS(Context)
    Q_DISABLE_COPY_MOVE(Context)

public:
    Context(Database &db, const Clock &clock, const Output &out, const QCommandLineParser &args, bool clockFixed,
            const Actor &actor);

    Database &db() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    const Output &out() const { return m_out; }
    const QCommandLineParser &args() const { return m_args; }
    // Whether --at was given (the clock does not move while the command runs).
    bool clockFixed() const { return m_clockFixed; }
    qint64 now() const;
    QString today() const;

    // Checks the number of positional arguments; the failure names what is expected.
    Status expectArguments(qsizetype min, qsizetype max, const QString &syntax) const;
    Result<Service> service(const QString &code) const;
    // Today's ticket (per the clock) with this number.
    Result<Ticket> ticket(const QString &number) const;
    // Who acts: the account signed in with --as, or, without it, whoever sets up a database that has no
    // administrator yet (Actor::settingUp; the model refuses it anything else).
    const Actor &actor() const { return m_actor; }
    // The same, at the window the option (e.g. --window) names: a step on a ticket at another window is refused.
    Result<Actor> actorAt(const QString &windowOption) const;
    // A positive whole number option; nullopt when the option is absent.
    Result<std::optional<int>> positiveInt(const QString &option) const;
    // "10:15" (today, per the clock) or a full local date and time.
    Result<qint64> time(const QString &text, const QString &what) const;

    QString serviceCode(int serviceId) const;
    std::optional<int> windowNumber(std::optional<int> windowId) const;

private:
    void loadNames() const;

    Database &m_db;
    const Clock &m_clock;
    const Output &m_out;
    const QCommandLineParser &m_args;
    bool m_clockFixed;
    Actor m_actor;
    mutable bool m_namesLoaded = false;
    mutable QHash<int, QString> m_serviceCodes;
    mutable QHash<int, int> m_windowNumbers;
};

// Who acts from the shell without --as, as the audit trail names them: the program and the system user.
QString shellName();

// One kezekctl command: its name, one-line summary, options, and what it does.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum class DatabaseUse { Open, Create };

    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's positional arguments and options.
    virtual void define(QCommandLineParser &parser) const { Q_UNUSED(parser) }
    // The names of options meant to be given more than once; any other option given twice is refused.
    virtual QStringList repeatableOptions() const { return {}; }
    // init creates the database; every other command needs an existing one.
    virtual DatabaseUse databaseUse() const { return DatabaseUse::Open; }
    // Whether the command acts as a person and so needs --as LOGIN (what it may do is the role's). Commands that only
    // read need none, nor those that set up a new center (the model lets them act without an account only while the
    // database has no administrator).
    virtual bool actsAsAccount() const { return false; }
    // Returns the exit status (ExitCode).
    virtual int run(const Context &context) const = 0;
};

// Every command kezekctl knows, in the order --help lists them.
class CommandRegistry final
{
    Q_DISABLE_COPY_MOVE(CommandRegistry)

public:
    CommandRegistry();
    ~CommandRegistry();

    void add(std::unique_ptr<Command> command);
    const Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &all() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

// Each group of commands registers itself (SetupCommands.cpp, TicketCommands.cpp, ...).
void addSetupCommands(CommandRegistry &registry);
void addBookingCommands(CommandRegistry &registry);
void addTicketCommands(CommandRegistry &registry);
void addWindowCommand(CommandRegistry &registry);
void addQueueCommands(CommandRegistry &registry);
void addSimulateCommand(CommandRegistry &registry);
void addReportCommand(CommandRegistry &registry);
void addStaffCommands(CommandRegistry &registry);
void addCenterCommands(CommandRegistry &registry);
void addAuditCommand(CommandRegistry &registry);

} // namespace Kezek::Cli
