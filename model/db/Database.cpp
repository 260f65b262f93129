#include "Database.h"

#include "Query.h"
#include "Schema.h"
#include "WriteTransaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace Kezek {

namespace {

QAtomicInt connectionCounter;

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgres://")) || text.startsWith(QLatin1String("postgresql://"));
}

// SQLite files start with this 16-byte header; anything else is not ours to touch.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool mentions(const QSqlError &error, const char *needle)
{
    return error.databaseText().contains(QLatin1String(needle), Qt::CaseInsensitive)
        || error.driverText().contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

Backend DatabaseLocation::backend() const
{
    return isPostgresUrl(text) ? Backend::Postgres : Backend::Sqlite;
}

DatabaseLocation DatabaseLocation::standard()
{
    const QString fromEnvironment = qEnvironmentVariable("KEZEK_DB");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    // Spelled out rather than AppDataLocation, which depends on each program's organisation name:
    // kezek and kezekctl must find the same file.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return {QDir(folder).filePath(QStringLiteral("Kezek/kezek.sqlite"))};
}

Database::Database(DatabaseLocation location, Backend backend, QString connectionName, int busyTimeoutMs)
    : m_location(std::move(location))
    , m_backend(backend)
    , m_connectionName(std::move(connectionName))
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_ownerThread(QThread::currentThread())
{
}

Database::~Database()
{
    {
        // Statements hold their connection open; they go first.
        QMutexLocker lock(&m_cacheMutex);
        m_statements.clear();
    }
    // Connections of other threads are removed by those threads' owners; ours goes here.
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name == m_connectionName || name.startsWith(m_connectionName + QLatin1Char('@'))) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, const OpenOptions &options)
{
    if (location.backend() == Backend::Postgres) {
        return Failure{Failure::Kind::Database,
                       tr("%1: PostgreSQL databases are not supported by this version of Kezek yet.")
                           .arg(location.text)};
    }

    const QString path = location.text;
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.create) {
            return Failure{Failure::Kind::Database,
                           tr("%1: the database does not exist. Create it with \"kezekctl init\".").arg(path)};
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return Failure{Failure::Kind::Database,
                           tr("%1: cannot create the folder %2.").arg(path, info.absolutePath())};
        }
    } else if (info.isDir()) {
        return Failure{Failure::Kind::Database, tr("%1: this is a folder, not a database file.").arg(path)};
    } else if (!info.isWritable()) {
        return Failure{Failure::Kind::Database,
                       tr("%1: the database file is read-only. Kezek needs to write to it; check the file's "
                          "permissions. It was left untouched.")
                           .arg(path)};
    } else if (info.size() == 0 && !options.create) {
        // SQLite would take an empty file as an empty database and the migrations would fill it: a file that
        // lost its content is not to be replaced by a fresh database behind the user's back.
        return Failure{Failure::Kind::Database,
                       tr("%1: the file is empty, not a Kezek database. Create one with \"kezekctl init\"; "
                          "the file was left untouched.")
                           .arg(path)};
    } else if (info.size() > 0 && !hasSqliteHeader(path)) {
        return Failure{Failure::Kind::Database,
                       tr("%1: the file is not a Kezek database or is damaged (no SQLite header). "
                          "It was left untouched.")
                           .arg(path)};
    }

    const QString name = QStringLiteral("kezek-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(location, Backend::Sqlite, name, options.busyTimeoutMs));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return database->failure(tr("opening the database"), db.lastError());
        if (auto status = database->configureConnection(db); !status)
            return status.failure();
    }
    if (auto status = database->checkAndMigrate(); !status)
        return status.failure();
    return database;
}

Status Database::configureConnection(QSqlDatabase &db) const
{
    // busy_timeout first: every later statement may meet another process's lock.
    const QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return failure(tr("configuring the database connection"), query.lastError());
    }
    return success();
}

