// kezekctl as a script sees it: the real binary, its output, its exit statuses, and files left untouched.
#include "KezekctlProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek::Test;

class TestKezekctl final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initDemoListsCatalogueAndWindows();
    void issueCallServeFinishWithAt();
    void stepsRefusedWithReasons();
    void callByNumberServeAtTheDeskCancelWithAReason();
    void nobodyWaitingIsThree();
    void unknownServiceIsTwo();
    void missingDatabaseIsTwo();
    void corruptFileIsTwoAndUntouched();
    void newerSchemaIsTwoAndUntouched();
    void jsonIsOneObjectPerResult();
    void helpForEveryCommand();
    void queueShowsCallOrderWithReasons();
    void simulateToday();
    void importBookingsReportsRejectedRows();
    void bookAndCheckIn();
    void malformedInputIsTwo_data();
    void malformedInputIsTwo();
    void malformedPostponeTimeIsTwo_data();
    void malformedPostponeTimeIsTwo();
    void iinsAreMaskedInMessages_data();
    void iinsAreMaskedInMessages();
    void iinInImportedPhoneIsMasked();
    void importRejectsMalformedSlotStart_data();
    void importRejectsMalformedSlotStart();

private:
    QString initDemo();
    QStringList commandNames();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScratchLocation> m_location;
    QString m_db;
};

void TestKezekctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location.reset();
    m_location = std::make_unique<ScratchLocation>(m_dir->path());
    m_db = m_location->text();
}

QString TestKezekctl::initDemo()
{
    const CtlRun run = kezekctl(m_db, {"init", "--demo"});
    if (run.exitCode != 0)
        qWarning("init --demo failed: %s", run.describe());
    return m_db;
}

void TestKezekctl::initDemoListsCatalogueAndWindows()
{
    CtlRun run = kezekctl(m_db, {"init", "--demo"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(onPostgres() || QFile::exists(m_db));
    run = kezekctl(m_db, {"init", "--demo"}); // repeatable
    QVERIFY2(run.exitCode == 0, run.describe());

    run = kezekctl(m_db, {"services"});
    QVERIFY2(run.exitCode == 0, run.describe());
    for (const char *code : {"ID-CARD", "RESIDENCE", "RESULT", "EDS", "BIRTH", "PENSION", "PROPERTY", "CONSULT"})
        QVERIFY2(run.out.contains(QLatin1String(code)), qPrintable(run.out));

    run = kezekctl(m_db, {"--json", "windows"});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonArray windows = run.json().value("windows").toArray();
    QCOMPARE(windows.size(), 12);
    QCOMPARE(windows.at(0).toObject().value("services").toArray(), QJsonArray({"ID-CARD", "RESULT"}));
    QCOMPARE(windows.at(11).toObject().value("services").toArray().size(), 8);
}

void TestKezekctl::issueCallServeFinishWithAt()
{
    initDemo();
    CtlRun run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:05:00", "issue", "ID-CARD"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("A001"), run.describe());
    run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:06", "issue", "ID-CARD", "--priority", "veteran"});
    QVERIFY2(run.exitCode == 0 && run.out.contains("A002"), run.describe());

    run = kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:10", "--json", "call-next", "--window", "1"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.json().value("ticket").toObject().value("number").toString(), QString("A002"));
    QCOMPARE(run.json().value("tier").toString(), QString("priority"));
    QCOMPARE(run.json().value("waited_s").toInt(), 4 * 60);

    run = kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:11", "serve", "A002", "--window", "1"});
    QVERIFY2(run.exitCode == 0, run.describe());
    // options after the command work as well as before it
    run = kezekctl(m_db, {"--as", "op01", "finish", "a002", "--service", "ID-CARD", "--service", "RESULT:refused:no receipt",
                          "--at", "2020-05-18T10:25", "--json"});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject ticket = run.json().value("ticket").toObject();
    QCOMPARE(ticket.value("state").toString(), QString("served"));
    QCOMPARE(ticket.value("finished_at").toString(), QString("2020-05-18T10:25:00"));

    RawDatabase raw(m_db);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar("SELECT count(*) FROM served_services").toInt(), 2);
    QCOMPARE(raw.scalar("SELECT outcome FROM served_services WHERE note = 'no receipt'").toString(),
             QString("refused"));
    QCOMPARE(raw.column("SELECT action FROM events e JOIN tickets t ON t.id = e.ticket_id WHERE t.number = 'A002' "
                        "ORDER BY e.id")
                 .join(','),
             QString("issue,call,serve,finish"));
    QCOMPARE(raw.scalar(stateMismatchSql()).toInt(), 0);
}

void TestKezekctl::callByNumberServeAtTheDeskCancelWithAReason()
{
    initDemo();
    for (const char *minute : {"2020-05-18T10:00", "2020-05-18T10:01", "2020-05-18T10:02"})
        QCOMPARE(kezekctl(m_db, {"--as", "reception", "--at", minute, "issue", "ID-CARD"}).exitCode, 0);
    // A003 out of turn, by its number; the window is busy then, so A002 cannot be taken too.
    CtlRun run = kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:05", "--json", "call", "a003", "--window", "1"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.json().value("ticket").toObject().value("state").toString(), QString("called"));
    run = kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:05", "call", "A002", "--window", "1", "--at-desk"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("A003"), run.describe());
    // The called citizen leaves: cancelled at the window with the reason.
    run = kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:06", "cancel", "A003", "--window", "1", "--reason",
                          "citizen-left"});
    QVERIFY2(run.exitCode == 0, run.describe());
    // A002 is at the desk already: served without a call.
    run = kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:07", "--json", "call", "A002", "--window", "1",
                          "--at-desk"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.json().value("ticket").toObject().value("state").toString(), QString("serving"));
    // A001 was issued by mistake: reception cancels it; a reason that is not one is refused.
    run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:08", "cancel", "A001", "--reason", "bored"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("issued-by-mistake"), run.describe());
    run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:08", "cancel", "A001", "--reason",
                          "issued-by-mistake"});
    QVERIFY2(run.exitCode == 0, run.describe());
    RawDatabase raw(m_db);
    QCOMPARE(raw.column("SELECT t.number || ' ' || e.action || ' ' || coalesce(e.note, '') FROM events e "
                        "JOIN tickets t ON t.id = e.ticket_id WHERE e.action <> 'issue' ORDER BY e.id"),
             (QStringList{"A003 call chosen from the queue", "A003 cancel citizen-left",
                          "A002 serve served without a call: the citizen was at the desk",
                          "A001 cancel issued-by-mistake"}));
    QCOMPARE(raw.scalar(stateMismatchSql()).toInt(), 0);
}

