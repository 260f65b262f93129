#include "DatabaseWatcher.h"

#include "db/Database.h"

namespace Kezek {

DatabaseWatcher::DatabaseWatcher(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_generation(db.generation())
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
}

void DatabaseWatcher::start(int intervalMs)
{
    m_version = m_db.dataVersion();
    m_timer.start(intervalMs);
}

void DatabaseWatcher::stop()
{
    m_timer.stop();
}

void DatabaseWatcher::poll()
{
    if (auto status = m_db.ensureConnected(); !status) {
        if (status.message() != m_lostMessage) {
            m_lostMessage = status.message();
            Q_EMIT connectionLost(m_lostMessage);
        }
        return;
    }
    const bool reopened = m_db.generation() != m_generation;
    m_generation = m_db.generation();
    if (!m_lostMessage.isEmpty()) {
        m_lostMessage.clear();
        Q_EMIT connectionRestored();
    } else if (reopened) {
        Q_EMIT this->reopened();
    }
    const qint64 version = m_db.dataVersion();
    // -1: a backend without data_version (PostgreSQL); the periodic refresh of the views covers it.
    if (!reopened && (version == m_version || version < 0))
        return;
    m_version = version;
    Q_EMIT changed();
}

void DatabaseWatcher::notifyLocalChange()
{
    m_version = m_db.dataVersion();
    Q_EMIT changed();
}

} // namespace Kezek
