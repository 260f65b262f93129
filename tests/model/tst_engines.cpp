// The seam between the rules and the two engines: server addresses, error classes, the schema's spelling on each
// engine, and the one write path every state change takes. Runs on SQLite and on PostgreSQL.
#include "RawDatabase.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Query.h"
#include "db/ServerAddress.h"
#include "db/ServerProbe.h"
#include "domain/QueueService.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Kezek;
using namespace Kezek::Test;

class TestEngines final : public QObject
{
    Q_OBJECT

private slots:
    void serverAddressesAreRecognised_data();
    void serverAddressesAreRecognised();
    void passwordsInAddressesAreRefusedUnquoted_data();
    void passwordsInAddressesAreRefusedUnquoted();
    void displayNameNamesHostPortDatabaseOnly();
    void aServerIsProbedInTheBackground();
    void errorsAreClassifiedByCode_data();
    void errorsAreClassifiedByCode();
    void schemaIsSpelledPerEngine();

    void writeCommitsWhatTheStepDid();
    void writeRollsBackAFailedStep();
    void writeRetriesTransientFailuresBounded();
    void writeDoesNotRetryOtherFailures();
    void timesAfter2038AndIdsFromReturning();
    void foreignDatabaseIsRefusedAndUntouched();
};

void TestEngines::serverAddressesAreRecognised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("server");
    QTest::newRow("URL") << "postgresql://kezek@db.center.lan:5432/kezek?sslmode=require" << true;
    QTest::newRow("short URL scheme") << "postgres://db/kezek" << true;
    QTest::newRow("URL with defaults from the environment") << "postgresql:///kezek" << true;
    QTest::newRow("service file entry") << "service=center" << true;
    QTest::newRow("key=value pairs") << "host=10.0.0.5 dbname=kezek" << true;
    QTest::newRow("file path") << "/var/lib/kezek/kezek.sqlite" << false;
    QTest::newRow("relative file") << "kezek.sqlite" << false;
    QTest::newRow("file named like a pair of no libpq keyword") << "day=1.sqlite" << false;
}

void TestEngines::serverAddressesAreRecognised()
{
    QFETCH(QString, text);
    QFETCH(bool, server);
    QCOMPARE(ServerAddress::looksLikeServer(text), server);
    QCOMPARE(DatabaseLocation{text}.backend(), server ? Backend::Postgres : Backend::Sqlite);
    if (server) {
        const auto parsed = ServerAddress::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.message()));
    }
}

void TestEngines::passwordsInAddressesAreRefusedUnquoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("URL user:password") << "postgresql://kezek:Secr3t-pw@db/kezek";
    QTest::newRow("password pair") << "host=db dbname=kezek password=Secr3t-pw";
    QTest::newRow("password query parameter") << "postgresql://db/kezek?password=Secr3t-pw";
    QTest::newRow("malformed, password inside") << "postgresql://kezek:Secr3t-pw@db/kezek?%zz=1";
}

void TestEngines::passwordsInAddressesAreRefusedUnquoted()
{
    QFETCH(QString, text);
    const auto parsed = ServerAddress::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(!parsed.message().contains("Secr3t"), qPrintable(parsed.message()));
    // Opening refuses before any connection, with the same words.
    const auto opened = Database::open({text});
    QVERIFY(!opened.ok());
    QVERIFY2(!opened.message().contains("Secr3t"), qPrintable(opened.message()));
}

void TestEngines::displayNameNamesHostPortDatabaseOnly()
{
    QCOMPARE(ServerAddress::parse("postgresql://clerk@db.center.lan:6432/kezek?sslmode=require")->displayName(),
             QString("db.center.lan:6432/kezek"));
    QCOMPARE(ServerAddress::parse("host=10.0.0.5 port=5433 dbname=center user=clerk")->displayName(),
             QString("10.0.0.5:5433/center"));
    const QByteArray service = qgetenv("PGSERVICE");
    qunsetenv("PGSERVICE");
    const auto restore = qScopeGuard([&] {
        if (!service.isNull())
            qputenv("PGSERVICE", service);
    });
    QCOMPARE(ServerAddress::parse("service=astana")->displayName(), ServerAddress::tr("service %1").arg("astana"));
    QVERIFY(!ServerAddress::parse("host=db application_name=a;b").ok()); // ';' would split the driver's options
}

