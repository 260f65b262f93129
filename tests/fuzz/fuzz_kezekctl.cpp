// libFuzzer target: the fuzz input is a kezekctl command line, one argument per line (LF or NUL ends one), run
// in-process by the same Runner kezekctl uses, on a fresh copy of a demo database that already holds bookings and
// tickets. Checks that every command line ends with a documented exit status (0, 1, 2 or 3) and nothing crashes.
// See docs/FUZZING.md.
#include "FuzzSupport.h"

#include "cli/Command.h"
#include "cli/Runner.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/DemoCenter.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace Kezek;

namespace {

// Fixed so runs repeat: the day of the sample bookings, after the first tickets were issued. Left out when the input
// has an --at of its own (kezekctl refuses an option given twice).
const QString fixedNow = QStringLiteral("2020-05-18T10:05:00");

std::unique_ptr<Cli::CommandRegistry> registry;
QString cliTemplate;
QString csvFile;
QString jsonFile;

// Small booking files the input can name as @csv and @json (paths are not taken from the input, see accept()).
const char csvBookings[] = "booking_id,channel,iin,full_name,phone,service_code,slot_start\n"
                           "EG-1,egov,950815350123,Нұрлан Сейітов,+77015550101,ID-CARD,2020-05-18T10:00\n"
                           "EG-2,egov,900101300811,\"Иванова, Мария\",8 (777) 555-01-02,RESULT,2020-05-18T10:15\n"
                           "EG-3,egov,950815350124,Wrong Check Digit,+77015550104,RESIDENCE,2020-05-18T10:15\n";
const char jsonBookings[] = R"([{"booking_id": "TG-1", "channel": "telegram", "iin": "900101300811",
 "full_name": "Мария Иванова", "phone": "+77775550102", "service_code": "PENSION", "slot_start": "2020-05-18T10:30"},
 {"booking_id": "TG-2", "channel": "telegram", "iin": 950815350123, "service_code": "NO-SUCH",
 "slot_start": "2020-05-18T11:15"}]
)";

QString writeFile(const QString &name, const QByteArray &data)
{
    const QString path = QDir(Fuzz::scratchDir()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        Fuzz::broken(QStringLiteral("setup: cannot write ") + path, file.errorString());
    return path;
}

int run(QStringList arguments, const QString &db)
{
    const bool ownClock = std::any_of(arguments.cbegin(), arguments.cend(),
                                      [](const QString &argument) { return argument.startsWith(QLatin1String("--at")); });
    if (!ownClock) {
        arguments.prepend(fixedNow);
        arguments.prepend(QStringLiteral("--at"));
    }
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    arguments.prepend(QStringLiteral("kezekctl"));
    return Cli::Runner(*registry).run(arguments);
}

// Inputs sign in with --as LOGIN: the demo password comes from a file of this process (KEZEK_PASSWORD_FILE), and
// every demo account's hash is re-made at Argon2id's lowest cost, so that a sign-in takes microseconds, not the
// tenth of a second a real one is meant to cost.
void makeSignInsCheap(const QString &path)
{
    const QString passwordFile = QDir(Fuzz::scratchDir()).filePath(QStringLiteral("password"));
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(DemoCenter::password.toUtf8() + '\n') < 0)
        Fuzz::broken(QStringLiteral("setup: cannot write the password file"), file.errorString());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ::setenv("KEZEK_PASSWORD_FILE", QFile::encodeName(passwordFile).constData(), 1);
    auto db = Database::open(DatabaseLocation{path});
    if (!db)
        Fuzz::broken(QStringLiteral("setup: cannot open the template"), db.message());
    const Status cheap = (*db)->write([&]() -> Status {
        return Query::run(**db, QStringLiteral("UPDATE operators SET password_hash = :hash"),
                          {{QStringLiteral(":hash"),
                            QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$pNyMHWNodxSGNPzqwVZUJw$"
                                           "QHTBgbsPXbfd+57BkB3ag7tP4srNfquJlVHQg21YYfE")}},
                          QStringLiteral("making sign-ins cheap"));
    });
    if (!cheap)
        Fuzz::broken(QStringLiteral("setup: cannot re-hash the demo passwords"), cheap.message());
}

