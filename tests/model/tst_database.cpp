// Opening a database: creation, migrations, and every way a file can be unusable (left untouched).
#include "TestDatabase.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/Schema.h"
#include "db/WriteTransaction.h"
#include "domain/Catalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;

namespace {

void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("raw");
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigrates();
    void missingFileIsNotCreatedWithoutInit();
    void garbageFileIsRefusedAndUntouched();
    void foreignSqliteFileIsRefusedAndUntouched();
    void newerSchemaIsRefusedAndUntouched();
    void lockedDatabaseSaysSo();
    void readOnlyFileIsRefusedAndUntouched();
    void settingsOfAFreshDatabase();
    void reopeningKeepsVersion();
    void aVersion8CenterKeepsItsHoursEveryDay();
};

void TestDatabase::createsAndMigrates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/folder/kezek.sqlite");
    auto db = Database::open({path}, OpenOptions{true, 5000});
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
    auto version = Query::scalar(**db, "SELECT max(version) FROM schema_version", {}, "t");
    QCOMPARE(version->value_or(0), qint64(Database::schemaVersion));
    QSqlQuery mode((*db)->connection());
    QVERIFY(mode.exec("PRAGMA journal_mode") && mode.next());
    QCOMPARE(mode.value(0).toString(), QString("wal"));
    QSqlQuery keys((*db)->connection());
    QVERIFY(keys.exec("PRAGMA foreign_keys") && keys.next());
    QCOMPARE(keys.value(0).toInt(), 1);
}

void TestDatabase::missingFileIsNotCreatedWithoutInit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("none.sqlite");
    auto db = Database::open({path});
    QVERIFY(!db.ok());
    QVERIFY2(db.message().contains(path), qPrintable(db.message()));
    QVERIFY2(db.message().contains("kezekctl init"), qPrintable(db.message()));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::garbageFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("garbage.sqlite");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
    }
    const QByteArray before = Test::fileDigest(path);
    auto db = Database::open({path}, OpenOptions{true, 5000});
    QVERIFY(!db.ok());
    QCOMPARE(db.failure().kind, Failure::Kind::Database);
    QVERIFY2(db.message().contains(path) && db.message().contains("damaged"), qPrintable(db.message()));
    QCOMPARE(Test::fileDigest(path), before);
    QVERIFY(!QFile::exists(path + "-wal"));
}

void TestDatabase::foreignSqliteFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("other.sqlite");
    rawExec(path, {"CREATE TABLE photos (id INTEGER PRIMARY KEY)"});
    const QByteArray before = Test::fileDigest(path);
    auto db = Database::open({path}, OpenOptions{true, 5000});
    QVERIFY(!db.ok());
    QVERIFY2(db.message().contains("not a Kezek database"), qPrintable(db.message()));
    QCOMPARE(Test::fileDigest(path), before);
}

void TestDatabase::newerSchemaIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("kezek.sqlite");
    QVERIFY(Database::open({path}, OpenOptions{true, 5000}).ok());
    rawExec(path, {"PRAGMA journal_mode = DELETE", "INSERT INTO schema_version (version) VALUES (99)"});
    const QByteArray before = Test::fileDigest(path);
    auto db = Database::open({path});
    QVERIFY(!db.ok());
    QVERIFY2(db.message().contains("newer Kezek") && db.message().contains("99"), qPrintable(db.message()));
    QCOMPARE(Test::fileDigest(path), before);
}

void TestDatabase::lockedDatabaseSaysSo()
{
    Test::TestDatabase holder;
    WriteTransaction lock(holder.db()); // another "program" holds the write lock
    QVERIFY(lock.isActive());
    auto second = Database::open({holder.path()}, OpenOptions{false, 200});
    QVERIFY(second.ok()); // readers are not blocked in WAL mode
    WriteTransaction blocked(**second);
    QVERIFY(!blocked.isActive());
    QVERIFY2(blocked.status().message().contains("locked"), qPrintable(blocked.status().message()));
}

void TestDatabase::readOnlyFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("kezek.sqlite");
    QVERIFY(Database::open({path}, OpenOptions{true, 5000}).ok());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    // root ignores permissions; the immutable attribute binds root too, where the file system has it.
    bool immutable = false;
    if (QFileInfo(path).isWritable())
        immutable = QProcess::execute("chattr", {"+i", path}) == 0;
    const auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute("chattr", {"-i", path});
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    });
    if (QFileInfo(path).isWritable())
        QSKIP("this user can write to any file here (root without chattr); cannot make a read-only file");
    const QByteArray before = Test::fileDigest(path);
    auto db = Database::open({path});
    QVERIFY(!db.ok());
    QVERIFY2(db.message().contains(path) && db.message().contains("read-only"), qPrintable(db.message()));
    QCOMPARE(Test::fileDigest(path), before);
}

void TestDatabase::settingsOfAFreshDatabase()
{
    Test::TestDatabase d;
    auto settings = Catalogue(d.db()).settings();
    QVERIFY(settings.ok());
    QCOMPARE(settings->mode, CenterMode::Mixed);
    QCOMPARE(settings->hallCapacity, 40);
    QCOMPARE(settings->recallMax, 3);
    QCOMPARE(settings->lateTolerance, 15 * 60);
    QCOMPARE(Catalogue(d.db()).services()->size(), 8);
    QCOMPARE(Catalogue(d.db()).windows()->size(), 12);
    QCOMPARE(Catalogue(d.db()).window(12)->serviceIds.size(), 8);
    QCOMPARE(Catalogue(d.db()).operatorByLogin("reception")->role, Role::Reception);
}

void TestDatabase::reopeningKeepsVersion()
{
    Test::TestDatabase d;
    d.reopen();
    // One row per migration, none repeated by the second open.
    auto rows = Query::scalar(d.db(), "SELECT count(*) FROM schema_version", {}, "t");
    QCOMPARE(rows->value_or(0), qint64(Database::schemaVersion));
}


// Version 9 moved the center's one pair of hours into a row per weekday: a center of before keeps them every day.
void TestDatabase::aVersion8CenterKeepsItsHoursEveryDay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    QStringList statements{"CREATE TABLE schema_version (version INTEGER NOT NULL)"};
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version > 8)
            break;
        statements << migration.statements << migration.fileStatements
                   << QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(migration.version);
    }
    statements << "INSERT INTO center (id, name, mode, opens_s, closes_s) VALUES (1, 'Old PSC', 'mixed', 28800, 61200)";
    rawExec(path, statements);
    auto db = Database::open({path}, OpenOptions{false, 5000});
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
    const auto settings = Catalogue(**db).settings();
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.message()));
    QVERIFY(settings->week == CenterSettings::everyDay(OpeningHours{8 * 3600, 17 * 3600}));
    QVERIFY(settings->closedDays.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
