#include "DayFigures.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "reports/IdleTime.h"

#include <algorithm>

namespace Kezek {

namespace {

// DOMAIN.md "Figures": arrival is the later of check-in and slot start for a booking, the issue time for a
// walk-in (a late check-in keeps its slot on record, so the later of the two is right for it too); the wait
// runs from arrival to the first call, never below zero (an early booked citizen may be called before the
// slot when nobody else waits).
const QString arrivalSql = QStringLiteral(
    "CASE WHEN slot_start IS NOT NULL AND slot_start > issued_at THEN slot_start ELSE issued_at END");

QString dayTicketsSql()
{
    return QStringLiteral("SELECT source, window_id, operator_id, service_id, state, booking_id, issued_at, "
                          "first_called_at, finished_at, a.arrival, "
                          "CASE WHEN first_called_at IS NULL THEN NULL WHEN first_called_at < a.arrival THEN 0 "
                          "ELSE first_called_at - a.arrival END AS wait, "
                          "CASE WHEN state = 'served' AND serving_at IS NOT NULL AND finished_at IS NOT NULL "
                          "THEN finished_at - serving_at END AS served_time "
                          "FROM (SELECT tickets.*, ")
        + arrivalSql + QStringLiteral(" AS arrival FROM tickets WHERE day = :day) a");
}

QString idKey(const QVariant &value)
{
    return value.isNull() ? QString() : QString::number(value.toLongLong());
}

// Adds `sums` to the total, and to each dimension whose item is known.
void spread(FigureTable &table, const QString &source, const QString &window, const QString &op,
            const QString &service, const FigureSums &sums)
{
    table[{Dimension::Total, QString()}].add(sums);
    table[{Dimension::Source, source}].add(sums);
    if (!window.isEmpty())
        table[{Dimension::Window, window}].add(sums);
    if (!op.isEmpty())
        table[{Dimension::Operator, op}].add(sums);
    if (!service.isEmpty())
        table[{Dimension::Service, service}].add(sums);
}

} // namespace

DayFigures::DayFigures(const Database &db, const CenterSettings &settings, const QList<Window> &windows)
    : m_db(db)
    , m_settings(settings)
    , m_windows(windows)
{
}

Result<FigureTable> DayFigures::compute(QDate date, qint64 now) const
{
    FigureTable table;
    const QString day = date.toString(Qt::ISODate);
    const qint64 start = LocalTime::startOfDay(date);
    const qint64 end = std::min(LocalTime::startOfDay(date.addDays(1)), std::max(now, start));
    if (auto s = ticketSums(day, table); !s)
        return s.failure();
    if (auto s = servedServiceSums(day, table); !s)
        return s.failure();
    if (auto s = hourSums(day, start, end, table); !s)
        return s.failure();
    if (auto s = bookingSums(start, LocalTime::startOfDay(date.addDays(1)), now, table); !s)
        return s.failure();
    if (auto s = idleSums(day, start, end, table); !s)
        return s.failure();
    return table;
}

Status DayFigures::ticketSums(const QString &day, FigureTable &table) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT t.source, t.window_id, t.operator_id, t.service_id, COUNT(*), "
                      "SUM(CASE WHEN t.state = 'served' THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN t.state = 'served' AND t.booking_id IS NOT NULL THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN t.source = 'walkin' THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN t.state = 'no_show' THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN t.state = 'cancelled' THEN 1 ELSE 0 END), "
                      "COUNT(t.wait), COALESCE(SUM(t.wait), 0), COALESCE(MAX(t.wait), 0), "
                      "SUM(CASE WHEN t.wait <= :target THEN 1 ELSE 0 END), "
                      "COUNT(t.served_time), COALESCE(SUM(t.served_time), 0), "
                      "COALESCE(SUM(CASE WHEN t.served_time IS NOT NULL THEN s.norm_s END), 0) "
                      "FROM (")
                      + dayTicketsSql()
                      + QStringLiteral(") t JOIN services s ON s.id = t.service_id "
                                       "GROUP BY t.source, t.window_id, t.operator_id, t.service_id"));
    q.bind(QStringLiteral(":day"), day).bind(QStringLiteral(":target"), m_settings.waitTarget);
    if (auto status = q.exec(tr("adding up the tickets of %1").arg(day)); !status)
        return status;
    while (q.next()) {
        FigureSums s;
        s.arrivals = q.int64(4);
        s.served = q.int64(5);
        s.bookedServed = q.int64(6);
        s.walkIns = q.int64(7);
        s.noShows = q.int64(8);
        s.cancelled = q.int64(9);
        s.waits = q.int64(10);
        s.waitSum = q.int64(11);
        s.waitMax = q.int64(12);
        s.withinTarget = q.int64(13);
        s.serviceCount = q.int64(14);
        s.serviceSum = q.int64(15);
        s.normSum = q.int64(16);
        spread(table, q.text(0), idKey(q.value(1)), idKey(q.value(2)), idKey(q.value(3)), s);
    }
    return success();
}

