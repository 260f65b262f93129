#include "SqliteFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Kezek {

namespace {

// SQLite files start with this 16-byte header; anything else is not ours to touch.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Failure refusal(const QString &message)
{
    return Failure{Failure::Kind::Database, message};
}

// Creates `folder` and its missing parents, each 0770: the database holds IINs, names and phones. Its owner and group
// only: on SQLite whoever can write the file can do anything in it (docs/ROLES.md), so the group is the center's
// Kezek users of this PC, and nobody else.
Status createPrivateFolders(const QString &folder)
{
    QStringList missing;
    for (QDir dir(folder); !dir.exists(); dir.setPath(QFileInfo(dir.path()).path())) {
        missing.prepend(dir.path());
        if (dir.isRoot())
            break;
    }
    for (const QString &path : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU | S_IRWXG) != 0 && !QFileInfo(path).isDir())
            return refusal(SqliteFile::tr("cannot create the folder %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        ::chmod(QFile::encodeName(path).constData(), S_IRWXU | S_IRWXG); // mkdir's mode passes through the umask
    }
    return success();
}

// The database file, 0660 (SQLite gives its -wal and -shm files the same mode).
Status createPrivateFile(const QString &path)
{
    constexpr mode_t ownerAndGroup = S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP;
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, ownerAndGroup);
    if (fd < 0) {
        return refusal(SqliteFile::tr("%1: cannot create the database file: %2")
                           .arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    ::fchmod(fd, ownerAndGroup);
    ::close(fd);
    return success();
}

} // namespace

Status SqliteFile::prepare(const QString &path, bool create)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!info.exists()) {
        if (!create)
            return refusal(tr("%1: the database does not exist. Create it with \"kezekctl init\".").arg(path));
        if (auto status = createPrivateFolders(folder); !status)
            return refusal(tr("%1: %2").arg(path, status.message()));
        if (!QFileInfo(folder).isWritable()) {
            return refusal(tr("%1: the folder %2 is read-only, so the database cannot be created there.")
                               .arg(path, folder));
        }
        return createPrivateFile(path);
    }
    if (info.isDir())
        return refusal(tr("%1: this is a folder, not a database file.").arg(path));
    if (!info.isWritable()) {
        return refusal(tr("%1: the database file is read-only. Kezek needs to write to it; check the file's "
                          "permissions. It was left untouched.")
                           .arg(path));
    }
    if (!QFileInfo(folder).isWritable()) {
        // SQLite keeps its write-ahead log and shared-memory index beside the file.
        return refusal(tr("%1: the folder %2 is read-only. Kezek needs to create the files %3-wal and %3-shm "
                          "beside the database; check the folder's permissions. The file was left untouched.")
                           .arg(path, folder, info.fileName()));
    }
    if (info.size() == 0 && !create) {
        // SQLite would take an empty file as an empty database and the migrations would fill it: a file that
        // lost its content is not to be replaced by a fresh database behind the user's back.
        return refusal(tr("%1: the file is empty, not a Kezek database. Create one with \"kezekctl init\"; "
                          "the file was left untouched.")
                           .arg(path));
    }
    if (info.size() > 0 && !hasSqliteHeader(path)) {
        return refusal(tr("%1: the file is not a Kezek database or is damaged (no SQLite header). "
                          "It was left untouched.")
                           .arg(path));
    }
    return success();
}

std::optional<FileIdentity> SqliteFile::identity(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{quint64(status.st_dev), quint64(status.st_ino)};
}

QStringList SqliteFile::setAsideSiblings(const QString &path)
{
    // What this process has open, by identity; /proc/self/fd/N follows to the file even when it was deleted.
    QList<FileIdentity> open;
    for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::Files | QDir::System)) {
        if (auto id = identity(fd.filePath()))
            open.append(*id);
    }
    QStringList setAside;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString sibling = path + QLatin1String(suffix);
        const auto id = identity(sibling);
        if (!id || !open.contains(*id))
            continue;
        const QString aside = sibling + QStringLiteral(".lost-") + stamp;
        if (QFile::rename(sibling, aside))
            setAside.append(aside);
    }
    return setAside;
}

void SqliteFile::leaveSiblingsOnClose(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData()))
        sqlite3_db_config(connection, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

} // namespace Kezek
