#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QSqlDriver;

namespace Kezek {

class Database;

// Notices commits by any other connection or process and says so with changed(): on SQLite by PRAGMA data_version
// (one cheap query per poll), on a PostgreSQL server by the notifications its triggers send at every commit
// (LISTEN kezek; no query at all). Own commits are not counted either way, so callers that write announce them
// with notifyLocalChange().
//
// Each poll also checks that the database is still there (Database::ensureConnected): when its file was
// deleted or replaced, connectionLost() says so in words; once the database at the path is open again,
// connectionRestored() and changed() follow, since everything read before came from another file.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

public:
    static constexpr int defaultIntervalMs = 250;

    explicit DatabaseWatcher(const Database &db, QObject *parent = nullptr);

    void start(int intervalMs = defaultIntervalMs);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    bool isConnected() const { return m_lostMessage.isEmpty(); }

    // Checks at once; emits changed() if another connection committed since the last check.
    void poll();
    // This process wrote: tell the listeners now.
    void notifyLocalChange();

Q_SIGNALS:
    void changed();
    void connectionLost(const QString &message);
    void connectionRestored();
    // The database was opened again at its path (its file had been replaced); changed() follows.
    void reopened();

private:
    // Asks the server for its change notifications (again, after a new connection).
    void listen();

    static inline const QString changeChannel = QStringLiteral("kezek");

    const Database &m_db;
    QTimer m_timer;
    QTimer m_coalesce;
    QSqlDriver *m_driver = nullptr;
    qint64 m_version = -1;
    int m_generation = 0;
    QString m_lostMessage;
};

} // namespace Kezek