Status Database::checkAndMigrate()
{
    // Reading the catalogue proves the file is a readable SQLite database before anything is written.
    auto tables = Query::scalar(*this, QStringLiteral("SELECT count(*) FROM sqlite_master"), {},
                                tr("reading the database structure"));
    if (!tables)
        return tables.failure();
    const bool empty = tables->value_or(0) == 0;

    int version = 0;
    if (!empty) {
        auto hasVersionTable = Query::scalar(
            *this, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"),
            {}, tr("reading the schema version"));
        if (!hasVersionTable)
            return hasVersionTable.failure();
        if (hasVersionTable->value_or(0) == 0) {
            return Failure{Failure::Kind::Database,
                           tr("%1: this SQLite file is not a Kezek database (it has no schema version). "
                              "It was left untouched.")
                               .arg(m_location.text)};
        }
        auto stored = Query::scalar(*this, QStringLiteral("SELECT max(version) FROM schema_version"), {},
                                    tr("reading the schema version"));
        if (!stored)
            return stored.failure();
        version = int(stored->value_or(0));
        if (version > schemaVersion) {
            return Failure{Failure::Kind::Database,
                           tr("%1 was written by a newer Kezek (schema version %2; this program knows up to %3). "
                              "Update Kezek; the file was left untouched.")
                               .arg(m_location.text)
                               .arg(version)
                               .arg(schemaVersion)};
        }
    }

    {
        // WAL lets the hall display and the dashboard read while operators write.
        QSqlQuery wal(connection());
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return failure(tr("switching the database to write-ahead logging"), wal.lastError());
    }

    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= version)
            continue;
        WriteTransaction transaction(*this);
        if (!transaction.isActive())
            return transaction.status();
        // Another process may have migrated while we waited for the write lock.
        auto stored = Query::scalar(*this,
                                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                   "AND name = 'schema_version'"),
                                    {}, tr("reading the schema version"));
        if (!stored)
            return stored.failure();
        if (stored->value_or(0) > 0) {
            auto current = Query::scalar(*this, QStringLiteral("SELECT max(version) FROM schema_version"), {},
                                         tr("reading the schema version"));
            if (!current)
                return current.failure();
            if (current->value_or(0) >= migration.version)
                continue;
        } else {
            Query create(*this, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
            if (auto status = create.exec(tr("creating the schema version table")); !status)
                return status;
        }
        for (const QString &statement : migration.statements) {
            Query step(*this, statement);
            if (auto status = step.exec(tr("upgrading the database to version %1").arg(migration.version)); !status)
                return status;
        }
        Query bump(*this, QStringLiteral("INSERT INTO schema_version (version) VALUES (:v)"));
        bump.bind(QStringLiteral(":v"), migration.version);
        if (auto status = bump.exec(tr("recording the schema version")); !status)
            return status;
        if (auto status = transaction.commit(); !status)
            return status;
    }
    return success();
}

QSqlDatabase Database::connection() const
{
    if (QThread::currentThread() == m_ownerThread)
        return QSqlDatabase::database(m_connectionName, false);
    const QString threadName = m_connectionName + QLatin1Char('@')
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(threadName))
        return QSqlDatabase::database(threadName, false);
    QSqlDatabase clone = QSqlDatabase::cloneDatabase(m_connectionName, threadName);
    if (clone.open())
        (void)configureConnection(clone);
    return clone;
}

QSqlQuery *Database::acquire(const QString &sql) const
{
    const QSqlDatabase db = connection();
    const QString key = db.connectionName() + QLatin1Char('\n') + sql;
    QMutexLocker lock(&m_cacheMutex);
    auto it = m_statements.find(key);
    if (it != m_statements.end()) {
        if ((*it)->inUse)
            return nullptr;
        (*it)->inUse = true;
        return &(*it)->query;
    }
    constexpr qsizetype maxCachedStatements = 256;
    if (m_statements.size() >= maxCachedStatements)
        return nullptr;
    auto statement = std::make_shared<CachedStatement>(CachedStatement{QSqlQuery(db), true});
    statement->query.setForwardOnly(true);
    if (!statement->query.prepare(sql))
        return nullptr; // the caller prepares its own and reports the error
    m_statements.insert(key, statement);
    return &statement->query;
}

void Database::release(const QString &sql) const
{
    const QString key = connection().connectionName() + QLatin1Char('\n') + sql;
    QMutexLocker lock(&m_cacheMutex);
    auto it = m_statements.find(key);
    if (it != m_statements.end())
        (*it)->inUse = false;
}

QString Database::beginWriteSql() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                        : QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE");
}

qint64 Database::dataVersion() const
{
    QSqlQuery query(connection());
    if (m_backend == Backend::Sqlite && query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

Failure Database::failure(const QString &doing, const QSqlError &error) const
{
    QString cause;
    if (mentions(error, "locked") || mentions(error, "busy")) {
        cause = tr("the database is locked by another program and stayed locked for %1 seconds. "
                   "Try again; if it persists, close the program holding it.")
                    .arg(m_busyTimeoutMs / 1000.0);
    } else if (mentions(error, "readonly") || mentions(error, "read-only") || mentions(error, "read only")) {
        cause = tr("the database file is read-only. Check the file's permissions and the disk.");
    } else if (mentions(error, "malformed") || mentions(error, "not a database") || mentions(error, "corrupt")) {
        cause = tr("the database file is damaged. Restore it from a backup; the file was left untouched.");
    } else if (mentions(error, "unable to open")) {
        cause = tr("the database file cannot be opened. Check that the folder exists and is writable.");
    } else {
        cause = error.text().trimmed();
    }
    return Failure{Failure::Kind::Database, tr("%1: error while %2: %3").arg(m_location.text, doing, cause)};
}

} // namespace Kezek
