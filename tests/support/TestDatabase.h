#pragma once

#include "core/Clock.h"
#include "db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace Kezek::Test {

// Which engine the tests run on: SQLite files, or the PostgreSQL server named by the libpq environment (PGHOST,
// PGPORT, PGUSER, PGPASSWORD: pg_virtualenv sets them) when KEZEK_TEST_BACKEND=postgres. scripts/kezek test runs
// every database test both ways.
bool onPostgres();

// A place for one empty database: a file in `folder` on SQLite, a database of its own on the server (created
// here, dropped when the object goes away, whoever is still connected). A server that cannot be reached fails
// the test; it is never skipped.
class ScratchLocation final
{
    Q_DISABLE_COPY_MOVE(ScratchLocation)

public:
    explicit ScratchLocation(const QString &folder);
    ~ScratchLocation();
    // A file path or a postgresql:// URL: what --db and DatabaseLocation take.
    const QString &text() const { return m_text; }

private:
    QString m_text;
    QString m_serverDatabase;
};

// A fresh demo-center database in a temporary folder (or on the test server), removed when the object goes away.
class TestDatabase final
{
public:
    explicit TestDatabase(bool withDemoCenter = true);
    ~TestDatabase();

    Database &db() { return *m_db; }
    // Where it is, as --db takes it: the file path on SQLite, the URL on PostgreSQL.
    QString path() const;
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the connection, as a restart of the program would.
    void reopen();
    // Another connection to the same database, as another desk's program has: its commits reach this program's
    // change feed only at the feed's next poll or notification.
    std::unique_ptr<Database> openAnother() const;

private:
    QTemporaryDir m_dir;
    ScratchLocation m_location;
    std::unique_ptr<Database> m_db;
};

// SHA-256 of a file's bytes (empty when it cannot be read): to prove a file was left untouched.
QByteArray fileDigest(const QString &path);

// 2020-05-18 (a Monday) at the given local time: the day of the sample booking files.
qint64 at(int hour, int minute = 0, int second = 0);
qint64 onDay(int year, int month, int day, int hour, int minute = 0);

} // namespace Kezek::Test
