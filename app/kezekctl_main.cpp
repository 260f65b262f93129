// kezekctl: everything the console does to the queue, from a shell (DOMAIN.md "Command line").
#include "cli/Command.h"
#include "cli/Runner.h"

#include "core/DataFiles.h"
#include "core/Languages.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same per-user data folder as the desktop app (~/.local/share/Kezek), so --db defaults to its database.
    QCoreApplication::setApplicationName(QStringLiteral("Kezek"));
    // Messages in the language of the shell (LANGUAGE, LC_MESSAGES, LANG); --json keeps its machine keys whatever it is.
    QTranslator translator;
    const QString language = Kezek::Languages::system();
    if (language != QLatin1String("en") && Kezek::DataFiles::loadTranslation(translator, language))
        QCoreApplication::installTranslator(&translator);
    const Kezek::Cli::CommandRegistry registry;
    return Kezek::Cli::Runner(registry).run(QCoreApplication::arguments());
}