void TestKezekctl::stepsRefusedWithReasons()
{
    initDemo();
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:00", "issue", "ID-CARD"}).exitCode, 0);
    QCOMPARE(kezekctl(m_db, {"--as", "op02", "--at", "2020-05-18T10:01", "call-next", "--window", "2"}).exitCode, 0);
    // at another window
    CtlRun run = kezekctl(m_db, {"--as", "op03", "--at", "2020-05-18T10:01", "serve", "A001", "--window", "3"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("window 2"), run.describe());
    // recall too soon
    run = kezekctl(m_db, {"--as", "op02", "--at", "2020-05-18T10:01:30", "recall", "A001"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("apart"), run.describe());
    run = kezekctl(m_db, {"--as", "op02", "--at", "2020-05-18T10:02:30", "recall", "A001"});
    QVERIFY2(run.exitCode == 0, run.describe());
    // no-show before the last call
    run = kezekctl(m_db, {"--as", "op02", "--at", "2020-05-18T10:04", "no-show", "A001"});
    QCOMPARE(run.exitCode, 2);
    // a ticket number of another day
    run = kezekctl(m_db, {"--as", "op01", "--at", "2020-05-19T10:04", "serve", "A001"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("2020-05-19"), run.describe());
    // postpone and transfer
    run = kezekctl(m_db, {"--as", "op02", "--at", "2020-05-18T10:05", "postpone", "A001", "--until", "10:30"});
    QVERIFY2(run.exitCode == 0 && run.out.contains("10:30"), run.describe());
    QCOMPARE(kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:20", "call-next", "--window", "1"}).exitCode, 3);
    QCOMPARE(kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:30", "call-next", "--window", "1"}).exitCode, 0);
    run = kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:31", "transfer", "A001", "--window", "12", "--note", "needs EDS"});
    QVERIFY2(run.exitCode == 0, run.describe());
    run = kezekctl(m_db, {"--as", "op12", "--at", "2020-05-18T10:31", "--json", "call-next", "--window", "12"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.json().value("tier").toString(), QString("transferred-here"));
    // bad input
    QCOMPARE(kezekctl(m_db, {"--at", "yesterday", "queue"}).exitCode, 2);
    QCOMPARE(kezekctl(m_db, {"call-next"}).exitCode, 2);
    QCOMPARE(kezekctl(m_db, {"--as", "op99", "call-next", "--window", "99"}).exitCode, 2);
    QCOMPARE(kezekctl(m_db, {"no-such-command"}).exitCode, 2);
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "issue", "ID-CARD", "--no-such-option"}).exitCode, 2);
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "issue", "ID-CARD", "--priority", "vip"}).exitCode, 2);
}

