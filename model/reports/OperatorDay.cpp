#include "OperatorDay.h"

#include "db/Query.h"
#include "models/Display.h"

namespace Kezek {

Result<OperatorDay> OperatorDay::of(const Database &db, int operatorId, const QString &day)
{
    Query q(db, QStringLiteral("SELECT count(*), avg(t.finished_at - t.serving_at), avg(s.norm_s) FROM tickets t "
                               "JOIN services s ON s.id = t.service_id WHERE t.day = :day AND t.operator_id = :op "
                               "AND t.state = 'served' AND t.serving_at IS NOT NULL AND t.finished_at IS NOT NULL"));
    q.bind(QStringLiteral(":day"), day).bind(QStringLiteral(":op"), operatorId);
    if (auto status = q.exec(tr("reading your figures of today")); !status)
        return status.failure();
    OperatorDay figures;
    if (q.next()) {
        figures.served = q.int64(0);
        figures.serviceAverage = q.value(1).toDouble();
        figures.normAverage = q.value(2).toDouble();
    }
    return figures;
}

QString OperatorDay::text() const
{
    if (served == 0)
        return tr("Served today: none yet");
    const QString average = Display::duration(serviceAverage);
    const QString norm = Display::duration(normAverage);
    return overNorm() ? tr("Served today: %1 · my average %2 — over the norm of %3").arg(served).arg(average, norm)
                      : tr("Served today: %1 · my average %2, within the norm of %3").arg(served).arg(average, norm);
}

} // namespace Kezek
