#include "AuditTrail.h"

#include "auth/Access.h"
#include "db/Database.h"
#include "db/Query.h"

namespace Kezek {

namespace {

// A null QString would be bound as NULL; the trail keeps an empty text instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

Status AuditTrail::record(qint64 at, const AuditActor &actor, const QString &action, const QString &subject,
                          const QString &details) const
{
    Query q(m_db, QStringLiteral("INSERT INTO audit_log (at, actor_id, actor, action, subject, details) "
                                 "VALUES (:at, :actor_id, :actor, :action, :subject, :details)"));
    q.bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":actor_id"), nullable(actor.accountId))
        .bind(QStringLiteral(":actor"), actor.name)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":subject"), text(subject))
        .bind(QStringLiteral(":details"), text(details));
    return q.exec(tr("recording %1 in the audit trail").arg(action));
}

Status AuditTrail::recordExport(qint64 at, const Actor &by, const QString &what, const QString &period) const
{
    if (auto allowed = Access::check(by, Permission::Export); !allowed)
        return allowed;
    return m_db.write([&]() -> Status { return record(at, by.audited(), exported, what, period); });
}

Result<QList<AuditEntry>> AuditTrail::between(qint64 from, qint64 to) const
{
    Query q(m_db, QStringLiteral("SELECT id, at, actor_id, actor, action, subject, details FROM audit_log "
                                 "WHERE at >= :from AND at < :to ORDER BY id"));
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (auto status = q.exec(tr("reading the audit trail")); !status)
        return status.failure();
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry entry;
        entry.id = q.int64(0);
        entry.at = q.int64(1);
        if (const auto id = q.optionalInt64(2))
            entry.accountId = int(*id);
        entry.actor = q.text(3);
        entry.action = q.text(4);
        entry.subject = q.text(5);
        entry.details = q.text(6);
        entries.append(entry);
    }
    return entries;
}

} // namespace Kezek