void TestKezekctl::nobodyWaitingIsThree()
{
    initDemo();
    const CtlRun run = kezekctl(m_db, {"--as", "op01", "--json", "call-next", "--window", "1"});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.json().contains("error"), run.describe());
    QVERIFY2(run.err.contains("Nobody is waiting"), run.describe());
}

void TestKezekctl::unknownServiceIsTwo()
{
    initDemo();
    const CtlRun run = kezekctl(m_db, {"--as", "reception", "--json", "issue", "PASSPORT"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.json().value("error").toString().contains("PASSPORT"), run.describe());
    QVERIFY2(run.err.contains("PASSPORT"), run.describe());
}

void TestKezekctl::missingDatabaseIsTwo()
{
    // On a server: a database nobody initialised.
    const CtlRun run = kezekctl(m_db, {"services"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(onPostgres() ? m_db.section('/', -1) : m_db), run.describe());
    QVERIFY(onPostgres() || !QFile::exists(m_db));
}

void TestKezekctl::corruptFileIsTwoAndUntouched()
{
    if (onPostgres())
        QSKIP("a damaged file is SQLite's case; a server checks its own pages");
    {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not a database, just some bytes\n").repeated(100));
    }
    const QByteArray before = fileBytes(m_db);
    for (const QStringList &args : {QStringList{"services"}, QStringList{"init", "--demo"}}) {
        const CtlRun run = kezekctl(m_db, args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(m_db), run.describe());
        QCOMPARE(fileBytes(m_db), before);
    }
}

void TestKezekctl::newerSchemaIsTwoAndUntouched()
{
    initDemo();
    {
        RawDatabase raw(m_db);
        QVERIFY(raw.exec("UPDATE schema_version SET version = 99"));
        QVERIFY(onPostgres() || raw.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = fileBytes(m_db);
    for (const QStringList &args : {QStringList{"issue", "ID-CARD"}, QStringList{"init"}}) {
        const CtlRun run = kezekctl(m_db, args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("newer"), run.describe());
        if (!onPostgres())
            QCOMPARE(fileBytes(m_db), before);
    }
    // Untouched on a server too: no ticket issued, the version as it was.
    RawDatabase raw(m_db);
    QCOMPARE(raw.scalar("SELECT count(*) FROM tickets").toInt(), 0);
    QCOMPARE(raw.column("SELECT version FROM schema_version ORDER BY version"), QStringList(Kezek::Database::schemaVersion, "99"));
}

void TestKezekctl::jsonIsOneObjectPerResult()
{
    initDemo();
    for (const QStringList &args :
         {QStringList{"services"}, QStringList{"windows"}, QStringList{"--as", "reception", "issue", "RESULT"}, QStringList{"queue"},
          QStringList{"queue", "--window", "5"}, QStringList{"--as", "reception", "issue", "NOPE"}, QStringList{"init"}}) {
        const CtlRun run = kezekctl(m_db, QStringList{"--json", "--at", "2020-05-18T11:00"} + args);
        QVERIFY2(!run.out.contains('\n'), run.describe());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), run.describe());
    }
    const CtlRun queue = kezekctl(m_db, {"--json", "--at", "2020-05-18T11:00", "queue"});
    const QJsonObject first = queue.json().value("queue").toArray().at(0).toObject();
    QCOMPARE(first.value("number").toString(), QString("C001"));
    QCOMPARE(first.value("reason").toString(), QString("walk-in"));
    QVERIFY(first.contains("waiting_s"));
}

QStringList TestKezekctl::commandNames()
{
    const CtlRun run = kezekctl(m_db, {"--help"});
    QStringList names;
    bool inCommands = false;
    for (const QString &line : run.out.split('\n')) {
        if (line.startsWith("Commands:")) {
            inCommands = true;
            continue;
        }
        if (inCommands && line.startsWith("  "))
            names.append(line.trimmed().section(' ', 0, 0));
        else if (inCommands && line.trimmed().isEmpty())
            break;
    }
    return names;
}

void TestKezekctl::helpForEveryCommand()
{
    const CtlRun help = kezekctl(m_db, {"--help"});
    QCOMPARE(help.exitCode, 0);
    const QStringList names = commandNames();
    for (const char *expected : {"init", "services", "windows", "import-bookings", "checkin", "book", "issue",
                                 "call-next", "serve", "finish",
                                 "no-show", "recall", "postpone", "transfer", "cancel", "queue", "simulate"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(' ')));
    for (const QString &name : names) {
        const CtlRun run = kezekctl(m_db, {name, "--help"});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.startsWith("Usage: kezekctl " + name), run.describe());
        QVERIFY(!QFile::exists(m_db)); // help opens no database
    }
    QVERIFY(kezekctl(m_db, {"call-next", "--help"}).out.contains("--window"));
    QVERIFY(kezekctl(m_db, {"--as", "op01", "finish", "--help"}).out.contains("--service"));
    QVERIFY(kezekctl(m_db, {"--as", "op01", "postpone", "--help"}).out.contains("--minutes"));
    QVERIFY(kezekctl(m_db, {"help", "queue"}).out.contains("--window"));
}

void TestKezekctl::queueShowsCallOrderWithReasons()
{
    initDemo();
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:00", "issue", "ID-CARD"}).exitCode, 0);
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:01", "issue", "ID-CARD", "--priority", "disability"}).exitCode, 0);
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:02", "issue", "EDS"}).exitCode, 0);
    const CtlRun run = kezekctl(m_db, {"--at", "2020-05-18T10:10", "queue", "--window", "1"});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QStringList lines = run.out.split('\n');
    QVERIFY2(lines.size() == 4, run.describe());
    QVERIFY2(lines.at(2).contains("A002") && lines.at(2).contains("out of turn: disability"), run.describe());
    QVERIFY2(lines.at(3).contains("A001") && lines.at(3).contains("walk-in") && lines.at(3).contains("10 min"),
             run.describe());
    QVERIFY(!run.out.contains("D001")); // window 1 does not serve EDS
}

void TestKezekctl::simulateToday()
{
    initDemo();
    const CtlRun run = kezekctl(m_db, {"--as", "admin", "--json", "--at", "2020-05-19T12:00", "simulate", "--date", "2020-05-19",
                                       "--windows", "12", "--citizens", "300", "--seed", "3"});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject s = run.json();
    QVERIFY(s.value("stopped_early").toBool());
    QCOMPARE(s.value("ended_at").toString(), QString("2020-05-19T12:00:00"));
    QVERIFY(s.value("waiting").toInt() + s.value("at_windows").toInt() > 0);
    QVERIFY(s.value("not_arrived_yet").toInt() > 0);
    RawDatabase raw(m_db);
    const qint64 noon = QDateTime(QDate(2020, 5, 19), QTime(12, 0)).toSecsSinceEpoch();
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM events WHERE at > %1").arg(noon)).toInt(), 0);
    QCOMPARE(raw.scalar(stateMismatchSql()).toInt(), 0);
}

void TestKezekctl::importBookingsReportsRejectedRows()
{
    initDemo();
    const QString samples = QStringLiteral(KEZEK_SAMPLES_DIR);
    const QStringList files{samples + "/bookings-egov.csv", samples + "/bookings-telegram.json"};
    CtlRun run = kezekctl(m_db, QStringList{"--as", "reception", "--at", "2020-05-17T20:00", "import-bookings"} + files);
    QCOMPARE(run.exitCode, 1); // done in part
    QVERIFY2(run.out.contains("bookings-egov.csv:5:"), run.describe());
    QVERIFY2(run.out.contains("bookings-telegram.json:"), run.describe());
    QVERIFY2(!run.out.contains("950815350124"), run.describe()); // IINs only masked

    // Again, as JSON: nothing new, the same rows rejected.
    run = kezekctl(m_db, QStringList{"--as", "reception", "--json", "--at", "2020-05-17T20:05", "import-bookings"} + files);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = run.json();
    QCOMPARE(report.value("imported").toInt(), 0);
    QCOMPARE(report.value("unchanged").toInt(), 5);
    QCOMPARE(report.value("rejected").toArray().size(), 2);
    QCOMPARE(report.value("rejected").toArray().at(0).toObject().value("line").toInt(), 5);

    // Nothing readable at all: unusable input.
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "import-bookings", m_dir->filePath("missing.csv")}).exitCode, 2);
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "import-bookings"}).exitCode, 2);

    // The imported bookings check in.
    run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T08:55", "checkin", "EG-20200518-0001"});
    QVERIFY2(run.exitCode == 0 && run.out.contains("A001"), run.describe());
    run = kezekctl(m_db, {"--as", "reception", "--json", "--at", "2020-05-18T08:56", "checkin", "--iin", "900101300811"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.json().value("ticket").toObject().value("service").toString(), QString("RESULT"));
    QCOMPARE(run.json().value("ticket").toObject().value("iin").toString(), QString("9001******11"));
    run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T08:57", "checkin", "EG-20200518-0001"});
    QCOMPARE(run.exitCode, 2); // already checked in
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T08:57", "checkin", "--iin", "950815350124"}).exitCode, 2);
}