void TestEngines::aServerIsProbedInTheBackground()
{
    // Nothing listens on port 1 of this machine: the answer is "down", and no caller waited for it.
    ServerProbe down;
    down.start(ServerAddress::parse("host=127.0.0.1 port=1 dbname=none connect_timeout=2")->conninfo());
    QVERIFY(down.answer() != ServerProbe::Answer::None);
    QTRY_COMPARE(down.answer(), ServerProbe::Answer::Down);
    down.reset();
    QCOMPARE(down.answer(), ServerProbe::Answer::None);
    if (!onPostgres())
        return;
    // The test server is up.
    TestDatabase t;
    ServerProbe up;
    up.start(ServerAddress::parse(t.path())->conninfo());
    QTRY_COMPARE(up.answer(), ServerProbe::Answer::Up);
}

void TestEngines::errorsAreClassifiedByCode_data()
{
    QTest::addColumn<int>("backend");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("expected");
    const auto pg = int(Backend::Postgres);
    const auto lite = int(Backend::Sqlite);
    QTest::newRow("pg serialization failure") << pg << "40001" << int(SqlErrorClass::Conflict);
    QTest::newRow("pg deadlock") << pg << "40P01" << int(SqlErrorClass::Conflict);
    QTest::newRow("pg lock timeout") << pg << "55P03" << int(SqlErrorClass::Busy);
    QTest::newRow("pg admin shutdown") << pg << "57P01" << int(SqlErrorClass::ConnectionLost);
    QTest::newRow("pg connection failure") << pg << "08006" << int(SqlErrorClass::ConnectionLost);
    QTest::newRow("pg read-only transaction") << pg << "25006" << int(SqlErrorClass::ReadOnly);
    QTest::newRow("pg insufficient privilege") << pg << "42501" << int(SqlErrorClass::NoPermission);
    QTest::newRow("pg disk full") << pg << "53100" << int(SqlErrorClass::DiskFull);
    QTest::newRow("pg data corrupted") << pg << "XX001" << int(SqlErrorClass::Damaged);
    QTest::newRow("pg syntax error") << pg << "42601" << int(SqlErrorClass::Other);
    QTest::newRow("sqlite busy") << lite << QString::number(SQLITE_BUSY) << int(SqlErrorClass::Busy);
    QTest::newRow("sqlite extended busy") << lite << QString::number(SQLITE_BUSY_SNAPSHOT) << int(SqlErrorClass::Busy);
    QTest::newRow("sqlite read-only") << lite << QString::number(SQLITE_READONLY) << int(SqlErrorClass::ReadOnly);
    QTest::newRow("sqlite corrupt") << lite << QString::number(SQLITE_CORRUPT) << int(SqlErrorClass::Damaged);
    QTest::newRow("sqlite full") << lite << QString::number(SQLITE_FULL) << int(SqlErrorClass::DiskFull);
    QTest::newRow("sqlite constraint") << lite << QString::number(SQLITE_CONSTRAINT) << int(SqlErrorClass::Other);
}

void TestEngines::errorsAreClassifiedByCode()
{
    QFETCH(int, backend);
    QFETCH(QString, code);
    QFETCH(int, expected);
    // The text is the same misleading one every time: only the code may decide.
    const QSqlError error("driver", "database is locked", QSqlError::StatementError, code);
    QCOMPARE(int(Dialect::of(Backend(backend)).classify(error)), expected);
}

void TestEngines::schemaIsSpelledPerEngine()
{
    const QString statement = "CREATE TABLE t (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, name TEXT)";
    QCOMPARE(Dialect::of(Backend::Sqlite).schemaStatement(statement), statement);
    QCOMPARE(Dialect::of(Backend::Postgres).schemaStatement(statement),
             QString("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, at BIGINT NOT NULL, "
                     "name TEXT)"));
}

namespace {

qint64 pauseEvents(const Database &db)
{
    auto count = Query::scalar(db, "SELECT count(*) FROM window_events WHERE reason = 'engine-test'", {}, "counting");
    return count ? count->value_or(-1) : -1;
}

Status addPauseEvent(const Database &db)
{
    Query q(db, "INSERT INTO window_events (window_id, state, reason, at) "
                "SELECT min(id), 'paused', 'engine-test', 1 FROM windows");
    return q.exec("adding an event");
}

} // namespace

void TestEngines::writeCommitsWhatTheStepDid()
{
    TestDatabase t;
    const auto result = t.db().write([&]() -> Result<int> {
        if (auto status = addPauseEvent(t.db()); !status)
            return status.failure();
        return 42;
    });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.message()));
    QCOMPARE(*result, 42);
    t.reopen();
    QCOMPARE(pauseEvents(t.db()), 1);
}