// The demo center plus the sample bookings and a few tickets, so that checkin, call-next and the ticket steps
// find something to work on.
QString makeCliTemplate()
{
    const QString path = Fuzz::copyOf(Fuzz::demoTemplate(), QStringLiteral("cli-template.sqlite"));
    makeSignInsCheap(path);
    const QString as = QStringLiteral("--as");
    const QString at = QStringLiteral("--at");
    const QList<QStringList> setup = {
        {as, QStringLiteral("reception"), at, QStringLiteral("2020-05-18T08:00:00"), QStringLiteral("import-bookings"),
         csvFile, jsonFile},
        {as, QStringLiteral("reception"), at, QStringLiteral("2020-05-18T09:55:00"), QStringLiteral("checkin"),
         QStringLiteral("EG-1")},
        {as, QStringLiteral("reception"), at, QStringLiteral("2020-05-18T09:56:00"), QStringLiteral("issue"),
         QStringLiteral("ID-CARD")},
        {as, QStringLiteral("reception"), at, QStringLiteral("2020-05-18T09:57:00"), QStringLiteral("issue"),
         QStringLiteral("RESULT")},
        {as, QStringLiteral("op01"), at, QStringLiteral("2020-05-18T10:00:00"), QStringLiteral("call-next"),
         QStringLiteral("--window"), QStringLiteral("1")},
    };
    // The setup's own output is of no interest; failures still reach the saved stderr through Fuzz::broken().
    const int savedOut = ::dup(1);
    const int savedErr = ::dup(2);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    const auto restore = qScopeGuard([&] {
        ::dup2(savedOut, 1);
        ::dup2(savedErr, 2);
        for (const int fd : {savedOut, savedErr, null})
            ::close(fd);
    });
    for (const QStringList &arguments : setup) {
        QStringList full{QStringLiteral("kezekctl"), QStringLiteral("--db"), path};
        full += arguments;
        const int status = Cli::Runner(*registry).run(full);
        Fuzz::require(status == 0 || status == 1, QStringLiteral("setup: kezekctl ") + arguments.join(u' '),
                      QStringLiteral("exit status %1").arg(status));
    }
    return path;
}

// Whether the command line is one to run: it must not leave the scratch database (no --db of its own, no path
// to elsewhere) and must stay quick (a simulated day only with a few citizens and windows).
bool accept(QStringList &arguments)
{
    bool simulate = false;
    bool citizens = false;
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--db")) || argument.contains(u'/'))
            return false;
        if (argument == QLatin1String("@csv"))
            argument = csvFile;
        else if (argument == QLatin1String("@json"))
            argument = jsonFile;
        simulate = simulate || argument == QLatin1String("simulate");
        citizens = citizens || argument.startsWith(QLatin1String("--citizens"));
    }
    if (!simulate)
        return true;
    if (!citizens)
        return false; // 600 citizens by default: seconds per input under the sanitizers
    for (const QString &argument : std::as_const(arguments)) {
        const QString number = (argument.startsWith(QLatin1String("--")) ? argument.section(u'=', 1) : argument)
                                   .trimmed();
        bool isNumber = false;
        const double value = number.toDouble(&isNumber);
        if (isNumber && (value > 30 || value < -30))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    registry = std::make_unique<Cli::CommandRegistry>();
    csvFile = writeFile(QStringLiteral("bookings.csv"), csvBookings);
    jsonFile = writeFile(QStringLiteral("bookings.json"), jsonBookings);
    cliTemplate = makeCliTemplate();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 512)
        return 0; // a command line, not a file: longer inputs only slow the search down
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(bytes), qsizetype(size));
    QStringList arguments;
    QString current;
    for (const QChar c : text) {
        if (c == u'\n' || c == QChar(0)) {
            arguments.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        arguments.append(current);
    if (arguments.size() > 32 || !accept(arguments))
        return 0;

    const int status = run(arguments, Fuzz::copyOf(cliTemplate, QStringLiteral("input.sqlite")));
    Fuzz::require(status >= 0 && status <= 3, QStringLiteral("kezekctl exits with 0, 1, 2 or 3"),
                  QStringLiteral("exit status %1 for: %2").arg(status).arg(arguments.join(QStringLiteral(" | "))));
    return 0;
}
