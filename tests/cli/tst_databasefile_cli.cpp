// kezekctl and the database file under faults: deleted or replaced while a command runs, an SQLite file that is
// not Kezek's, a damaged file, a new file's permissions. Each case exits 2, says why and leaves the data as it was.
#include "KezekctlProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Kezek::Test;

namespace {

// One valid booking for the demo center, for 2020-05-18.
const QByteArray bookingCsv = "booking_id,channel,iin,full_name,phone,service_code,slot_start\n"
                              "B1,egov,950815350123,Ann,,RESULT,2020-05-18T10:00\n"
                              "B2,egov,900101300811,Bob,,RESULT,2020-05-18T10:15\n";

int mode(const QString &path)
{
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

bool renameOver(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

class TestDatabaseFileCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deletedUnderARunningImportIsNotSaved();
    void replacedUnderARunningImportGoesIntoTheFileNowThere();
    void sqliteFileWithoutTablesIsRefused_data();
    void sqliteFileWithoutTablesIsRefused();
    void initMakesAnSqliteFileWithoutTablesKezeks();
    void checkFindsNoDamageInAHealthyFile();
    void damagedFileIsRefusedAndUntouched();
    void initCreatesAPrivateFile_data();
    void initCreatesAPrivateFile();

private:
    // Runs import-bookings on a FIFO: kezekctl opens the database, then waits for the booking file; `meanwhile`
    // runs while it waits, then the bookings are written and the FIFO closed. `run` gets what kezekctl said.
    void importWhile(const std::function<void()> &meanwhile, CtlRun *run);
    void createSqliteFileWithoutTables(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestDatabaseFileCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath("kezek.sqlite");
}

void TestDatabaseFileCli::cleanup()
{
    m_dir.reset();
}

void TestDatabaseFileCli::importWhile(const std::function<void()> &meanwhile, CtlRun *run)
{
    const QString fifo = m_dir->filePath("x.csv");
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    QProcess process;
    useDemoPasswordFile();
    process.start(KEZEKCTL_PATH, {"--db", m_db, "--as", "reception", "--at", "2020-05-18T08:00", "import-bookings", fifo});
    QVERIFY(process.waitForStarted());
    const auto stop = qScopeGuard([&process] {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    });
    // A writer can open a FIFO without blocking only once a reader has it open: then kezekctl has opened the
    // database and waits in the booking file.
    // QTRY_VERIFY evaluates its condition more than once after it holds: open the write end once only.
    int writeEnd = -1;
    const auto readerWaits = [&] {
        if (writeEnd < 0)
            writeEnd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        return writeEnd >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(readerWaits() || process.state() != QProcess::Running, 20000);
    QVERIFY2(writeEnd >= 0, qPrintable("kezekctl ended before reading the booking file: "
                                       + QString::fromUtf8(process.readAllStandardError())));
    const auto closeWriteEnd = qScopeGuard([&writeEnd] {
        if (writeEnd >= 0)
            ::close(writeEnd);
    });
    QVERIFY(::fcntl(writeEnd, F_SETFL, ::fcntl(writeEnd, F_GETFL) & ~O_NONBLOCK) == 0);

    meanwhile();
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(::write(writeEnd, bookingCsv.constData(), size_t(bookingCsv.size())), ssize_t(bookingCsv.size()));
    ::close(writeEnd);
    writeEnd = -1;
    QVERIFY(process.waitForFinished(60000));
    run->exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run->out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run->err = QString::fromUtf8(process.readAllStandardError()).trimmed();
}

void TestDatabaseFileCli::createSqliteFileWithoutTables(const QString &path)
{
    {
        RawDatabase raw(path, "no-tables");
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec("PRAGMA user_version = 7")); // a valid SQLite file, no table
    }
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestDatabaseFileCli::deletedUnderARunningImportIsNotSaved()
{
    CtlRun created = kezekctl(m_db, {"init", "--demo"});
    QVERIFY2(created.exitCode == 0, created.describe());

    CtlRun run;
    importWhile([this] { QVERIFY(QFile::remove(m_db)); }, &run);
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(m_db) && run.err.contains("deleted or moved away"), run.describe());
    QVERIFY2(run.err.contains("The change was not saved"), run.describe());
    QVERIFY2(!run.out.contains("imported"), run.describe());
    // Nothing was created at the path behind the user's back: neither a database nor its log.
    QVERIFY(!QFile::exists(m_db));
    QVERIFY(!QFile::exists(m_db + "-wal"));
    QVERIFY(!QFile::exists(m_db + "-shm"));
}

void TestDatabaseFileCli::replacedUnderARunningImportGoesIntoTheFileNowThere()
{
    CtlRun created = kezekctl(m_db, {"init", "--demo"});
    QVERIFY2(created.exitCode == 0, created.describe());
    const QString other = m_dir->filePath("other.sqlite");
    created = kezekctl(other, {"init", "--demo"});
    QVERIFY2(created.exitCode == 0, created.describe());

    CtlRun run;
    importWhile([&] { QVERIFY(renameOver(other, m_db)); }, &run);
    if (QTest::currentTestFailed())
        return;

    // The replacement is noticed before the import's transaction starts, so the database now at the path is
    // opened and the bookings go there: what kezekctl reports done is in the file every other program sees
    // (without the check they went into the replaced file, gone with its last handle).
    QVERIFY2(run.exitCode == 0 && run.out.contains("2 imported"), run.describe());
    QVERIFY2(run.err.contains("was replaced while this command ran"), run.describe());
    RawDatabase raw(m_db);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar("SELECT count(*) FROM bookings").toInt(), 2);
    QCOMPARE(raw.scalar("PRAGMA integrity_check").toString(), QString("ok"));
    // The replaced file's log was set aside, not applied to the replacement.
    QCOMPARE(QDir(m_dir->path()).entryList({"kezek.sqlite-wal.lost-*"}).size(), 1);
}

void TestDatabaseFileCli::sqliteFileWithoutTablesIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("queue") << QStringList{"queue"};
    QTest::newRow("issue") << QStringList{"--as", "reception", "--at", "2020-05-18T10:00", "issue", "RESULT"};
    QTest::newRow("services") << QStringList{"services"};
    QTest::newRow("check") << QStringList{"check"};
}

void TestDatabaseFileCli::sqliteFileWithoutTablesIsRefused()
{
    QFETCH(QStringList, arguments);
    createSqliteFileWithoutTables(m_db);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileBytes(m_db);

    const CtlRun run = kezekctl(m_db, arguments);
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(m_db) && run.err.contains("holds no tables") && run.err.contains("kezekctl init"),
             run.describe());
    QCOMPARE(fileBytes(m_db), before);
    QVERIFY(!QFile::exists(m_db + "-wal"));
}

