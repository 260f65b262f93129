#include "DatabaseWatcher.h"

#include "db/Database.h"

#include <QSqlDriver>

namespace Kezek {

DatabaseWatcher::DatabaseWatcher(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_generation(db.generation())
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
    // A step sends a notification per row it changed; they arrive together and are read as one change.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &DatabaseWatcher::changed);
}

void DatabaseWatcher::start(int intervalMs)
{
    m_version = m_db.dataVersion();
    listen();
    m_timer.start(intervalMs);
}

void DatabaseWatcher::listen()
{
    if (m_db.backend() != Backend::Postgres)
        return;
    QSqlDriver *driver = m_db.connection().driver();
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        // Commits of this process are announced by notifyLocalChange(); the server tells of everybody else's.
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (source == QSqlDriver::OtherSource && !m_coalesce.isActive())
                        m_coalesce.start();
                });
    }
    if (!driver->subscribedToNotifications().contains(changeChannel))
        driver->subscribeToNotification(changeChannel);
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
    } else if (reopened && m_db.backend() == Backend::Sqlite) {
        Q_EMIT this->reopened();
    }
    if (m_db.backend() == Backend::Postgres) {
        // The server pushes its notifications (listen()); a new connection must ask for them again, and whatever
        // changed while there was none is read afresh.
        if (reopened) {
            listen();
            Q_EMIT changed();
        }
        return;
    }
    const qint64 version = m_db.dataVersion();
    if (!reopened && version == m_version)
        return;
    m_version = version;
    Q_EMIT changed();
}

void DatabaseWatcher::notifyLocalChange()
{
    // Own commits do not move data_version: taken now, so the next poll does not report this change twice.
    m_version = m_db.dataVersion();
    Q_EMIT changed();
}

} // namespace Kezek
