#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Kezek {

class Database;

// Copies a whole center, history included, from one database into another that holds no center yet: how a
// center moves from its one PC's SQLite file onto the LAN's PostgreSQL server. Every table is copied row for row
// with its ids, in one transaction of the target, and the row counts are compared before it commits: the target
// ends up with all of it or none of it, so a copy that failed can simply be run again. A target that already holds
// a center (a copy made before, or another center) is refused and left as it was.
class CenterCopy final
{
    Q_DECLARE_TR_FUNCTIONS(CenterCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    // Rows copied so far and in all; return false to stop (nothing is then written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    CenterCopy(const Database &source, const Database &target);

    Result<QList<TableCount>> run(const Progress &progress = {}) const;

    // Every table of the schema, parents before the tables that refer to them.
    static const QStringList &tablesInCopyOrder();

private:
    Status checkSourceHasNoOtherTables() const;
    Status checkTargetIsEmpty() const;
    Result<qint64> copyTable(const QString &table, qint64 &done, qint64 total, const Progress &progress) const;

    const Database &m_source;
    const Database &m_target;
};

} // namespace Kezek
