#include "Dialect.h"

#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

namespace Kezek {

namespace {

class SqliteDialect final : public Dialect
{
public:
    Backend backend() const override { return Backend::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    QStringList connectionSetup(int busyTimeoutMs) const override
    {
        // busy_timeout first: every later statement may meet another process's lock.
        return {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA synchronous = NORMAL")};
    }

    // A deferred BEGIN that reads and then writes fails at once with SQLITE_BUSY when another process committed
    // in between (WAL), which is exactly two operators calling at once; IMMEDIATE takes the write lock first.
    QStringList beginWrite() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }

    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }
    QString continueIdentitySql(const QString &) const override { return {}; }
    QStringList bulkCopyStart() const override { return {}; }
    QStringList bulkCopyEnd() const override { return {}; }

    QString countTablesSql() const override
    {
        // Not SQLite's own (sqlite_sequence, which AUTOINCREMENT creates).
        return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'");
    }
    QString tableExistsSql() const override
    {
        return QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name");
    }

    QString schemaStatement(const QString &statement) const override { return statement; }

    SqlErrorClass classify(const QSqlError &error) const override
    {
        // The primary result code is the low byte of an extended one; the driver's own errors have none.
        bool numeric = false;
        const int code = error.nativeErrorCode().toInt(&numeric) & 0xFF;
        if (!numeric)
            return SqlErrorClass::Other;
        switch (code) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return SqlErrorClass::Busy;
        case SQLITE_READONLY:
            return SqlErrorClass::ReadOnly;
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return SqlErrorClass::NoPermission;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return SqlErrorClass::Damaged;
        case SQLITE_FULL:
            return SqlErrorClass::DiskFull;
        case SQLITE_IOERR:
            return SqlErrorClass::DiskError;
        case SQLITE_CANTOPEN:
            return SqlErrorClass::CannotOpen;
        default:
            return SqlErrorClass::Other;
        }
    }

    bool streamsRows() const override { return true; }
};

class PostgresDialect final : public Dialect
{
public:
    Backend backend() const override { return Backend::Postgres; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }

    QStringList connectionSetup(int busyTimeoutMs) const override
    {
        // lock_timeout is busy_timeout's twin: how long a writer waits for the write lock before it gives up in
        // words. The session is left in UTC and ISO dates by the driver; Kezek stores epoch seconds anyway.
        return {QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs),
                QStringLiteral("SET idle_in_transaction_session_timeout = %1").arg(std::max(60000, 4 * busyTimeoutMs))};
    }

    // One transaction-scoped advisory lock is the whole center's write lock, as BEGIN IMMEDIATE is on SQLite.
    // Each statement of a READ COMMITTED transaction sees every commit made before it, so once the lock is held
    // the rules read what the previous writer left, exactly as on SQLite: the same code is correct on both, and
    // thirty windows calling at once queue for well under a millisecond each instead of retrying serialization
    // failures. Readers never wait for it. The key spells "KEZEK" in ASCII.
    QStringList beginWrite() const override
    {
        return {QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"),
                QStringLiteral("SELECT pg_advisory_xact_lock(293287937355)")};
    }

    QString beginSnapshot() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
    QString continueIdentitySql(const QString &table) const override
    {
        // `table` is one of the schema's own names, never user input. setval of NULL (an empty table) does nothing.
        return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT max(id) FROM %1))").arg(table);
    }

    QStringList bulkCopyStart() const override { return {QStringLiteral("SET LOCAL kezek.bulk_copy = 'on'")}; }
    QStringList bulkCopyEnd() const override
    {
        return {QStringLiteral("SET LOCAL kezek.bulk_copy = 'off'"),
                QStringLiteral("INSERT INTO change_log (item) VALUES ('all')"), QStringLiteral("SELECT pg_notify('kezek', '')")};
    }

    QString countTablesSql() const override
    {
        return QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");
    }
    QString tableExistsSql() const override
    {
        return QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                              "AND tablename = :name");
    }

    QString schemaStatement(const QString &statement) const override
    {
        static const QRegularExpression rowid(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        QString spelled = statement;
        spelled.replace(rowid, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        spelled.replace(integer, QStringLiteral("BIGINT"));
        return spelled;
    }

    SqlErrorClass classify(const QSqlError &error) const override
    {
        // Qt's PostgreSQL driver puts the SQLSTATE in nativeErrorCode(); a connection that broke has none.
        const QString state = error.nativeErrorCode();
        if (state.isEmpty())
            return error.type() == QSqlError::ConnectionError ? SqlErrorClass::ConnectionLost : SqlErrorClass::Other;
        if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
            return SqlErrorClass::Conflict;
        if (state == QLatin1String("55P03") || state == QLatin1String("57014"))
            return SqlErrorClass::Busy;
        if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
            return SqlErrorClass::ConnectionLost;
        if (state == QLatin1String("25006"))
            return SqlErrorClass::ReadOnly;
        if (state == QLatin1String("42501") || state.startsWith(QLatin1String("28")))
            return SqlErrorClass::NoPermission;
        if (state == QLatin1String("53100"))
            return SqlErrorClass::DiskFull;
        if (state == QLatin1String("58030"))
            return SqlErrorClass::DiskError;
        if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
            return SqlErrorClass::Damaged;
        return SqlErrorClass::Other;
    }

    bool streamsRows() const override { return false; }
};

} // namespace

const Dialect &Dialect::of(Backend backend)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (backend == Backend::Postgres)
        return postgres;
    return sqlite;
}

} // namespace Kezek
