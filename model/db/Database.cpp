#include "Database.h"

#include "Dialect.h"
#include "Query.h"
#include "Schema.h"
#include "ServerAddress.h"
#include "WriteTransaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QRandomGenerator>
#include <QThread>
#include <QTime>

namespace Kezek {

namespace {

QAtomicInt connectionCounter;

} // namespace

Backend DatabaseLocation::backend() const
{
    return ServerAddress::looksLikeServer(text) ? Backend::Postgres : Backend::Sqlite;
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
    , m_dialect(Dialect::of(backend))
    , m_name(m_location.text)
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
    const Backend backend = location.backend();
    std::optional<ServerAddress> server;
    if (backend == Backend::Postgres) {
        auto parsed = ServerAddress::parse(location.text);
        if (!parsed)
            return parsed.failure();
        server = std::move(parsed).value();
    } else if (auto status = SqliteFile::prepare(location.text, options.create); !status) {
        return status.failure();
    }
    const QString name = QStringLiteral("kezek-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(location, backend, name, options.busyTimeoutMs));
    if (server) {
        database->m_name = server->displayName();
        database->m_server = std::move(server);
    }
    if (auto status = database->connect(); !status)
        return status.failure();
    database->m_checkUpTo = options.checkAtOpenUpTo;
    if (auto status = database->checkAndMigrate(options.create, options.checkAtOpenUpTo); !status)
        return status.failure();
    return database;
}

Status Database::connect() const
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (m_server)
        m_server->applyTo(db, m_login ? &*m_login : nullptr);
    else
        db.setDatabaseName(m_location.text);
    if (!db.open()) {
        if (m_server) {
            return Failure{Failure::Kind::Database,
                           tr("%1: cannot connect to the center's server: %2").arg(m_name, db.lastError().databaseText().trimmed())};
        }
        return failure(tr("opening the database"), db.lastError());
    }
    if (auto status = configureConnection(db); !status)
        return status;
    if (!m_server)
        m_file = SqliteFile::identity(m_location.text);
    m_lost.reset();
    ++m_generation;
    return success();
}

Status Database::verifyFile() const
{
    if (m_damaged)
        return *m_damaged;
    if (m_lost)
        return *m_lost;
    if (m_server) {
        // The driver asks libpq, which knows a connection broke once a statement met it (no round trip here).
        if (connection().isOpen())
            return success();
        markLostServer();
        return *m_lost;
    }
    const auto now = SqliteFile::identity(m_location.text);
    if (now && now == m_file)
        return success();
    SqliteFile::setAsideSiblings(m_location.text);
    m_lost = Failure{Failure::Kind::Database,
                     now ? tr("%1: the database file was replaced by another file while Kezek had it open.")
                               .arg(m_location.text)
                         : tr("%1: the database file was deleted or moved away while Kezek had it open.")
                               .arg(m_location.text)};
    return *m_lost;
}

Status Database::ensureConnected(Reconnect how) const
{
    if (m_damaged)
        return *m_damaged;
    if (auto status = verifyFile(); status)
        return status;
    return reconnect(how);
}

void Database::markDamaged(const Failure &finding) const
{
    m_damaged = finding;
}

void Database::markLostServer() const
{
    m_lost = Failure{Failure::Kind::Database,
                     tr("No connection to the center's server %1 since %2; Kezek connects again by itself.")
                         .arg(m_name, QTime::currentTime().toString(QStringLiteral("HH:mm")))};
}

void Database::markBroken(const QString &cause) const
{
    m_lost = Failure{Failure::Kind::Database,
                     tr("%1: the connection to the database broke (%2); it is opened again at the next step.")
                         .arg(m_name, cause)};
}

void Database::pauseBeforeNextAttempt() const
{
    m_reconnectPause.restart();
    m_reconnectPauseMs = std::clamp(m_reconnectPauseMs * 2, 250, 5000);
}

Status Database::reconnect(Reconnect how) const
{
    std::optional<FileIdentity> there;
    if (m_server) {
        // Connecting to a host that does not answer waits out the connect timeout: not at every check.
        if (m_reconnectPause.isValid() && m_reconnectPause.elapsed() < m_reconnectPauseMs)
            return *m_lost;
        if (how == Reconnect::InBackground) {
            switch (m_probe.answer()) {
            case ServerProbe::Answer::None:
                m_probe.start(m_server->conninfo());
                return *m_lost;
            case ServerProbe::Answer::Pending:
                return *m_lost;
            case ServerProbe::Answer::Down:
                m_probe.reset();
                pauseBeforeNextAttempt();
                return *m_lost;
            case ServerProbe::Answer::Up:
                m_probe.reset();
                break;
            }
        }
        pauseBeforeNextAttempt();
    } else {
        there = SqliteFile::identity(m_location.text);
        // A file already refused (damaged, not Kezek's) is not checked again at every poll; another one may be put
        // there.
        if (there && there == m_refusedFile)
            return *m_lost;
        if (auto status = SqliteFile::prepare(m_location.text, false); !status)
            return *m_lost; // still lost; the reason stays the one the user saw first
    }
    if (!m_server && there != m_file)
        SqliteFile::leaveSiblingsOnClose(QSqlDatabase::database(m_connectionName, false));
    // A statement still in use (a Query alive further up) would be freed under its user: try again at the next
    // check instead.
    if (!closeConnection())
        return *m_lost;
    const Failure lostBefore = *m_lost;
    if (auto status = connect(); !status) {
        m_lost = lostBefore;
        return *m_lost;
    }
    if (auto status = checkAndMigrate(false, m_checkUpTo); !status) {
        m_lost = Failure{Failure::Kind::Database, status.message()};
        m_refusedFile = m_file;
        return *m_lost;
    }
    m_reconnectPauseMs = 0;
    m_reconnectPause.invalidate();
    return success();
}

bool Database::closeConnection() const
{
    {
        // Cached statements belong to the old connection.
        QMutexLocker lock(&m_cacheMutex);
        for (const auto &statement : std::as_const(m_statements)) {
            if (statement->inUse)
                return false;
        }
        m_statements.clear();
    }
    QSqlDatabase::database(m_connectionName, false).close();
    return true;
}

Status Database::useServerLogin(const std::optional<ServerLogin> &login) const
{
    if (!m_server || login == m_login)
        return success();
    if (!closeConnection()) {
        return Failure{Failure::Kind::Database,
                       tr("%1: the connection is busy; sign in again in a moment.").arg(m_name)};
    }
    const std::optional<ServerLogin> before = m_login;
    m_login = login;
    if (auto status = connect(); !status) {
        m_login = before;
        QSqlDatabase::database(m_connectionName, false).close();
        if (auto again = connect(); !again)
            markLostServer();
        return status;
    }
    return success();
}

Result<bool> Database::acceptsServerLogin(const ServerLogin &login) const
{
    if (!m_server)
        return false;
    return m_server->acceptsLogin(login);
}

Status Database::configureConnection(QSqlDatabase &db) const
{
    for (const QString &statement : m_dialect.connectionSetup(m_busyTimeoutMs)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return failure(tr("configuring the database connection"), query.lastError());
    }
    return success();
}

Status Database::checkAndMigrate(bool create, qint64 checkUpTo) const
{
    // Reading the catalogue proves the file is a readable SQLite database before anything is written.
    auto tables = Query::scalar(*this, m_dialect.countTablesSql(), {}, tr("reading the database structure"));
    if (!tables)
        return tables.failure();
    const bool empty = tables->value_or(0) == 0;
    if (empty && !create) {
        return Failure{Failure::Kind::Database,
                       m_server ? tr("%1: this database holds no tables, so it is not a Kezek database. Create one "
                                     "with \"kezekctl init\"; the database was left untouched.")
                                      .arg(m_name)
                                : tr("%1: this SQLite file holds no tables, so it is not a Kezek database. Create one "
                                     "with \"kezekctl init\"; the file was left untouched.")
                                      .arg(m_name)};
    }

    int version = 0;
    if (!empty) {
        auto hasVersionTable = Query::scalar(*this, m_dialect.tableExistsSql(),
                                             {{QStringLiteral(":name"), QStringLiteral("schema_version")}},
                                             tr("reading the schema version"));
        if (!hasVersionTable)
            return hasVersionTable.failure();
        if (hasVersionTable->value_or(0) == 0) {
            return Failure{Failure::Kind::Database,
                           m_server ? tr("%1: this database is not a Kezek database (it has tables but no schema "
                                         "version). It was left untouched.")
                                          .arg(m_name)
                                    : tr("%1: this SQLite file is not a Kezek database (it has no schema version). "
                                         "It was left untouched.")
                                          .arg(m_name)};
        }
        auto stored = Query::scalar(*this, QStringLiteral("SELECT max(version) FROM schema_version"), {},
                                    tr("reading the schema version"));
        if (!stored)
            return stored.failure();
        version = int(stored->value_or(0));
        if (version > schemaVersion) {
            return Failure{Failure::Kind::Database,
                           tr("%1 was written by a newer Kezek (schema version %2; this program knows up to %3). "
                              "Update Kezek; the database was left untouched.")
                               .arg(m_name)
                               .arg(version)
                               .arg(schemaVersion)};
        }
    }

    // Damage outside the pages read so far would otherwise be found only by a later statement, after this
    // program had written into the damaged file.
    // (A server checks its own pages.)
    m_checkedAtOpen = m_server || empty || QFileInfo(m_location.text).size() <= checkUpTo;
    if (!m_server && !empty && m_checkedAtOpen) {
        if (auto status = checkIntegrity(); !status)
            return status;
    }

    if (!m_server) {
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
        auto stored = Query::scalar(*this, m_dialect.tableExistsSql(),
                                    {{QStringLiteral(":name"), QStringLiteral("schema_version")}},
                                    tr("reading the schema version"));
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
            if (auto status = execute(m_dialect.schemaStatement(
                                          QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")),
                                      tr("creating the schema version table"));
                !status)
                return status;
        }
        for (const QString &statement : migration.statements) {
            if (auto status = execute(m_dialect.schemaStatement(statement),
                                      tr("upgrading the database to version %1").arg(migration.version));
                !status)
                return status;
        }
        for (const QString &statement : m_server ? migration.serverStatements : migration.fileStatements) {
            if (auto status = execute(statement, tr("upgrading the database to version %1").arg(migration.version));
                !status)
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

Status Database::execute(const QString &sql, const QString &doing) const
{
    if (m_lost)
        return *m_lost;
    QSqlQuery query(connection());
    countStatement();
    if (!query.exec(sql))
        return failure(doing, query.lastError());
    return success();
}

bool Database::retryWrite(const Failure &failure, int attempt) const
{
    if (!failure.transient || attempt >= maxWriteAttempts)
        return false;
    // The writers that collided would collide again at once; a few milliseconds apart, one of them goes first.
    QThread::msleep(quint32(attempt * 5 + QRandomGenerator::global()->bounded(10)));
    return true;
}

QSqlDatabase Database::connection() const
{
    if (QThread::currentThread() == m_ownerThread)
        return QSqlDatabase::database(m_connectionName, false);
    // The generation is part of the name: after a reconnect or a change of login, a thread's old clone (with the old
    // credentials) is left alone, to be removed with the rest in the destructor.
    const QString threadName = m_connectionName + QLatin1Char('@')
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThread())) + QLatin1Char('#')
        + QString::number(m_generation);
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
    statement->query.setForwardOnly(m_dialect.streamsRows());
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

QStringList Database::beginWriteStatements() const
{
    return m_dialect.beginWrite();
}

qint64 Database::dataVersion() const
{
    // A server tells of its commits itself (NOTIFY; ChangeFeed listens): nothing to poll there.
    if (m_server)
        return -1;
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

Status Database::checkIntegrity(bool thorough) const
{
    if (m_server)
        return success();
    QSqlQuery check(connection());
    check.setForwardOnly(true);
    if (!check.exec(thorough ? QStringLiteral("PRAGMA integrity_check(1)") : QStringLiteral("PRAGMA quick_check(1)")))
        return failure(tr("checking the database file"), check.lastError());
    const QString verdict = check.next() ? check.value(0).toString() : QString();
    if (verdict == QLatin1String("ok"))
        return success();
    return Failure{Failure::Kind::Database,
                   tr("%1: the database file is damaged (SQLite's check says: %2). Restore it from a backup; the "
                      "file was left untouched.")
                       .arg(m_name, verdict)};
}

Failure Database::failure(const QString &doing, const QSqlError &error) const
{
    QString cause;
    switch (m_dialect.classify(error)) {
    case SqlErrorClass::Busy:
        cause = tr("the database is locked by another program and stayed locked for %1 seconds. "
                   "Try again; if it persists, close the program holding it.")
                    .arg(m_busyTimeoutMs / 1000.0);
        break;
    case SqlErrorClass::Conflict: {
        Failure conflict{Failure::Kind::Database,
                         tr("%1: error while %2: another change got in the way again and again. Try again; nothing "
                            "of this step was saved.")
                             .arg(m_name, doing)};
        conflict.transient = true;
        return conflict;
    }
    case SqlErrorClass::ReadOnly:
        cause = m_server ? tr("the server accepts no changes (it is read-only or a standby). Ask the administrator.")
                         : tr("the database cannot be written: the file, its folder or the disk is read-only. Check "
                              "the permissions and the disk.");
        break;
    case SqlErrorClass::NoPermission:
        cause = tr("the server does not allow this account to do that. Ask the administrator to grant Kezek's role "
                   "its privileges (docs/DEPLOY.md).");
        break;
    case SqlErrorClass::Damaged:
        cause = tr("the database file is damaged. Restore it from a backup; the file was left untouched.");
        break;
    case SqlErrorClass::DiskFull:
        cause = tr("the disk is full. Free some space and try again; nothing of this step was saved.");
        break;
    case SqlErrorClass::DiskError:
        cause = tr("the disk reported a read or write error. Check the disk; nothing of this step was saved.");
        break;
    case SqlErrorClass::CannotOpen:
        cause = tr("the database file cannot be opened. Check that the folder exists and is writable.");
        break;
    case SqlErrorClass::ConnectionLost:
        markLostServer();
        return *m_lost;
    case SqlErrorClass::Other:
        if (m_server && !connection().isOpen()) {
            markLostServer();
            return *m_lost;
        }
        cause = error.text().trimmed();
        break;
    }
    return Failure{Failure::Kind::Database, tr("%1: error while %2: %3").arg(m_name, doing, cause)};
}

} // namespace Kezek
