#include "Command.h"

#include "Output.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "domain/TicketStore.h"

#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace Kezek::Cli {

QString shellName()
{
    const passwd *user = getpwuid(geteuid());
    return QStringLiteral("kezekctl (%1)").arg(user ? QString::fromLocal8Bit(user->pw_name) : QString::number(geteuid()));
}

Context::Context(Database &db, const Clock &clock, const Output &out, const QCommandLineParser &args,
                 bool clockFixed, const Actor &actor)
    : m_db(db)
    , m_clock(clock)
    , m_out(out)
    , m_args(args)
    , m_clockFixed(clockFixed)
    , m_actor(actor)
{
}

qint64 Context::now() const
{
    return m_clock.now();
}

QString Context::today() const
{
    return LocalTime::dayKey(now());
}

Status Context::expectArguments(qsizetype min, qsizetype max, const QString &syntax) const
{
    const qsizetype count = m_args.positionalArguments().size();
    if (count < min)
        return Failure{Failure::Kind::Invalid, tr("Missing argument: expected %1.").arg(syntax)};
    if (max >= 0 && count > max) {
        return Failure{Failure::Kind::Invalid,
                       tr("Too many arguments (%1); expected %2.")
                           .arg(m_args.positionalArguments().mid(max).join(QLatin1Char(' ')), syntax)};
    }
    return success();
}

Result<Service> Context::service(const QString &code) const
{
    return Catalogue(m_db).service(code.trimmed().toUpper());
}

Result<Ticket> Context::ticket(const QString &number) const
{
    return TicketStore(m_db).byNumber(number, today());
}

Result<std::optional<int>> Context::positiveInt(const QString &option) const
{
    if (!m_args.isSet(option))
        return std::optional<int>();
    bool ok = false;
    const int value = m_args.value(option).trimmed().toInt(&ok);
    if (!ok || value <= 0) {
        return Failure{Failure::Kind::Invalid,
                       tr("--%1 needs a positive whole number, not \"%2\".").arg(option, m_args.value(option))};
    }
    return std::optional<int>(value);
}

Result<Actor> Context::actorAt(const QString &windowOption) const
{
    Actor actor = m_actor;
    auto number = positiveInt(windowOption);
    if (!number)
        return number.failure();
    if (*number) {
        auto window = Catalogue(m_db).window(**number);
        if (!window)
            return window.failure();
        actor.windowId = window->id;
    }
    return actor;
}

Result<qint64> Context::time(const QString &text, const QString &what) const
{
    static const QRegularExpression clockTime(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = clockTime.match(text.trimmed());
    if (match.hasMatch()) {
        const int hour = match.captured(1).toInt();
        const int minute = match.captured(2).toInt();
        if (hour < 24 && minute < 60)
            return LocalTime::at(LocalTime::dateOf(now()), hour * 3600 + minute * 60);
    } else if (auto parsed = LocalTime::parse(text)) {
        return *parsed;
    }
    return Failure{Failure::Kind::Invalid,
                   tr("%1: cannot read \"%2\" as a time; write 10:15 or 2020-05-18T10:15, in the years %3 to %4.")
                       .arg(what, text, QString::number(LocalTime::firstYear), QString::number(LocalTime::lastYear))};
}

void Context::loadNames() const
{
    if (m_namesLoaded)
        return;
    m_namesLoaded = true;
    const Catalogue catalogue(m_db);
    if (auto services = catalogue.services()) {
        for (const Service &s : *services)
            m_serviceCodes.insert(s.id, s.code);
    }
    if (auto windows = catalogue.windows()) {
        for (const Window &w : *windows)
            m_windowNumbers.insert(w.id, w.number);
    }
}

QString Context::serviceCode(int serviceId) const
{
    loadNames();
    return m_serviceCodes.value(serviceId, QString::number(serviceId));
}

std::optional<int> Context::windowNumber(std::optional<int> windowId) const
{
    if (!windowId)
        return std::nullopt;
    loadNames();
    return m_windowNumbers.value(*windowId, *windowId);
}

CommandRegistry::CommandRegistry()
{
    addSetupCommands(*this);
    addBookingCommands(*this);
    addTicketCommands(*this);
    addWindowCommand(*this);
    addQueueCommands(*this);
    addSimulateCommand(*this);
    addReportCommand(*this);
    addStaffCommands(*this);
    addCenterCommands(*this);
    addAuditCommand(*this);
}

CommandRegistry::~CommandRegistry() = default;

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace Kezek::Cli
