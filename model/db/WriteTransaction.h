#pragma once

#include "core/Result.h"

namespace Kezek {

class Database;

// One state change = one of these. On SQLite it starts with BEGIN IMMEDIATE: a deferred BEGIN that
// reads and then writes fails with SQLITE_BUSY when another process committed in between (WAL),
// which is exactly two operators calling at once. Rolls back unless commit() succeeded.
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();

    // Whether BEGIN succeeded; if not, status() says why and nothing may be written.
    bool isActive() const { return m_active; }
    const Status &status() const { return m_beginStatus; }

    Status commit();
    void rollback();

private:
    const Database &m_db;
    bool m_active = false;
    Status m_beginStatus;
};

} // namespace Kezek
