#pragma once

#include "core/Result.h"

namespace Kezek {

class Database;

// The transaction under Database::write(), which is how every state change is made, and under the schema
// migrations (they check the version again once they hold the lock). It starts with the dialect's write lock
// (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL) and rolls back unless commit() succeeded.
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
