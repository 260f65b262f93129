#include "Query.h"

#include "Database.h"
#include "Dialect.h"

#include <QSqlError>

namespace Kezek {

Query::Query(const Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
    , m_cached(db.acquire(sql))
{
    if (m_cached) {
        m_query = m_cached;
        m_prepared = true;
    } else {
        m_own = std::make_unique<QSqlQuery>(db.connection());
        m_own->setForwardOnly(db.dialect().streamsRows());
        m_prepared = m_own->prepare(sql);
        m_query = m_own.get();
    }
}

Query::~Query()
{
    // Resets the statement so that it holds no read lock while it sits in the cache.
    m_query->finish();
    if (m_cached)
        m_db.release(m_sql);
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    // Flags are INTEGER columns on both engines; PostgreSQL refuses TRUE/FALSE for them.
    m_query->bindValue(placeholder, value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
    return *this;
}

Status Query::exec(const QString &doing)
{
    if (const auto &lost = m_db.lost())
        return *lost;
    if (const auto &damaged = m_db.damaged())
        return *damaged;
    m_db.countStatement();
    if (!m_prepared || !m_query->exec())
        return m_db.failure(doing, m_query->lastError());
    return success();
}

std::optional<qint64> Query::optionalInt64(int column) const
{
    const QVariant v = m_query->value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Status Query::run(const Database &db, const QString &sql, const QVariantMap &binds, const QString &doing)
{
    Query q(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    return q.exec(doing);
}

Result<std::optional<qint64>> Query::scalar(const Database &db, const QString &sql, const QVariantMap &binds,
                                            const QString &doing)
{
    Query q(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    if (auto status = q.exec(doing); !status)
        return status.failure();
    if (!q.next())
        return std::optional<qint64>();
    return q.optionalInt64(0);
}

} // namespace Kezek
