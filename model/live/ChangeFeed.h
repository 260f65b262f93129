#pragma once

#include "core/Result.h"
#include "live/ChangeSet.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTimer>

class QSqlDriver;

namespace Kezek {

class Database;

// The one change feed of a process: says what every commit changed, this process's and every other's, by reading
// the change log (db/Schema.cpp, version 6) after the last id it saw. It reads at once after each commit of this
// process (Database::commits), when another program committed (SQLite: PRAGMA data_version, one cheap query per
// poll; a server: its notification, no query at all), and after the connection came back, so a change made while
// this program could not see it is caught up rather than lost. A program that fell further behind than the log
// keeps, or a database file replaced by another, yields ChangeSet::all().
//
// Each poll also checks that the database is still there (Database::ensureConnected): when its file was deleted or
// replaced or the server went away, connectionLost() says so in words; once it is back, connectionRestored() and
// the catch-up follow.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    // How often SQLite's data_version is read (one PRAGMA, no table read): a commit elsewhere is seen within this,
    // plus the catch-up, inside the quarter of a second a screen may take.
    static constexpr int defaultIntervalMs = 200;
    // A catch-up reads at most this many log rows; beyond them reading everything again is cheaper.
    static constexpr int catchUpLimit = 5000;

    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);

    // Starts from the end of the log (what was read before start() is current) and follows it.
    void start(int intervalMs = defaultIntervalMs);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    bool isConnected() const { return m_lostMessage.isEmpty(); }

    // Checks the connection and, on SQLite, whether another program committed; catches up if so.
    void poll();
    // Reads the log after the last id seen and emits changed() if anything is there. A failed read keeps the
    // position, so the next one reads the same changes.
    Status catchUp();

Q_SIGNALS:
    void changed(const Kezek::ChangeSet &changes);
    void connectionLost(const QString &message);
    void connectionRestored();
    // The database was opened again at its path (its file had been replaced); changed(all) follows.
    void reopened();

private:
    // Asks the server for its change notifications (again, after a new connection).
    void listen();
    Status readPosition();

    static inline const QString changeChannel = QStringLiteral("kezek");

    const Database &m_db;
    QTimer m_timer;
    QTimer m_coalesce;
    QSqlDriver *m_driver = nullptr;
    qint64 m_version = -1;
    qint64 m_lastId = -1; // -1: the position is not known yet
    int m_generation = 0;
    QString m_lostMessage;
};

} // namespace Kezek