void TestKezekctl::bookAndCheckIn()
{
    initDemo();
    CtlRun run = kezekctl(m_db, {"--as", "reception", "--json", "--at", "2020-05-18T10:20", "book", "ID-CARD", "--iin", "950815350123",
                                 "--name", "Нұрлан Сейітов", "--phone", "8 (701) 555-01-01"});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject booking = run.json();
    QCOMPARE(booking.value("slot_start").toString(), QString("2020-05-18T10:15:00")); // the current slot has room
    QCOMPARE(booking.value("phone").toString(), QString("+77015550101"));
    QCOMPARE(booking.value("iin").toString(), QString("9508******23"));
    const QString code = booking.value("booking").toString();
    QVERIFY(!code.isEmpty());

    run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:21", "checkin", code});
    QVERIFY2(run.exitCode == 0 && run.out.contains("A001"), run.describe());

    QCOMPARE(kezekctl(m_db, {"--as", "reception", "book", "CONSULT", "--iin", "950815350123"}).exitCode, 2); // not bookable
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "book", "ID-CARD", "--iin", "950815350124"}).exitCode, 2); // check digit
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "book", "ID-CARD"}).exitCode, 2);                          // no IIN
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:20", "book", "ID-CARD", "--iin", "950815350123", "--slot",
                             "10:07"})
                 .exitCode,
             2); // not on the grid
}

