#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Kezek::Cli {

class Command;
class CommandRegistry;
} // namespace Kezek::Cli

class QCommandLineParser;

namespace Kezek::Cli {

// kezekctl's start: global options (--db, --at, --json), choosing the command, help, opening the database.
class Runner final
{
    Q_DECLARE_TR_FUNCTIONS(Runner)
    Q_DISABLE_COPY_MOVE(Runner)

public:
    explicit Runner(const CommandRegistry &registry) : m_registry(registry) { }

    // Returns the exit status.
    int run(const QStringList &arguments) const;

private:
    QString generalHelp(const QString &programHelp) const;
    int runCommand(const Command &command, const QStringList &arguments, const QCommandLineParser &global) const;

    const CommandRegistry &m_registry;
};

} // namespace Kezek::Cli
