#pragma once

#include <QObject>

namespace Kezek {

// Says that a write of this process committed (Database::write), so that the process's change feed reads the
// change log at once instead of waiting for a poll: a program's own commits do not move SQLite's data_version, and
// a server's notification of them may sit unread in the connection until its next statement.
class CommitSignal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitSignal)

public:
    using QObject::QObject;

Q_SIGNALS:
    void committed();
};

} // namespace Kezek
