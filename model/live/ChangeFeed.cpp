#include "ChangeFeed.h"

#include "db/Database.h"
#include "db/Query.h"

#include <QSqlDriver>

namespace Kezek {

ChangeFeed::ChangeFeed(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_generation(db.generation())
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
    // Notifications of several commits that arrive together are read with one catch-up.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, [this] { (void)catchUp(); });
    // A write in a worker thread is read here, in the feed's thread, once the event loop gets to it.
    connect(&db.commits(), &CommitSignal::committed, this, [this] { (void)catchUp(); });
}

void ChangeFeed::start(int intervalMs)
{
    m_version = m_db.dataVersion();
    (void)readPosition();
    listen();
    m_timer.start(intervalMs);
}

void ChangeFeed::stop()
{
    m_timer.stop();
}

Status ChangeFeed::readPosition()
{
    auto last = Query::scalar(m_db, QStringLiteral("SELECT max(id) FROM change_log"), {},
                              tr("reading the change log"));
    if (!last)
        return last.failure();
    m_lastId = last->value_or(0);
    return success();
}

void ChangeFeed::listen()
{
    if (m_db.backend() != Backend::Postgres)
        return;
    QSqlDriver *driver = m_db.connection().driver();
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        // This process's commits are read at once (Database::commits); the server tells of everybody else's.
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (source == QSqlDriver::OtherSource && !m_coalesce.isActive())
                        m_coalesce.start();
                });
    }
    if (!driver->subscribedToNotifications().contains(changeChannel))
        driver->subscribeToNotification(changeChannel);
}

void ChangeFeed::poll()
{
    if (auto status = m_db.ensureConnected(Database::Reconnect::InBackground); !status) {
        if (status.message() != m_lostMessage) {
            m_lostMessage = status.message();
            Q_EMIT connectionLost(m_lostMessage);
        }
        return;
    }
    const bool reopened = m_db.generation() != m_generation;
    m_generation = m_db.generation();
    const bool wasLost = !m_lostMessage.isEmpty();
    if (wasLost) {
        m_lostMessage.clear();
        Q_EMIT connectionRestored();
    }
    if (reopened && m_db.backend() == Backend::Sqlite) {
        // Another file: its log is another log, and everything read before came from the old file.
        if (!wasLost)
            Q_EMIT this->reopened();
        m_version = m_db.dataVersion();
        m_lastId = -1;
        (void)catchUp();
        return;
    }
    if (reopened) {
        // A new connection to the same server must ask for its notifications again; what changed while there was
        // none is in the log after the last change seen.
        listen();
        (void)catchUp();
        return;
    }
    if (m_db.backend() == Backend::Postgres)
        return;
    const qint64 version = m_db.dataVersion();
    if (version == m_version)
        return;
    m_version = version;
    (void)catchUp();
}

Status ChangeFeed::catchUp()
{
    if (m_lastId < 0) {
        // The position was never read (or belonged to a replaced file): what is there now is all news.
        if (auto status = readPosition(); !status)
            return status;
        Q_EMIT changed(ChangeSet::all());
        return success();
    }
    Query q(m_db, QStringLiteral("SELECT id, item FROM change_log WHERE id > :last ORDER BY id LIMIT :limit"));
    q.bind(QStringLiteral(":last"), m_lastId).bind(QStringLiteral(":limit"), catchUpLimit);
    if (auto status = q.exec(tr("reading the change log")); !status)
        return status;
    ChangeSet changes;
    qint64 first = 0;
    qint64 last = m_lastId;
    int rows = 0;
    while (q.next()) {
        last = q.int64(0);
        if (rows++ == 0)
            first = last;
        changes.add(q.text(1));
    }
    if (rows == 0)
        return success();
    if (first > m_lastId + 1) {
        // A gap: ids a rolled-back transaction took, or rows pruned before this program read them.
        auto oldest = Query::scalar(m_db, QStringLiteral("SELECT min(id) FROM change_log"), {},
                                    tr("reading the change log"));
        if (!oldest)
            return oldest.failure();
        if (oldest->value_or(0) > m_lastId)
            changes = ChangeSet::all();
    }
    if (rows == catchUpLimit) {
        changes = ChangeSet::all();
        if (auto status = readPosition(); !status)
            return status;
    } else {
        m_lastId = last;
    }
    Q_EMIT changed(changes);
    return success();
}

} // namespace Kezek
