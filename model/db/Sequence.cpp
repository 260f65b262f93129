#include "Sequence.h"

#include "Database.h"
#include "Query.h"

namespace Kezek::Sequence {

Result<qint64> next(const Database &db, const QString &name)
{
    Query q(db, QStringLiteral("INSERT INTO sequences (name, value) VALUES (:name, 1) "
                               "ON CONFLICT (name) DO UPDATE SET value = sequences.value + 1 RETURNING value"));
    q.bind(QStringLiteral(":name"), name);
    if (auto status = q.exec(Database::tr("numbering %1").arg(name)); !status)
        return status.failure();
    if (!q.next())
        return Failure{Failure::Kind::Database, Database::tr("numbering %1 returned nothing.").arg(name)};
    return q.int64(0);
}

} // namespace Kezek::Sequence