Status DayFigures::servedServiceSums(const QString &day, FigureTable &table) const
{
    // A ticket's services are counted on the day of the ticket, at the window and operator that did them.
    Query q(m_db, QStringLiteral("SELECT t.source, ss.window_id, ss.operator_id, ss.service_id, COUNT(*) "
                                 "FROM tickets t JOIN served_services ss ON ss.ticket_id = t.id "
                                 "WHERE t.day = :day AND ss.outcome = 'done' "
                                 "GROUP BY t.source, ss.window_id, ss.operator_id, ss.service_id"));
    q.bind(QStringLiteral(":day"), day);
    if (auto status = q.exec(tr("adding up the served services of %1").arg(day)); !status)
        return status;
    while (q.next()) {
        FigureSums s;
        s.servedServices = q.int64(4);
        spread(table, q.text(0), idKey(q.value(1)), idKey(q.value(2)), idKey(q.value(3)), s);
    }
    return success();
}

Status DayFigures::hourSums(const QString &day, qint64 start, qint64 end, FigureTable &table) const
{
    // Arrivals and their waits by the hour of arrival; served citizens by the hour their service ended.
    Query arrivals(m_db, QStringLiteral("SELECT (t.arrival - :start) / 3600, COUNT(*), "
                                        "SUM(CASE WHEN t.source = 'walkin' THEN 1 ELSE 0 END), COUNT(t.wait), "
                                        "COALESCE(SUM(t.wait), 0), COALESCE(MAX(t.wait), 0), "
                                        "SUM(CASE WHEN t.wait <= :target THEN 1 ELSE 0 END) FROM (")
                             + dayTicketsSql() + QStringLiteral(") t GROUP BY 1"));
    arrivals.bind(QStringLiteral(":day"), day)
        .bind(QStringLiteral(":start"), start)
        .bind(QStringLiteral(":target"), m_settings.waitTarget);
    if (auto status = arrivals.exec(tr("adding up the arrivals of %1 by hour").arg(day)); !status)
        return status;
    while (arrivals.next()) {
        const qint64 hour = arrivals.int64(0);
        if (hour < 0 || hour > 23)
            continue;
        FigureSums &s = table[{Dimension::Hour, QString::number(hour)}];
        FigureSums add;
        add.arrivals = arrivals.int64(1);
        add.walkIns = arrivals.int64(2);
        add.waits = arrivals.int64(3);
        add.waitSum = arrivals.int64(4);
        add.waitMax = arrivals.int64(5);
        add.withinTarget = arrivals.int64(6);
        s.add(add);
    }

    Query served(m_db, QStringLiteral("SELECT (finished_at - :start) / 3600, COUNT(*), "
                                      "COUNT(serving_at), COALESCE(SUM(finished_at - serving_at), 0) "
                                      "FROM tickets WHERE day = :day AND state = 'served' AND finished_at IS NOT NULL "
                                      "GROUP BY 1"));
    served.bind(QStringLiteral(":day"), day).bind(QStringLiteral(":start"), start);
    if (auto status = served.exec(tr("adding up the served citizens of %1 by hour").arg(day)); !status)
        return status;
    while (served.next()) {
        const qint64 hour = served.int64(0);
        if (hour < 0 || hour > 23)
            continue;
        FigureSums add;
        add.served = served.int64(1);
        add.serviceCount = served.int64(2);
        add.serviceSum = served.int64(3);
        table[{Dimension::Hour, QString::number(hour)}].add(add);
    }

    // The waiting count at the end of each hour (at `end` for the hour running now): tickets issued before it
    // minus those that had left the queue by then (first called, or cancelled before a call). A citizen in
    // the hall holding a ticket counts from the issue time, an early booked one included.
    Query flow(m_db, QStringLiteral(
                         "SELECT 0, (issued_at - :start) / 3600, COUNT(*) FROM tickets WHERE day = :day "
                         "AND issued_at < :end GROUP BY 2 "
                         "UNION ALL SELECT 1, (COALESCE(first_called_at, finished_at) - :start) / 3600, COUNT(*) "
                         "FROM tickets WHERE day = :day AND (first_called_at IS NOT NULL OR state = 'cancelled') "
                         "AND COALESCE(first_called_at, finished_at) < :end "
                         "GROUP BY 2"));
    flow.bind(QStringLiteral(":day"), day).bind(QStringLiteral(":start"), start).bind(QStringLiteral(":end"), end);
    if (auto status = flow.exec(tr("following the queue of %1 through the day").arg(day)); !status)
        return status;
    qint64 delta[24] = {};
    while (flow.next()) {
        const qint64 hour = std::clamp<qint64>(flow.int64(1), 0, 23);
        delta[hour] += flow.integer(0) == 0 ? flow.int64(2) : -flow.int64(2);
    }
    qint64 waiting = 0;
    for (int hour = 0; hour < 24 && start + hour * 3600 < end; ++hour) {
        waiting += delta[hour];
        if (waiting > 0)
            table[{Dimension::Hour, QString::number(hour)}].waiting += waiting;
    }
    return success();
}