// Each row is refused with status 2 before anything is written, in words that name the option, the value and
// what would be accepted; never with a database error.
void TestKezekctl::malformedInputIsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");

    const QString years = "in the years 2000 to 2100";
    const QString once = "give it once";
    const QStringList book{"--as", "reception", "book", "ID-CARD", "--iin", "950815350123"};

    QTest::newRow("report --from with trailing text")
        << QStringList{"--as", "supervisor", "report", "--from", "2020-05-18xyz"} << "--from" << "2020-05-18xyz" << years;
    QTest::newRow("report --to with a time and an offset")
        << QStringList{"--as", "supervisor", "report", "--from", "2020-05-18", "--to", "2020-05-18T10:00Z"} << "--to"
        << "2020-05-18T10:00Z" << years;
    QTest::newRow("report --from before 2000")
        << QStringList{"--as", "supervisor", "report", "--from", "1999-12-31"} << "--from" << "1999-12-31" << years;
    QTest::newRow("report --to after 2100")
        << QStringList{"--as", "supervisor", "report", "--to", "2101-01-01"} << "--to" << "2101-01-01" << years;
    QTest::newRow("simulate --date with trailing garbage")
        << QStringList{"--as", "admin", "simulate", "--date", "2020-05-20garbage"} << "--date" << "2020-05-20garbage" << years;
    QTest::newRow("simulate --date with a negative year")
        << QStringList{"--as", "admin", "simulate", "--date", "-2020-05-20"} << "--date" << "-2020-05-20" << years;
    QTest::newRow("--at with a negative year, book")
        << QStringList{"--at", "-2020-05-18T10:00"} + book << "--at" << "-2020-05-18T10:00" << years;
    QTest::newRow("--at with a negative year, issue")
        << QStringList{"--at", "-2020-05-18T10:00", "issue", "ID-CARD"} << "--at" << "-2020-05-18T10:00" << years;
    QTest::newRow("--at in year 9999")
        << QStringList{"--as", "reception", "--at", "9999-05-18T10:00", "issue", "ID-CARD"} << "--at" << "9999-05-18T10:00" << years;
    QTest::newRow("--at with an offset")
        << QStringList{"--as", "reception", "--at", "2020-05-18T10:00Z", "issue", "ID-CARD"} << "--at" << "2020-05-18T10:00Z" << years;
    QTest::newRow("--at after the command with trailing text")
        << QStringList{"--as", "reception", "issue", "ID-CARD", "--at", "2020-05-18T10:00xyz"} << "--at" << "2020-05-18T10:00xyz"
        << years;
    QTest::newRow("--at empty") << QStringList{"--at", "", "issue", "ID-CARD"} << "--at" << "" << years;
    QTest::newRow("--at with a placeholder in it")
        << QStringList{"--at", "%2-%3", "issue", "ID-CARD"} << "--at" << "%2-%3" << years;
    QTest::newRow("book --slot with trailing text")
        << QStringList{"--at", "2020-05-18T10:20"} + book + QStringList{"--slot", "2020-05-18T10:30x"} << "--slot"
        << "2020-05-18T10:30x" << years;
    QTest::newRow("book --slot in year 2200")
        << QStringList{"--at", "2020-05-18T10:20"} + book + QStringList{"--slot", "2200-05-18T10:30"} << "--slot"
        << "2200-05-18T10:30" << years;
    QTest::newRow("book --slot with a leading minus")
        << QStringList{"--at", "2020-05-18T10:20"} + book + QStringList{"--slot", "-2020-05-18T10:30"} << "--slot"
        << "-2020-05-18T10:30" << years;

    QTest::newRow("--at twice before the command")
        << QStringList{"--as", "reception", "--at", "2020-05-18T10:00", "--at", "2020-05-18T11:00", "issue", "ID-CARD"} << "--at"
        << "2020-05-18T11:00" << once;
    QTest::newRow("--at before and after the command")
        << QStringList{"--as", "reception", "--at", "2020-05-18T10:00", "issue", "ID-CARD", "--at", "2020-05-18T11:00"} << "--at"
        << "2020-05-18T11:00" << once;
    QTest::newRow("--at twice after the command")
        << QStringList{"--as", "reception", "issue", "ID-CARD", "--at", "2020-05-18T10:00", "--at", "2020-05-18T11:00"} << "--at"
        << "2020-05-18T11:00" << once;
    // The test runner puts "--db TEST" first.
    QTest::newRow("--db twice before the command")
        << QStringList{"--db", "other.sqlite", "queue"} << "--db" << "other.sqlite" << once;
    QTest::newRow("--db before and after the command")
        << QStringList{"queue", "--db", "other.sqlite"} << "--db" << "other.sqlite" << once;
    QTest::newRow("queue --window twice")
        << QStringList{"queue", "--window", "1", "--window", "2"} << "--window" << "2" << once;
    QTest::newRow("call-next --window twice")
        << QStringList{"--as", "op01", "call-next", "--window", "1", "--window", "2"} << "--window" << "2" << once;
    QTest::newRow("transfer --window and its alias --to-window")
        << QStringList{"--as", "op01", "transfer", "A001", "--window", "1", "--to-window", "2"} << "--window" << "2" << once;
    QTest::newRow("issue --priority twice")
        << QStringList{"--as", "reception", "issue", "ID-CARD", "--priority", "veteran", "--priority", "pregnant"} << "--priority"
        << "pregnant" << once;
    QTest::newRow("report --format twice")
        << QStringList{"--as", "supervisor", "report", "--format", "csv", "--format", "json"} << "--format" << "json" << once;
    QTest::newRow("simulate --seed twice")
        << QStringList{"--as", "admin", "simulate", "--seed", "1", "--seed", "2"} << "--seed" << "2" << once;
    QTest::newRow("book --slot twice")
        << QStringList{"--at", "2020-05-18T10:20"} + book + QStringList{"--slot", "10:30", "--slot", "10:45"}
        << "--slot" << "10:45" << once;
    // The values are quoted in the refusal, IINs masked.
    QTest::newRow("book --iin twice")
        << QStringList{"--as", "reception", "book", "ID-CARD", "--iin", "950815350123", "--iin", "900101300811"} << "--iin"
        << "9001******11" << once;
}

