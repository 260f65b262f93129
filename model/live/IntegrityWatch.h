#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace Kezek {

class Database;

// The integrity check of a database too big to check at open (Database::checkAtOpenLimit), run once on a
// worker thread with its own connection while the screens work. When it finds damage, the database is marked
// damaged (every step is then refused, so nothing more is written into the file) and damaged() says so.
class IntegrityWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrityWatch)

public:
    explicit IntegrityWatch(const Database &db, QObject *parent = nullptr);
    ~IntegrityWatch() override;

    // Starts the check unless the database was checked at open. Returns whether a check runs.
    bool start();
    bool isRunning() const;

Q_SIGNALS:
    void damaged(const QString &message);
    void finished();

private:
    const Database &m_db;
    QThread *m_thread = nullptr;
};

} // namespace Kezek
