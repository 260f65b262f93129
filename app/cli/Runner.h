#pragma once

#include "auth/Actor.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Kezek::Cli {

class Command;
class CommandRegistry;
} // namespace Kezek::Cli

namespace Kezek {
class Clock;
class Database;
} // namespace Kezek

class QCommandLineParser;

namespace Kezek::Cli {

// kezekctl's start: global options (--db, --at, --as, --json), choosing the command, help, opening the database,
// signing in.
class Runner final
{
    Q_DECLARE_TR_FUNCTIONS(Runner)
    Q_DISABLE_COPY_MOVE(Runner)

public:
    explicit Runner(const CommandRegistry &registry) : m_registry(registry) { }

    // Returns the exit status.
    int run(const QStringList &arguments) const;

private:
    // The account --as names, its password checked (from KEZEK_PASSWORD_FILE's file or typed); without --as, the
    // setting-up actor.
    static Result<Actor> signIn(const Database &db, const Clock &clock, const std::optional<QString> &login);
    QString generalHelp(const QString &programHelp) const;
    int runCommand(const Command &command, const QStringList &arguments, const QCommandLineParser &global) const;

    const CommandRegistry &m_registry;
};

} // namespace Kezek::Cli