void TestKezekctl::malformedInputIsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    initDemo();

    for (const bool json : {false, true}) {
        const CtlRun run = kezekctl(m_db, json ? QStringList{"--json"} + arguments : arguments);
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.err.contains(option), run.describe());
        QVERIFY2(run.err.contains('"' + value + '"'), run.describe());
        QVERIFY2(run.err.contains(reason), run.describe());
        QVERIFY2(!run.err.contains("constraint", Qt::CaseInsensitive), run.describe());
        QVERIFY2(!run.err.contains("950815350123") && !run.err.contains("900101300811"), run.describe());
        if (json) {
            QVERIFY2(run.json().value("error").toString().contains(option), run.describe());
            QVERIFY2(run.json().value("error").toString().contains(reason), run.describe());
        }
    }
    QVERIFY(!QFile::exists("other.sqlite"));
    RawDatabase raw(m_db);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar("SELECT count(*) FROM bookings").toInt(), 0);
    QCOMPARE(raw.scalar("SELECT count(*) FROM tickets").toInt(), 0);
    QCOMPARE(raw.scalar("SELECT count(*) FROM events").toInt(), 0);
}

void TestKezekctl::malformedPostponeTimeIsTwo_data()
{
    QTest::addColumn<QString>("until");

    QTest::newRow("trailing text") << "2020-05-18T10:30x";
    QTest::newRow("offset") << "2020-05-18T10:30Z";
    QTest::newRow("negative year") << "-2020-05-18T10:30";
    QTest::newRow("clock time with trailing text") << "10:30 please";
    QTest::newRow("year 2101") << "2101-05-18T10:30";
}

