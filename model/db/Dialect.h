#pragma once

#include "db/Backend.h"

#include <QString>
#include <QStringList>

class QSqlError;

namespace Kezek {

// What went wrong with a statement, read from the engine's own code (SQLite's result code, PostgreSQL's
// SQLSTATE), never from its message text, which changes with the engine's version and language.
enum class SqlErrorClass {
    Other,
    Busy,           // another writer held the lock past the wait (SQLite busy, PostgreSQL lock timeout)
    Conflict,       // serialization failure or deadlock: the transaction may simply be tried again
    ReadOnly,       // read-only file, disk or server (or a standby)
    NoPermission,   // the server refused this account the table or the action
    Damaged,        // the engine found its own data damaged
    DiskFull,
    DiskError,
    CannotOpen,
    ConnectionLost, // the server went away (restart, shutdown, network)
};

// Everything that is spelled differently per engine; rules and stores are written once, in the SQL both
// understand, and never look at the engine. One instance per engine, shared (it holds no state).
class Dialect
{
public:
    virtual ~Dialect() = default;
    static const Dialect &of(Backend backend);

    virtual Backend backend() const = 0;
    virtual QString driverName() const = 0;

    // Statements run on every new connection, after the driver connected.
    virtual QStringList connectionSetup(int busyTimeoutMs) const = 0;
    // Statements that start a write transaction holding the database's one write lock: every writer waits
    // for the one before it, so a rule that reads and then writes sees all that was committed before it.
    virtual QStringList beginWrite() const = 0;

    // Starts a read-only transaction that sees one snapshot of the database from its first read on.
    virtual QString beginSnapshot() const = 0;
    // After rows were inserted with their ids: the statement that makes the table's own numbering continue after
    // the highest id (empty where the engine does that by itself, as SQLite's rowids do).
    virtual QString continueIdentitySql(const QString &table) const = 0;

    // Inside a write transaction that inserts a whole center: what quiets the per-row change notifications, and
    // what announces the whole change once before the commit (empty where there are none).
    virtual QStringList bulkCopyStart() const = 0;
    virtual QStringList bulkCopyEnd() const = 0;

    // How many tables the database holds, and whether a table named :name exists (schema introspection).
    virtual QString countTablesSql() const = 0;
    virtual QString tableExistsSql() const = 0;

    // A schema statement of the migrations, which are written for SQLite, in this engine's spelling:
    // on PostgreSQL, a rowid key becomes an identity column and every INTEGER a BIGINT (second counts
    // overflow a 32-bit INTEGER in 2038).
    virtual QString schemaStatement(const QString &statement) const = 0;

    virtual SqlErrorClass classify(const QSqlError &error) const = 0;

    // Whether statements may stream their rows (SQLite) or must fetch them whole: Qt's PostgreSQL driver
    // drops the unread rows of a streaming statement when the connection runs another one.
    virtual bool streamsRows() const = 0;

protected:
    Dialect() = default;
};

} // namespace Kezek
