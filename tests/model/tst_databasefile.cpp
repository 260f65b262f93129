// The database file under faults: deleted or replaced while open, created private, damaged, full, in a
// read-only folder, or an SQLite file that is not Kezek's. Each case leaves the data as it was and says why.
#include "LivePicture.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "db/Database.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/DaySimulator.h"
#include "domain/DemoCenter.h"
#include "domain/QueueService.h"
#include "io/BookingFile.h"
#include "io/BookingImporter.h"
#include "live/ChangeFeed.h"
#include "live/IntegrityWatch.h"
#include "models/QueueModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

int mode(const QString &path)
{
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

std::unique_ptr<Database> create(const QString &path)
{
    auto db = Database::open({path}, OpenOptions{true, 5000});
    if (!db)
        qFatal("create %s: %s", qPrintable(path), qPrintable(db.message()));
    return std::move(db).value();
}

// A consistent copy of a live database, as a backup tool would take it.
void backUp(const Database &db, const QString &to)
{
    QSqlQuery q(db.connection());
    q.prepare("VACUUM INTO :to");
    q.bindValue(":to", to);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

qint64 count(const Database &db, const char *sql)
{
    auto n = Query::scalar(db, QString::fromLatin1(sql), {}, "t");
    return n ? n->value_or(-1) : -1;
}

int serviceId(const Database &db, const char *code)
{
    return Catalogue(db).service(QString::fromLatin1(code))->id;
}

// A day of tickets, then garbage over a page in the middle of the file: the schema on page 1 still reads fine.
void damagedDay(const QString &path)
{
    {
        auto db = create(path);
        QVERIFY(DemoCenter::install(*db));
        SimulationRequest day;
        day.date = QDate(2020, 5, 18);
        day.citizens = 300;
        QVERIFY(DaySimulator(*db).run(day, Kezek::Test::administrator(*db)));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 20);
    QVERIFY(file.seek(pages * 3 / 4 * 4096)); // among the tickets, past the schema
    file.write(QByteArray(4096, '\x5a'));
}

} // namespace

class TestDatabaseFile final : public QObject
{
    Q_OBJECT

private slots:
    void deletedFileRefusesTheStep();
    void importIntoADeletedFileIsNotReported();
    void replacedFileIsOpenedAgain();
    void watcherShowsTheLossAndTheReturn();
    void brokenConnectionIsOpenedAgain();
    void createdPrivatelyWhateverTheUmask_data();
    void createdPrivatelyWhateverTheUmask();
    void sqliteFileWithoutTablesIsNotKezeks();
    void damageBeyondTheSchemaIsFoundAtOpen();
    void bigFileIsCheckedInTheBackground();
    void fullDiskIsSaidInWords();
    void readOnlyFolderIsNamedAsAFolder();
};

void TestDatabaseFile::deletedFileRefusesTheStep()
{
    TestDatabase d;
    FixedClock clock(at(10));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}));
    QVERIFY(QFile::remove(d.path()));

    auto issued = queue.issue(serviceId(d.db(), "RESULT"), {});
    QVERIFY(!issued);
    QCOMPARE(issued.failure().kind, Failure::Kind::Database);
    QVERIFY2(issued.message().contains(d.path()) && issued.message().contains("deleted or moved away")
                 && issued.message().contains("The change was not saved"),
             qPrintable(issued.message()));
    // Nothing is created at the path behind the user's back, and reads fail too instead of showing the old file.
    QVERIFY(!QFile::exists(d.path()));
    QVERIFY(!Catalogue(d.db()).services());
}

void TestDatabaseFile::importIntoADeletedFileIsNotReported()
{
    TestDatabase d;
    QByteArray data = "booking_id,channel,iin,full_name,phone,service_code,slot_start\n";
    for (int i = 0; i < 400; ++i)
        data += "B" + QByteArray::number(i) + ",egov,950815350123,Ann,,RESULT,2020-05-18T1" + QByteArray::number(i % 8)
            + ":00\n";
    QList<BookingRow> rows = *BookingFile::parse(data, "day.csv");
    bool deleted = false;
    auto report = BookingImporter(d.db()).importRows(rows, at(7), Kezek::Test::desk(d.db()), [&](qint64 done, qint64 total) {
        if (!deleted && done >= total / 2)
            deleted = QFile::remove(d.path());
        return true;
    });
    QVERIFY(deleted);
    QVERIFY(!report);
    QVERIFY2(report.message().contains("deleted or moved away") && report.message().contains("was not saved"),
             qPrintable(report.message()));
    QVERIFY(!QFile::exists(d.path()));
}