void TestKezekctl::malformedPostponeTimeIsTwo()
{
    QFETCH(QString, until);
    initDemo();
    QCOMPARE(kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T10:00", "issue", "ID-CARD"}).exitCode, 0);
    QCOMPARE(kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:01", "call-next", "--window", "1"}).exitCode, 0);
    const CtlRun run = kezekctl(m_db, {"--as", "op01", "--at", "2020-05-18T10:02", "postpone", "A001", "--until", until});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains("--until") && run.err.contains('"' + until + '"'), run.describe());
    QVERIFY2(run.err.contains("in the years 2000 to 2100"), run.describe());
    RawDatabase raw(m_db);
    QCOMPARE(raw.scalar("SELECT state FROM tickets WHERE number = 'A001'").toString(), QString("called"));
}

// DOMAIN.md: IINs are personal data. Whatever field the citizen's IIN was typed into, a refusal quotes it masked.
void TestKezekctl::iinsAreMaskedInMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("iin");

    const QString wrong = "950815350124";
    const QString valid = "950815350123";
    QTest::newRow("checkin --iin with a wrong check digit")
        << QStringList{"--as", "reception", "--at", "2020-05-18T10:00", "checkin", "--iin", wrong} << wrong;
    QTest::newRow("checkin by a booking id that is an IIN")
        << QStringList{"--as", "reception", "--at", "2020-05-18T10:00", "checkin", valid} << valid;
    QTest::newRow("checkin --iin with no booking today")
        << QStringList{"--as", "reception", "--at", "2020-05-18T10:00", "checkin", "--iin", valid} << valid;
    QTest::newRow("book --phone holding an IIN")
        << QStringList{"--as", "reception", "--at", "2020-05-18T10:00", "book", "ID-CARD", "--iin", valid, "--phone", wrong} << wrong;
    QTest::newRow("book with an IIN for the service code")
        << QStringList{"--as", "reception", "--at", "2020-05-18T10:00", "book", valid, "--iin", valid} << valid;
    QTest::newRow("issue with an IIN for the service code") << QStringList{"--as", "reception", "issue", valid} << valid;
    QTest::newRow("serve with an IIN for the ticket number") << QStringList{"--as", "op01", "serve", valid} << valid;
    QTest::newRow("an IIN for the command") << QStringList{valid} << valid;
    QTest::newRow("an IIN as an unknown option") << QStringList{"queue", "--" + valid} << valid;
    QTest::newRow("an IIN as an extra argument") << QStringList{"queue", valid} << valid;
    QTest::newRow("an IIN for --window") << QStringList{"queue", "--window", valid} << valid;
}