void TestDatabaseFileCli::initMakesAnSqliteFileWithoutTablesKezeks()
{
    createSqliteFileWithoutTables(m_db);
    if (QTest::currentTestFailed())
        return;

    CtlRun run = kezekctl(m_db, {"init", "--demo"});
    QVERIFY2(run.exitCode == 0 && run.out.contains("is ready"), run.describe());
    run = kezekctl(m_db, {"services"});
    QVERIFY2(run.exitCode == 0 && run.out.contains("RESULT"), run.describe());
}

void TestDatabaseFileCli::checkFindsNoDamageInAHealthyFile()
{
    CtlRun run = kezekctl(m_db, {"init", "--demo"});
    QVERIFY2(run.exitCode == 0, run.describe());
    run = kezekctl(m_db, {"--as", "admin", "simulate", "--date", "2020-05-18", "--windows", "12", "--citizens", "300"});
    QVERIFY2(run.exitCode == 0, run.describe());

    run = kezekctl(m_db, {"check"});
    QVERIFY2(run.exitCode == 0 && run.out.contains(m_db) && run.out.contains("no damage"), run.describe());
    run = kezekctl(m_db, {"--json", "check"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.json().value("ok").toBool(), true);
}

void TestDatabaseFileCli::damagedFileIsRefusedAndUntouched()
{
    CtlRun run = kezekctl(m_db, {"init", "--demo"});
    QVERIFY2(run.exitCode == 0, run.describe());
    run = kezekctl(m_db, {"--as", "admin", "simulate", "--date", "2020-05-18", "--windows", "12", "--citizens", "300"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(!QFile::exists(m_db + "-wal")); // all of it is in the file itself
    {
        // Garbage over a page in the middle of the file: the schema on page 1 still reads fine.
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY2(pages > 20, qPrintable(QString::number(pages)));
        QVERIFY(file.seek(pages / 2 * 4096));
        QCOMPARE(file.write(QByteArray(4096, '\x5a')), qint64(4096));
    }
    const QByteArray before = fileBytes(m_db);

    run = kezekctl(m_db, {"check"});
    QVERIFY2(run.exitCode == 2 && run.err.contains(m_db) && run.err.contains("damaged"), run.describe());
    QVERIFY2(!run.out.contains("no damage"), run.describe());
    QCOMPARE(fileBytes(m_db), before);

    run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T12:00", "issue", "RESULT"});
    QVERIFY2(run.exitCode == 2 && run.err.contains("damaged"), run.describe());
    QCOMPARE(fileBytes(m_db), before);
    // A booking reads and writes none of the damaged pages: only the check at open keeps it out of the file.
    run = kezekctl(m_db, {"--as", "reception", "--at", "2020-05-18T12:00", "book", "ID-CARD", "--iin", "900101300811", "--name", "Ann"});
    QVERIFY2(run.exitCode == 2 && run.err.contains(m_db) && run.err.contains("damaged"), run.describe());
    QVERIFY2(!run.out.contains("Booking"), run.describe());
    QCOMPARE(fileBytes(m_db), before);
}

void TestDatabaseFileCli::initCreatesAPrivateFile_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("json") << true;
}

void TestDatabaseFileCli::initCreatesAPrivateFile()
{
    QFETCH(bool, json);
    // The usual umask would leave a new file readable by everyone; kezekctl inherits it from here.
    const mode_t previous = ::umask(022);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    const QString path = m_dir->filePath("center/kezek.sqlite");

    const CtlRun run = kezekctl(path, json ? QStringList{"--json", "init"} : QStringList{"init"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(mode(path), 0660);
    QCOMPARE(mode(m_dir->filePath("center")), 0770);
    if (json) {
        QCOMPARE(run.json().value("private").toBool(), true);
    } else {
        QVERIFY2(run.out.contains("Only its owner (") && run.out.contains("can read and write it"), run.describe());
        QVERIFY2(!run.out.contains("Warning"), run.describe());
    }
}

QTEST_GUILESS_MAIN(TestDatabaseFileCli)
#include "tst_databasefile_cli.moc"