void TestDatabaseFile::replacedFileIsOpenedAgain()
{
    TestDatabase d;
    FixedClock clock(at(10));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    const int idCard = serviceId(d.db(), "ID-CARD");
    QVERIFY(queue.issue(idCard, {})); // A001, in the file that will be replaced
    const QString backup = d.dir() + "/backup.sqlite";
    backUp(d.db(), backup);
    QVERIFY(queue.issue(idCard, {})); // A002, lost with the old file
    // The backup is put back by renaming it over the path: the path now names another file.
    QVERIFY(::rename(QFile::encodeName(backup).constData(), QFile::encodeName(d.path()).constData()) == 0);

    auto next = queue.issue(idCard, {});
    QVERIFY2(next, qPrintable(next.ok() ? QString() : next.message()));
    QCOMPARE(next->number, QString("A002")); // numbered in the restored file, where A002 is free again
    // The old file's write-ahead log was set aside, not applied to the restored file.
    QCOMPARE(QDir(d.dir()).entryList({"kezek.sqlite-wal.lost-*"}).size(), 1);
    QCOMPARE(count(d.db(), "SELECT count(*) FROM tickets"), 2);
    // What was written is in the file at the path, seen by any other program.
    auto other = Database::open({d.path()});
    QVERIFY(other);
    QCOMPARE(count(**other, "SELECT count(*) FROM tickets"), 2);
}

void TestDatabaseFile::watcherShowsTheLossAndTheReturn()
{
    TestDatabase d;
    FixedClock clock(at(10));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    const int idCard = serviceId(d.db(), "ID-CARD");
    QVERIFY(queue.issue(idCard, {}));
    const QString backup = d.dir() + "/backup.sqlite";
    backUp(d.db(), backup);
    QVERIFY(queue.issue(idCard, {}));

    LivePicture live(d.db(), clock);
    ChangeFeed &watcher = live.feed;
    watcher.stop(); // polled by hand below
    QueueModel model(live.center, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWindowNumber(1);
    QCOMPARE(model.rowCount(), 2);

    QSignalSpy lost(&watcher, &ChangeFeed::connectionLost);
    QSignalSpy restored(&watcher, &ChangeFeed::connectionRestored);
    QSignalSpy changed(&watcher, &ChangeFeed::changed);
    watcher.poll();
    QCOMPARE(lost.count(), 0);

    QVERIFY(QFile::remove(d.path()));
    watcher.poll();
    QCOMPARE(lost.count(), 1);
    QVERIFY2(lost.first().first().toString().contains("deleted or moved away"),
             qPrintable(lost.first().first().toString()));
    QVERIFY(!watcher.isConnected());
    watcher.poll(); // said once, not at every poll
    QCOMPARE(lost.count(), 1);
    QVERIFY(!live.center.catchUp());
    QCOMPARE(model.rowCount(), 2); // the screen keeps what it showed
    QVERIFY(!queue.callNext(1));

    QVERIFY(QFile::copy(backup, d.path()));
    watcher.poll();
    QCOMPARE(restored.count(), 1);
    QVERIFY(watcher.isConnected());
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().first().value<ChangeSet>().everything); // another file: read afresh
    QCOMPARE(model.rowCount(), 1); // the restored file's queue, without a refresh by hand
    QVERIFY(queue.callNext(1));
}

void TestDatabaseFile::brokenConnectionIsOpenedAgain()
{
    TestDatabase d;
    d.db().markBroken("test");
    QVERIFY(d.db().lost());
    QVERIFY(!Catalogue(d.db()).services());
    QVERIFY(d.db().ensureConnected());
    QVERIFY(Catalogue(d.db()).services());
}

void TestDatabaseFile::createdPrivatelyWhateverTheUmask_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 000") << 0;
    QTest::newRow("umask 077") << 077;
}

void TestDatabaseFile::createdPrivatelyWhateverTheUmask()
{
    QFETCH(int, umask);
    const mode_t previous = ::umask(mode_t(umask));
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    QTemporaryDir dir;
    const int parentMode = mode(dir.path());
    const QString path = dir.filePath("Kezek/center/kezek.sqlite");
    auto db = create(path); // the migrations have written: -wal and -shm are there too
    // Its owner and group only: the group is the center's Kezek users of this PC (docs/ROLES.md).
    QCOMPARE(mode(path), 0660);
    QCOMPARE(mode(path + "-wal"), 0660);
    QCOMPARE(mode(path + "-shm"), 0660);
    QCOMPARE(mode(dir.filePath("Kezek/center")), 0770);
    QCOMPARE(mode(dir.filePath("Kezek")), 0770);
    QCOMPARE(mode(dir.path()), parentMode); // folders that were there are not changed
}