void TestKezekctl::iinsAreMaskedInMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, iin);
    initDemo();
    const QString masked = iin.left(4) + "******" + iin.right(2);

    for (const bool json : {false, true}) {
        const CtlRun run = kezekctl(m_db, json ? QStringList{"--json"} + arguments : arguments);
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(!run.err.contains(iin) && !run.out.contains(iin), run.describe());
        QVERIFY2(run.err.contains(masked), run.describe());
        if (json)
            QVERIFY2(run.json().value("error").toString().contains(masked), run.describe());
    }
}

void TestKezekctl::iinInImportedPhoneIsMasked()
{
    initDemo();
    const QString path = m_dir->filePath("bookings-egov-202005181200.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("booking_id,channel,iin,full_name,phone,service_code,slot_start\n"
               "EG-1,egov,950815350123,Phone Is An IIN,900101300811,ID-CARD,2020-05-18T09:00\n"
               "EG-2,egov,900101300811,Good Row,+77015550101,ID-CARD,2020-05-18T09:00\n");
    file.close();

    CtlRun run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-17T20:00", "import-bookings", path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("bookings-egov-202005181200.csv:2:"), run.describe()); // file names are kept
    QVERIFY2(run.out.contains("9001******11"), run.describe());
    QVERIFY2(!run.out.contains("900101300811") && !run.err.contains("900101300811"), run.describe());

    run = kezekctl(m_db, {"--as", "reception", "--json", "--at", "2020-05-17T20:05", "import-bookings", path});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray rejected = run.json().value("rejected").toArray();
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.at(0).toObject().value("reason").toString().contains("9001******11"), run.describe());
    QVERIFY2(!run.out.contains("900101300811"), run.describe());
}

// Booking files go through the same strict parser: a slot_start with anything around the documented shape is
// rejected with its line, not read as the time it starts with.
void TestKezekctl::importRejectsMalformedSlotStart_data()
{
    QTest::addColumn<QString>("slotStart");

    QTest::newRow("trailing text") << "2020-05-18T09:00xyz";
    QTest::newRow("offset Z") << "2020-05-18T09:00Z";
    QTest::newRow("offset +06:00") << "2020-05-18T09:00+06:00";
    QTest::newRow("negative year") << "-2020-05-18T09:00";
    QTest::newRow("year 2101") << "2101-05-18T09:00";
    QTest::newRow("date only") << "2020-05-18";
}

void TestKezekctl::importRejectsMalformedSlotStart()
{
    QFETCH(QString, slotStart);
    initDemo();
    const QString path = m_dir->filePath("bookings.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("booking_id,channel,iin,full_name,phone,service_code,slot_start\n"
               "EG-1,egov,950815350123,Bad Slot,+77015550101,ID-CARD," + slotStart.toUtf8() + "\n"
               "EG-2,egov,900101300811,Good Row,+77015550102,ID-CARD,2020-05-18T09:00\n");
    file.close();

    const CtlRun run = kezekctl(m_db, {"--as", "reception", "--json", "--at", "2020-05-17T20:00", "import-bookings", path});
    QVERIFY2(run.exitCode == 1, run.describe());
    QCOMPARE(run.json().value("imported").toInt(), 1);
    const QJsonArray rejected = run.json().value("rejected").toArray();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).toObject().value("line").toInt(), 2);
    QVERIFY2(rejected.at(0).toObject().value("reason").toString().contains("slot_start"), run.describe());
    RawDatabase raw(m_db);
    QCOMPARE(raw.scalar("SELECT count(*) FROM bookings").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestKezekctl)
#include "tst_kezekctl.moc"
