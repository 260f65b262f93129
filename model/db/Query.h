#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>

namespace Kezek {

class Database;

// A prepared statement with bound parameters whose every failure becomes a Failure in words.
class Query final
{
public:
    Query(const Database &db, const QString &sql);
    ~Query();
    Q_DISABLE_COPY_MOVE(Query)

    Query &bind(const QString &placeholder, const QVariant &value);
    // Executes; on error returns a Failure that names `doing` ("calling the next ticket").
    Status exec(const QString &doing);

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    qint64 int64(int column) const { return m_query->value(column).toLongLong(); }
    int integer(int column) const { return m_query->value(column).toInt(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    std::optional<qint64> optionalInt64(int column) const;
    int rowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery &raw() { return *m_query; }

    // Binds every value and runs a statement that returns no rows.
    static Status run(const Database &db, const QString &sql, const QVariantMap &binds, const QString &doing);
    // Runs a query expected to return one integer (count, id, max); nullopt when no row or NULL.
    static Result<std::optional<qint64>> scalar(const Database &db, const QString &sql, const QVariantMap &binds,
                                                const QString &doing);

private:
    const Database &m_db;
    QString m_sql;
    QSqlQuery *m_cached = nullptr;        // a statement borrowed from the database's cache, or
    std::unique_ptr<QSqlQuery> m_own;     // one of our own when the cached one is busy
    QSqlQuery *m_query = nullptr;
    bool m_prepared = false;
};

// Maps a possibly absent value to SQL NULL.
template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace Kezek