void TestDatabaseFile::sqliteFileWithoutTablesIsNotKezeks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("other.sqlite");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "raw");
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec("PRAGMA user_version = 7"); // a valid SQLite file, no table
        raw.close();
    }
    QSqlDatabase::removeDatabase("raw");
    QVERIFY(QFileInfo(path).size() > 0);
    const QByteArray before = fileDigest(path);

    auto db = Database::open({path});
    QVERIFY(!db);
    QVERIFY2(db.message().contains("holds no tables") && db.message().contains("kezekctl init"),
             qPrintable(db.message()));
    QCOMPARE(fileDigest(path), before);
    QVERIFY(Database::open({path}, OpenOptions{true, 5000})); // init may make it one
}

void TestDatabaseFile::damageBeyondTheSchemaIsFoundAtOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("kezek.sqlite");
    damagedDay(path);
    const QByteArray before = fileDigest(path);

    auto db = Database::open({path});
    QVERIFY(!db);
    QVERIFY2(db.message().contains(path) && db.message().contains("damaged"), qPrintable(db.message()));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabaseFile::bigFileIsCheckedInTheBackground()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("kezek.sqlite");
    damagedDay(path);
    // As if the file were too big to check at open: it opens, and the screens start working on it.
    OpenOptions options;
    options.checkAtOpenUpTo = 0;
    auto db = Database::open({path}, options);
    QVERIFY2(db, qPrintable(db.ok() ? QString() : db.message()));
    QVERIFY(!(*db)->checkedAtOpen());
    const QByteArray before = fileDigest(path);
    const int result = serviceId(**db, "RESULT");

    IntegrityWatch watch(**db);
    QSignalSpy damaged(&watch, &IntegrityWatch::damaged);
    QSignalSpy finished(&watch, &IntegrityWatch::finished);
    QVERIFY(watch.start());
    QVERIFY(finished.wait(60000));
    QCOMPARE(damaged.count(), 1);
    QVERIFY2(damaged.first().first().toString().contains("damaged"), qPrintable(damaged.first().first().toString()));
    FixedClock clock(at(19));
    auto issued = Kezek::Test::StaffedQueue(**db, clock).issue(result, {});
    QVERIFY(!issued);
    QVERIFY2(issued.message().contains("damaged"), qPrintable(issued.message()));
    ChangeFeed watcher(**db);
    QSignalSpy lost(&watcher, &ChangeFeed::connectionLost);
    watcher.poll();
    QCOMPARE(lost.count(), 1);
    QCOMPARE(fileDigest(path), before);

    // A file checked at open needs no second look.
    TestDatabase healthy;
    QVERIFY(!IntegrityWatch(healthy.db()).start());
}

void TestDatabaseFile::fullDiskIsSaidInWords()
{
    TestDatabase d;
    FixedClock clock(at(10));
    // A file that may not grow is full the way a disk is: SQLite answers SQLITE_FULL.
    QSqlQuery cap(d.db().connection());
    QVERIFY(cap.exec("PRAGMA page_count") && cap.next());
    const int pages = cap.value(0).toInt();
    QVERIFY(cap.exec(QString("PRAGMA max_page_count = %1").arg(pages)));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    Status last = success();
    for (int i = 0; i < 5000 && last; ++i) {
        auto issued = queue.issue(serviceId(d.db(), "RESULT"), {});
        last = issued ? success() : Status(issued.failure());
    }
    QVERIFY(!last);
    QVERIFY2(last.message().contains("the disk is full"), qPrintable(last.message()));
    QVERIFY2(!last.message().contains("Unable to fetch row"), qPrintable(last.message()));
}

void TestDatabaseFile::readOnlyFolderIsNamedAsAFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("center");
    const QString path = folder + "/kezek.sqlite";
    create(path).reset();
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    // root ignores permissions; the immutable attribute binds root too, where the file system has it.
    bool immutable = false;
    if (QFileInfo(folder).isWritable())
        immutable = QProcess::execute("chattr", {"+i", folder}) == 0;
    const auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute("chattr", {"-i", folder});
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    if (QFileInfo(folder).isWritable())
        QSKIP("this user can write to any folder here (root without chattr); cannot make a read-only folder");
    auto db = Database::open({path});
    QVERIFY(!db);
    QVERIFY2(db.message().contains("the folder " + folder + " is read-only"), qPrintable(db.message()));
    QVERIFY2(!db.message().contains("file is read-only"), qPrintable(db.message()));
}

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_databasefile.moc"
