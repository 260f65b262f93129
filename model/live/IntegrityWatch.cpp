#include "IntegrityWatch.h"

#include "db/Database.h"

#include <QThread>

#include <memory>
#include <optional>

namespace Kezek {

IntegrityWatch::IntegrityWatch(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

IntegrityWatch::~IntegrityWatch()
{
    if (m_thread) {
        m_thread->wait(); // the check cannot be interrupted; it holds only a read transaction
        delete m_thread;
    }
}

bool IntegrityWatch::start()
{
    if (m_thread || m_db.checkedAtOpen() || m_db.backend() != Backend::Sqlite)
        return false;
    auto finding = std::make_shared<std::optional<Failure>>();
    const DatabaseLocation location = m_db.location();
    // A connection of its own, opened and closed on the worker thread (Qt's SQL connections are thread-bound).
    m_thread = QThread::create([location, finding] {
        OpenOptions options;
        options.checkAtOpenUpTo = -1; // checked below, whatever its size
        auto db = Database::open(location, options);
        if (!db)
            return; // the screens' own connection reports what is wrong with the file
        if (auto status = (*db)->checkIntegrity(); !status)
            *finding = status.failure();
    });
    connect(m_thread, &QThread::finished, this, [this, finding] {
        if (*finding) {
            m_db.markDamaged(**finding);
            Q_EMIT damaged((*finding)->message);
        }
        Q_EMIT finished();
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

bool IntegrityWatch::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Kezek
