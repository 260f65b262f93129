// kezekctl: everything the console does to the queue, from a shell (DOMAIN.md "Command line").
#include "cli/Command.h"
#include "cli/Runner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same per-user data folder as the desktop app (~/.local/share/Kezek), so --db defaults to its database.
    QCoreApplication::setApplicationName(QStringLiteral("Kezek"));
    const Kezek::Cli::CommandRegistry registry;
    return Kezek::Cli::Runner(registry).run(QCoreApplication::arguments());
}
