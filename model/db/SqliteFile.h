#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace Kezek {

// Which file a path names: device and inode. Two equal identities are the same file, whatever its name; a
// path whose identity changed now names another file (the old one was deleted, replaced or moved away).
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;

    friend bool operator==(const FileIdentity &, const FileIdentity &) = default;
};

// The SQLite database file on disk: what must hold before SQLite may open it, how a new one is created, and
// which file a path names. One job: the file, not the connection.
class SqliteFile final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    // Why `path` cannot be opened as a Kezek database (a folder, read-only, empty, not SQLite, in a read-only
    // folder); with `create`, a missing file is created readable and writable by its owner only (0600), in
    // folders created 0700, whatever the umask. The file is left untouched on every refusal.
    static Status prepare(const QString &path, bool create);
    // The identity of the file `path` names now; nullopt when nothing is there.
    static std::optional<FileIdentity> identity(const QString &path);
    // Closing the last connection to a WAL database checkpoints and deletes the -wal and -shm files by name.
    // When the file a connection has open is no longer at its path, those names may belong to the file that
    // replaced it: this makes the close leave them alone.
    static void leaveSiblingsOnClose(const QSqlDatabase &db);
    // The -wal and -shm files beside `path` that this process has open belong to the file it opened, which is no
    // longer at `path`. Left there, SQLite would apply that old log to the file now at the path (or the next
    // one put there) and mix two databases. They are renamed to NAME.lost-DATE-TIME; returns the new names.
    static QStringList setAsideSiblings(const QString &path);
};

} // namespace Kezek
