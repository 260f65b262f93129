#pragma once

#include "core/Result.h"
#include "db/Backend.h"
#include "db/CommitSignal.h"
#include "db/ServerAddress.h"
#include "db/ServerProbe.h"
#include "db/SqliteFile.h"
#include "db/WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>

class QThread;

namespace Kezek {

class Dialect;

// Where a database lives: a file path for SQLite, a postgres:// URL for a center's server.
struct DatabaseLocation
{
    QString text;

    Backend backend() const;
    bool isSqlite() const { return backend() == Backend::Sqlite; }

    // KEZEK_DB if set, else kezek.sqlite in the per-user data folder.
    static DatabaseLocation standard();
};

struct OpenOptions
{
    bool create = false;         // create the file if it does not exist (init)
    int busyTimeoutMs = 5000;    // how long a writer waits for another writer
    // Files up to this size get SQLite's quick check at open (it reads every page: about 30 MB/s on a busy 2-core
    // PC, docs/BENCHMARKS.md); a bigger one is checked by IntegrityWatch in the background. Negative: never.
    qint64 checkAtOpenUpTo = 64 * 1024 * 1024;
};

// An open connection to a center's database with its schema at the current version.
// One named connection per thread: connection() clones the opening thread's settings on first use.
//
// A SQLite file can be deleted, replaced or moved while the connection has it open; SQLite then goes on
// reading and writing the old file, which nobody will ever see again. So the connection remembers which file
// the path named (device and inode) and checks at each write and each change check: when the path names
// another file or none, the connection is lost: every statement fails with lost() in words, and
// ensureConnected() opens the database at its path again once there is one.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Opens (and migrates) the database. A corrupt file, one written by a newer Kezek, a locked or
    // read-only file each yield a Failure naming the file and the cause; the file is left as it was.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location, const OpenOptions &options = {});
    ~Database();

    QSqlDatabase connection() const;
    Backend backend() const { return m_backend; }

    // Whether the path still names the file this connection has open (SQLite); marks the connection lost if not.
    // One stat() while all is well.
    Status verifyFile() const;
    // verifyFile(); when lost, tries to open the database at its path again (a replacement is opened, a missing
    // file stays lost and is never created). Success means statements reach the database at the path.
    // InBackground (the screens' polls): a server is first asked in a worker thread whether it is up, and connected
    // to only at a later call once it is, so that the caller never waits for a host that does not answer.
    enum class Reconnect { Now, InBackground };
    Status ensureConnected(Reconnect how = Reconnect::Now) const;
    // Why the connection is lost, while it is; every statement fails with this.
    const std::optional<Failure> &lost() const { return m_lost; }
    const std::optional<Failure> &damaged() const { return m_damaged; }
    // Counts the times the connection was (re)opened: when it moves, what was read before came from another file.
    int generation() const { return m_generation; }
    // SQLite's integrity check over every page: quick (structure; run at each open) or thorough (indexes too,
    // for "kezekctl check"). The failure quotes SQLite's first finding.
    Status checkIntegrity(bool thorough = false) const;
    // Whether the quick check ran at open (OpenOptions::checkAtOpenUpTo).
    bool checkedAtOpen() const { return m_checkedAtOpen; }
    // A check found damage: from now on every step is refused with `finding` (the file is left as it is).
    void markDamaged(const Failure &finding) const;
    // A ROLLBACK failed, so the connection may still be inside a transaction: it is reopened at the next step.
    void markBroken(const QString &cause) const;
    const DatabaseLocation &location() const { return m_location; }

    // On a server with staff logins (docs/ROLES.md): from here on, every statement runs as the person's own server
    // role, whose group holds only their role's privileges; nullopt goes back to the PC's own account (the address
    // and libpq's files). The connection is opened again (generation() moves); on failure the old one stays.
    Status useServerLogin(const std::optional<ServerLogin> &login) const;
    const std::optional<ServerLogin> &serverLogin() const { return m_login; }
    // Whether the server would let `login` in, asked on a connection of its own (this one is left as it is).
    Result<bool> acceptsServerLogin(const ServerLogin &login) const;

    // Runs `step` as one write transaction: begin (taking the write lock), step, commit. A step that fails rolls
    // everything back; one that met another writer (Failure::transient) is run again from the start, up to
    // maxWriteAttempts times, so a step must keep nothing of a failed attempt outside the database. A ROLLBACK that
    // fails marks the connection broken; it is opened again at the next write. Returns the step's result, or why
    // nothing was saved.
    template<typename Step>
    auto write(Step &&step) const -> std::invoke_result_t<Step &>;
    static constexpr int maxWriteAttempts = 5;

