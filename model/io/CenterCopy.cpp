#include "CenterCopy.h"

#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Query.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlRecord>

namespace Kezek {

CenterCopy::CenterCopy(const Database &source, const Database &target)
    : m_source(source)
    , m_target(target)
{
}

const QStringList &CenterCopy::tablesInCopyOrder()
{
    static const QStringList tables{
        QStringLiteral("center"),        QStringLiteral("services"),        QStringLiteral("operators"),
        QStringLiteral("windows"),       QStringLiteral("window_services"), QStringLiteral("window_events"),
        QStringLiteral("priority_categories"), QStringLiteral("sequences"), QStringLiteral("bookings"),
        QStringLiteral("tickets"),       QStringLiteral("events"),          QStringLiteral("served_services"),
        QStringLiteral("report_days"),   QStringLiteral("report_figures"),  QStringLiteral("audit_log"),
        QStringLiteral("opening_hours"), QStringLiteral("closed_days"),
    };
    return tables;
}

Status CenterCopy::checkSourceHasNoOtherTables() const
{
    // A table added by a later migration and missing from the list would be left behind without a word.
    auto tables = Query::scalar(m_source, m_source.dialect().countTablesSql(), {}, tr("reading the tables"));
    if (!tables)
        return tables.failure();
    // And schema_version and change_log, which each side keeps itself.
    const qint64 known = tablesInCopyOrder().size() + 2;
    if (tables->value_or(0) != known) {
        return Failure{Failure::Kind::Invalid, tr("%1 has %2 tables where this Kezek knows %3; nothing was copied.")
                                                   .arg(m_source.name())
                                                   .arg(tables->value_or(0))
                                                   .arg(known)};
    }
    return success();
}

Status CenterCopy::checkTargetIsEmpty() const
{
    for (const QString &table : tablesInCopyOrder()) {
        auto rows = Query::scalar(m_target, QStringLiteral("SELECT count(*) FROM ") + table, {},
                                  tr("reading %1 in the target").arg(table));
        if (!rows)
            return rows.failure();
        if (rows->value_or(0) > 0) {
            return Failure{Failure::Kind::Conflict,
                           tr("%1 already holds a center (%2 rows in %3): a center is copied only into an empty "
                              "database. It was left as it was.")
                               .arg(m_target.name())
                               .arg(rows->value_or(0))
                               .arg(table)};
        }
    }
    return success();
}

Result<qint64> CenterCopy::copyTable(const QString &table, qint64 &done, qint64 total, const Progress &progress) const
{
    const QSqlRecord columns = m_source.connection().record(table);
    QStringList names;
    for (int i = 0; i < columns.count(); ++i)
        names << columns.fieldName(i);
    const QString columnList = names.join(QStringLiteral(", "));
    const QString tuple = QLatin1Char('(') + QStringList(columns.count(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    // Many rows per statement: over a network each statement is a round trip.
    const auto insertSql = [&](int rows) -> QString {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columnList)
            + QStringList(rows, tuple).join(QLatin1Char(','));
    };
    constexpr int rowsPerStatement = 100;

    Query read(m_source, QStringLiteral("SELECT %1 FROM %2").arg(columnList, table));
    if (auto status = read.exec(tr("reading %1").arg(table)); !status)
        return status.failure();
    QVariantList pending;
    qint64 copied = 0;
    const auto flush = [&]() -> Status {
        const int rows = int(pending.size() / columns.count());
        if (rows == 0)
            return success();
        Query insert(m_target, insertSql(rows));
        for (qsizetype i = 0; i < pending.size(); ++i)
            insert.raw().bindValue(int(i), pending.at(i));
        pending.clear();
        if (auto status = insert.exec(tr("copying %1").arg(table)); !status)
            return status;
        copied += rows;
        done += rows;
        if (progress && !progress(done, total))
            return Failure{Failure::Kind::NothingToDo, tr("The copy was stopped; nothing was copied.")};
        return success();
    };
    while (read.next()) {
        for (int i = 0; i < columns.count(); ++i)
            pending.append(read.value(i));
        if (pending.size() == qsizetype(rowsPerStatement) * columns.count()) {
            if (auto status = flush(); !status)
                return status.failure();
        }
    }
    if (auto status = flush(); !status)
        return status.failure();
    // The ids were copied as they were: the target's own numbering continues after the highest.
    if (columns.contains(QStringLiteral("id"))) {
        const QString reset = m_target.dialect().continueIdentitySql(table);
        if (!reset.isEmpty()) {
            if (auto status = Query(m_target, reset).exec(tr("numbering %1 after the copy").arg(table)); !status)
                return status.failure();
        }
    }
    return copied;
}

Result<QList<CenterCopy::TableCount>> CenterCopy::run(const Progress &progress) const
{
    if (auto status = checkSourceHasNoOtherTables(); !status)
        return status.failure();

    // One snapshot of the source, whatever its programs write meanwhile.
    if (auto status = m_source.execute(m_source.dialect().beginSnapshot(), tr("starting to read %1").arg(m_source.name()));
        !status) {
        return status.failure();
    }
    const auto endSnapshot = qScopeGuard([this] { (void)m_source.execute(QStringLiteral("COMMIT"), QString()); });

    QList<TableCount> counts;
    qint64 total = 0;
    for (const QString &table : tablesInCopyOrder()) {
        auto rows = Query::scalar(m_source, QStringLiteral("SELECT count(*) FROM ") + table, {},
                                  tr("counting %1").arg(table));
        if (!rows)
            return rows.failure();
        counts.append({table, rows->value_or(0)});
        total += rows->value_or(0);
    }

    auto copied = m_target.write([&]() -> Status {
        if (auto status = checkTargetIsEmpty(); !status)
            return status;
        for (const QString &statement : m_target.dialect().bulkCopyStart()) {
            if (auto status = m_target.execute(statement, tr("starting the copy")); !status)
                return status;
        }
        qint64 done = 0;
        for (const TableCount &expected : std::as_const(counts)) {
            auto rows = copyTable(expected.table, done, total, progress);
            if (!rows)
                return rows.failure();
            auto there = Query::scalar(m_target, QStringLiteral("SELECT count(*) FROM ") + expected.table, {},
                                       tr("counting %1 in the target").arg(expected.table));
            if (!there)
                return there.failure();
            if (*rows != expected.rows || there->value_or(-1) != expected.rows) {
                return Failure{Failure::Kind::Database,
                               tr("%1: %2 rows in the source, %3 read, %4 in the target; nothing was copied.")
                                   .arg(expected.table)
                                   .arg(expected.rows)
                                   .arg(*rows)
                                   .arg(there->value_or(-1))};
            }
        }
        for (const QString &statement : m_target.dialect().bulkCopyEnd()) {
            if (auto status = m_target.execute(statement, tr("announcing the copy")); !status)
                return status;
        }
        if (progress)
            progress(total, total);
        return success();
    });
    if (!copied)
        return copied.failure();
    return counts;
}

} // namespace Kezek