void TestEngines::writeRollsBackAFailedStep()
{
    TestDatabase t;
    const Status result = t.db().write([&]() -> Status {
        if (auto status = addPauseEvent(t.db()); !status)
            return status;
        return Failure{Failure::Kind::Conflict, "the rule said no"};
    });
    QCOMPARE(result.message(), QString("the rule said no"));
    QCOMPARE(pauseEvents(t.db()), 0);
}

void TestEngines::writeRetriesTransientFailuresBounded()
{
    TestDatabase t;
    int attempts = 0;
    // Collides once, then goes through: the first attempt's row is rolled back, the second's kept.
    const Status once = t.db().write([&]() -> Status {
        ++attempts;
        if (auto status = addPauseEvent(t.db()); !status)
            return status;
        if (attempts == 1) {
            Failure collided{Failure::Kind::Database, "could not serialize access"};
            collided.transient = true;
            return collided;
        }
        return success();
    });
    QVERIFY2(once.ok(), qPrintable(once.ok() ? QString() : once.message()));
    QCOMPARE(attempts, 2);
    QCOMPARE(pauseEvents(t.db()), 1);

    // Collides every time: given up after the bound, nothing saved, the reason returned.
    attempts = 0;
    const Status always = t.db().write([&]() -> Status {
        ++attempts;
        if (auto status = addPauseEvent(t.db()); !status)
            return status;
        Failure collided{Failure::Kind::Database, "deadlock detected"};
        collided.transient = true;
        return collided;
    });
    QCOMPARE(always.message(), QString("deadlock detected"));
    QCOMPARE(attempts, Database::maxWriteAttempts);
    QCOMPARE(pauseEvents(t.db()), 1);
}

void TestEngines::writeDoesNotRetryOtherFailures()
{
    TestDatabase t;
    int attempts = 0;
    const Status refused = t.db().write([&]() -> Status {
        ++attempts;
        Query bad(t.db(), "INSERT INTO window_events (window_id, state, at) VALUES (NULL, 'paused', 1)");
        return bad.exec("adding an event without a window");
    });
    QVERIFY(!refused.ok());
    QVERIFY2(!refused.failure().transient, qPrintable(refused.message()));
    QCOMPARE(attempts, 1);
    // The connection is usable after the failed statement (on PostgreSQL it aborted the transaction).
    const Status after = t.db().write([&] { return addPauseEvent(t.db()); });
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.message()));
}

void TestEngines::timesAfter2038AndIdsFromReturning()
{
    TestDatabase t;
    // 2040-03-02 10:00 in Almaty: past 2^31 seconds, which a 32-bit INTEGER column cannot hold on PostgreSQL.
    const qint64 late = onDay(2040, 3, 2, 10);
    QVERIFY(late > std::numeric_limits<qint32>::max());
    FixedClock clock(late);
    Kezek::Test::StaffedQueue service(t.db(), clock);
    auto first = service.issue(1, {});
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.message()));
    auto second = service.issue(1, {});
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.message()));
    QVERIFY(second->id > first->id);
    QCOMPARE(first->issuedAt, late);
    RawDatabase raw(t.path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(QString("SELECT issued_at FROM tickets WHERE id = %1").arg(first->id)).toLongLong(), late);
    QCOMPARE(raw.scalar(QString("SELECT max(at) FROM events WHERE ticket_id = %1").arg(second->id)).toLongLong(), late);
}

void TestEngines::foreignDatabaseIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const ScratchLocation location(dir.path());
    {
        RawDatabase raw(location.text(), "foreign");
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec("CREATE TABLE invoices (id INTEGER, total INTEGER)"));
        QVERIFY(raw.exec("INSERT INTO invoices VALUES (1, 100)"));
    }
    for (bool create : {false, true}) {
        OpenOptions options;
        options.create = create;
        const auto opened = Database::open({location.text()}, options);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains("not a Kezek database"), qPrintable(opened.message()));
    }
    RawDatabase raw(location.text(), "foreign-after");
    QCOMPARE(raw.scalar("SELECT count(*) FROM invoices").toInt(), 1);
    QCOMPARE(raw.column("SELECT total FROM invoices"), QStringList{"100"});
    QVERIFY(!raw.exec("SELECT count(*) FROM schema_version")); // nothing of Kezek's was added
}

QTEST_GUILESS_MAIN(TestEngines)
#include "tst_engines.moc"