Status DayFigures::bookingSums(qint64 start, qint64 end, qint64 now, FigureTable &table) const
{
    // A booking is missed once its slot start plus the late tolerance has passed without a check-in.
    Query q(m_db, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN ticket_id IS NULL AND slot_start < :cutoff "
                                 "THEN 1 ELSE 0 END), 0) FROM bookings WHERE service_id IN (SELECT id FROM services) "
                                 "AND slot_start >= :start AND slot_start < :end"));
    q.bind(QStringLiteral(":start"), start)
        .bind(QStringLiteral(":end"), end)
        .bind(QStringLiteral(":cutoff"), now - m_settings.lateTolerance);
    if (auto status = q.exec(tr("counting the bookings")); !status)
        return status;
    if (q.next()) {
        FigureSums &total = table[{Dimension::Total, QString()}];
        total.bookings += q.int64(0);
        total.bookingsMissed += q.int64(1);
    }
    return success();
}

Status DayFigures::idleSums(const QString &day, qint64 start, qint64 end, FigureTable &table) const
{
    IdleTime::Input in;
    in.from = start;
    in.to = end;
    Query events(m_db, QStringLiteral("SELECT e.ticket_id, e.action, e.window_id, e.operator_id, e.at, t.service_id "
                                      "FROM tickets t JOIN events e ON e.ticket_id = t.id WHERE t.day = :day "
                                      "ORDER BY e.ticket_id, e.id"));
    events.bind(QStringLiteral(":day"), day);
    if (auto status = events.exec(tr("reading the events of %1").arg(day)); !status)
        return status;
    bool anyCall = false;
    while (events.next()) {
        IdleTime::TicketEvent e;
        e.ticketId = events.int64(0);
        e.action = events.text(1);
        if (!events.value(2).isNull())
            e.windowId = events.integer(2);
        if (!events.value(3).isNull())
            e.operatorId = events.integer(3);
        e.at = events.int64(4);
        e.serviceId = events.integer(5);
        anyCall = anyCall || e.action == QLatin1String("call");
        in.events.append(e);
    }
    if (!anyCall)
        return success(); // no window worked: nothing was idle

    for (const Window &w : m_windows) {
        in.windowServices.insert(w.id, w.serviceIds);
        Query before(m_db, QStringLiteral("SELECT state FROM window_events WHERE window_id = :window AND at < :start "
                                          "ORDER BY at DESC, id DESC LIMIT 1"));
        before.bind(QStringLiteral(":window"), w.id).bind(QStringLiteral(":start"), start);
        if (auto status = before.exec(tr("reading the state of window %1").arg(w.number)); !status)
            return status;
        if (before.next())
            in.openAtStart.insert(w.id, before.text(0) == QLatin1String("open"));
        Query during(m_db, QStringLiteral("SELECT state, at FROM window_events WHERE window_id = :window "
                                          "AND at >= :start AND at < :end ORDER BY at, id"));
        during.bind(QStringLiteral(":window"), w.id).bind(QStringLiteral(":start"), start).bind(QStringLiteral(":end"), end);
        if (auto status = during.exec(tr("reading the state of window %1").arg(w.number)); !status)
            return status;
        while (during.next())
            in.stateChanges[w.id].append({during.int64(1), during.text(0) == QLatin1String("open")});
    }

    const IdleTime::Output idle = IdleTime::compute(in);
    qint64 total = 0;
    for (auto it = idle.byWindow.cbegin(); it != idle.byWindow.cend(); ++it) {
        table[{Dimension::Window, QString::number(it.key())}].idle += it.value();
        total += it.value();
    }
    for (auto it = idle.byService.cbegin(); it != idle.byService.cend(); ++it)
        table[{Dimension::Service, QString::number(it.key())}].idle += it.value();
    for (auto it = idle.byOperator.cbegin(); it != idle.byOperator.cend(); ++it)
        table[{Dimension::Operator, QString::number(it.key())}].idle += it.value();
    table[{Dimension::Total, QString()}].idle += total;
    return success();
}

} // namespace Kezek