    // Emits committed() after each write() that committed, in the thread that wrote.
    const CommitSignal &commits() const { return m_commits; }
    // How many statements this database ran, for the benchmark and the tests that count reads.
    qint64 statementsRun() const { return m_statementsRun.load(std::memory_order_relaxed); }
    void countStatement() const { m_statementsRun.fetch_add(1, std::memory_order_relaxed); }

    // The statements that start a write transaction which takes the write lock at once (see Dialect).
    QStringList beginWriteStatements() const;
    // Where the database is, for messages: the file path, or the server's host:port/database (never a user name
    // or a password).
    const QString &name() const { return m_name; }
    const Dialect &dialect() const { return m_dialect; }

    // On SQLite, a number that changes whenever any other connection (of any process) commits a change: cheap
    // enough to poll every few hundred milliseconds. -1 on a server, which notifies instead.
    qint64 dataVersion() const;

    // Describes a failed statement for a user: what was being done, and the database's own words.
    Failure failure(const QString &doing, const QSqlError &error) const;

    static constexpr int schemaVersion = 10;

    // Runs a statement that takes no parameters and cannot be prepared (schema changes on PostgreSQL).
    Status execute(const QString &sql, const QString &doing) const;

    // A prepared statement for `sql` on this thread's connection, reused across calls: preparing is
    // most of the cost of a short statement. Returns nullptr when the cached one is busy (the same SQL
    // nested) or cannot be prepared, so that callers never share a statement. Give it back with release().
    QSqlQuery *acquire(const QString &sql) const;
    void release(const QString &sql) const;

private:
    // Whether a failed attempt of write() is worth another one; waits a little (growing, with jitter) if so.
    bool retryWrite(const Failure &failure, int attempt) const;

    Database(DatabaseLocation location, Backend backend, QString connectionName, int busyTimeoutMs);
    // Opens this thread's connection to the path and remembers which file it is.
    Status connect() const;
    // Drops the cached statements of the old connection and closes it; false while one is still in use.
    bool closeConnection() const;
    Status reconnect(Reconnect how) const;
    // The pause before the next attempt to reach the server doubles, from a quarter of a second up to five.
    void pauseBeforeNextAttempt() const;
    Status configureConnection(QSqlDatabase &db) const;
    void markLostServer() const;
    // `create`: an SQLite file without tables may become a Kezek database (init); otherwise it is refused.
    Status checkAndMigrate(bool create, qint64 checkUpTo) const;

    DatabaseLocation m_location;
    Backend m_backend;
    const Dialect &m_dialect;
    QString m_name;
    std::optional<ServerAddress> m_server;
    QString m_connectionName;
    int m_busyTimeoutMs;
    QThread *m_ownerThread;
    mutable std::optional<ServerLogin> m_login;
    mutable std::optional<FileIdentity> m_file;
    mutable std::optional<Failure> m_lost;
    mutable std::atomic<int> m_generation{0};
    mutable std::optional<Failure> m_damaged;
    mutable std::optional<FileIdentity> m_refusedFile; // put at the path while lost, and refused by the checks
    mutable bool m_checkedAtOpen = false;
    mutable QElapsedTimer m_reconnectPause; // since the last attempt to reach the server again
    mutable int m_reconnectPauseMs = 0;
    mutable ServerProbe m_probe;
    qint64 m_checkUpTo = 0;
    mutable CommitSignal m_commits;
    mutable std::atomic<qint64> m_statementsRun{0};

    struct CachedStatement
    {
        QSqlQuery query;
        bool inUse = false;
    };
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, std::shared_ptr<CachedStatement>> m_statements; // key: connection name + SQL
};

template<typename Step>
auto Database::write(Step &&step) const -> std::invoke_result_t<Step &>
{
    using StepResult = std::invoke_result_t<Step &>;
    for (int attempt = 1;; ++attempt) {
        WriteTransaction transaction(*this);
        if (!transaction.isActive()) {
            if (retryWrite(transaction.status().failure(), attempt))
                continue;
            return StepResult(transaction.status().failure());
        }
        StepResult result = step();
        if (!result) {
            transaction.rollback();
            if (retryWrite(result.failure(), attempt))
                continue;
            return result;
        }
        if (auto committed = transaction.commit(); !committed) {
            if (retryWrite(committed.failure(), attempt))
                continue;
            return StepResult(committed.failure());
        }
        Q_EMIT m_commits.committed();
        return result;
    }
}

} // namespace Kezek
