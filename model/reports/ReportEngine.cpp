#include "ReportEngine.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "reports/DayFigures.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace Kezek {

namespace {

// The stored columns, in FigureSums order.
const QStringList sumColumns{
    QStringLiteral("arrivals"),     QStringLiteral("served"),        QStringLiteral("served_services"),
    QStringLiteral("booked_served"), QStringLiteral("walk_ins"),     QStringLiteral("no_shows"),
    QStringLiteral("cancelled"),    QStringLiteral("waits"),         QStringLiteral("wait_sum_s"),
    QStringLiteral("wait_max_s"),   QStringLiteral("within_target"), QStringLiteral("service_count"),
    QStringLiteral("service_sum_s"), QStringLiteral("norm_sum_s"),   QStringLiteral("idle_s"),
    QStringLiteral("waiting"),      QStringLiteral("bookings"),      QStringLiteral("bookings_missed")};

std::array<qint64 *, 18> fields(FigureSums &s)
{
    return {&s.arrivals, &s.served,      &s.servedServices, &s.bookedServed, &s.walkIns,      &s.noShows,
            &s.cancelled, &s.waits,      &s.waitSum,        &s.waitMax,      &s.withinTarget, &s.serviceCount,
            &s.serviceSum, &s.normSum,   &s.idle,           &s.waiting,      &s.bookings,     &s.bookingsMissed};
}

// What stored sums depend on besides the tickets: the wait target and the norms.
QString signatureOf(const CenterSettings &settings, const QList<Service> &services)
{
    QStringList parts{QString::number(settings.waitTarget), QString::number(settings.lateTolerance)};
    for (const Service &s : services)
        parts.append(QString::number(s.id) + QLatin1Char(':') + QString::number(s.normSeconds));
    return parts.join(QLatin1Char(';'));
}

const QStringList channelOrder{QStringLiteral("egov"), QStringLiteral("telegram"), QStringLiteral("call1414"),
                               QStringLiteral("onsite"), QStringLiteral("walkin")};

constexpr double outlierFactor = 1.25;

} // namespace

struct ReportEngine::Plan
{
    CenterSettings settings;
    QList<Service> services;
    QList<Window> windows;
    QString signature;
    QList<QDate> compute;          // days to add up from raw tickets
    QHash<QString, qint64> counts; // tickets per day with any
    QSet<QString> open;            // days that may still change: kept out of report_figures
    QSet<QString> stored;          // days with stored figures, fresh or not
};

Result<ReportEngine::Plan> ReportEngine::plan(QDate from, QDate to, qint64 now) const
{
    Plan plan;
    const Catalogue catalogue(m_db);
    auto settings = catalogue.settings();
    if (!settings)
        return settings.failure();
    plan.settings = *settings;
    auto services = catalogue.services();
    if (!services)
        return services.failure();
    plan.services = *services;
    auto windows = catalogue.windows();
    if (!windows)
        return windows.failure();
    plan.windows = *windows;
    plan.signature = signatureOf(plan.settings, plan.services);

    const QString fromKey = from.toString(Qt::ISODate);
    const QString toKey = to.toString(Qt::ISODate);
    // A covering scan of tickets_by_day: about 60 ms for a year of a big center.
    Query counts(m_db, QStringLiteral("SELECT day, COUNT(*) FROM tickets WHERE day >= :from AND day <= :to "
                                      "GROUP BY day"));
    counts.bind(QStringLiteral(":from"), fromKey).bind(QStringLiteral(":to"), toKey);
    if (auto status = counts.exec(tr("counting the tickets per day")); !status)
        return status.failure();
    while (counts.next())
        plan.counts.insert(counts.text(0), counts.int64(1));

    // Days with a ticket still in the queue or at a window; each query walks one small partial index.
    const QString today = LocalTime::dayKey(now);
    for (const QString &states : {QStringLiteral("'waiting', 'transferred', 'postponed'"),
                                  QStringLiteral("'called', 'serving'")}) {
        Query open(m_db, QStringLiteral("SELECT day FROM tickets WHERE state IN (") + states + QStringLiteral(")"));
        if (auto status = open.exec(tr("finding the days still open")); !status)
            return status.failure();
        while (open.next()) {
            const QString day = open.text(0);
            if (day >= fromKey && day <= toKey)
                plan.open.insert(day);
        }
    }

    QHash<QString, std::pair<qint64, QString>> stored;
    Query kept(m_db, QStringLiteral("SELECT day, tickets, signature FROM report_days WHERE day >= :from AND day <= :to"));
    kept.bind(QStringLiteral(":from"), fromKey).bind(QStringLiteral(":to"), toKey);
    if (auto status = kept.exec(tr("reading the stored figures")); !status)
        return status.failure();
    while (kept.next()) {
        stored.insert(kept.text(0), {kept.int64(1), kept.text(2)});
        plan.stored.insert(kept.text(0));
    }

    QStringList days = plan.counts.keys();
    // Stored days that lost their tickets cannot happen (tickets are never deleted) but must not linger.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!plan.counts.contains(it.key()))
            days.append(it.key());
    }
    std::sort(days.begin(), days.end());
    for (const QString &day : std::as_const(days)) {
        if (day >= today)
            plan.open.insert(day);
        const auto s = stored.constFind(day);
        const bool fresh = s != stored.cend() && s->first == plan.counts.value(day) && s->second == plan.signature;
        if (plan.open.contains(day) || !fresh)
            plan.compute.append(QDate::fromString(day, Qt::ISODate));
    }
    return plan;
}

Result<int> ReportEngine::daysToCompute(QDate from, QDate to, qint64 now) const
{
    auto p = plan(from, to, now);
    if (!p)
        return p.failure();
    return int(p->compute.size());
}

Status ReportEngine::forget(const QString &day) const
{
    Query figures(m_db, QStringLiteral("DELETE FROM report_figures WHERE day = :day"));
    figures.bind(QStringLiteral(":day"), day);
    if (auto status = figures.exec(tr("clearing the stored figures of %1").arg(day)); !status)
        return status;
    Query stamp(m_db, QStringLiteral("DELETE FROM report_days WHERE day = :day"));
    stamp.bind(QStringLiteral(":day"), day);
    return stamp.exec(tr("clearing the stored figures of %1").arg(day));
}

Status ReportEngine::store(const QString &day, qint64 tickets, const QString &signature, const FigureTable &table,
                           qint64 now) const
{
    return m_db.write([&]() -> Status {
        if (auto status = forget(day); !status)
            return status;
        Query stamp(m_db, QStringLiteral("INSERT INTO report_days (day, tickets, signature, computed_at) "
                                         "VALUES (:day, :tickets, :signature, :at)"));
        stamp.bind(QStringLiteral(":day"), day)
            .bind(QStringLiteral(":tickets"), tickets)
            .bind(QStringLiteral(":signature"), signature)
            .bind(QStringLiteral(":at"), now);
        if (auto status = stamp.exec(tr("storing the figures of %1").arg(day)); !status)
            return status;
        QStringList placeholders;
        for (qsizetype i = 0; i < sumColumns.size(); ++i)
            placeholders.append(QStringLiteral(":v%1").arg(i));
        const QString sql = QStringLiteral("INSERT INTO report_figures (day, dimension, item, ")
            + sumColumns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (:day, :dimension, :item, ")
            + placeholders.join(QStringLiteral(", ")) + QStringLiteral(")");
        for (const auto &[key, sums] : table) {
            Query row(m_db, sql);
            row.bind(QStringLiteral(":day"), day)
                .bind(QStringLiteral(":dimension"), dimensionKey(key.first))
                .bind(QStringLiteral(":item"), key.second.isNull() ? QStringLiteral("") : key.second); // NOT NULL
            FigureSums copy = sums;
            const auto values = fields(copy);
            for (size_t i = 0; i < values.size(); ++i)
                row.bind(placeholders.at(qsizetype(i)), *values[i]);
            if (auto status = row.exec(tr("storing the figures of %1").arg(day)); !status)
                return status;
        }
        return success();
    });
}

Result<FigureTable> ReportEngine::storedSums(const QString &from, const QString &to) const
{
    QStringList aggregates;
    for (const QString &column : sumColumns) {
        aggregates.append(column == QLatin1String("wait_max_s") ? QStringLiteral("MAX(wait_max_s)")
                                                                 : QStringLiteral("SUM(") + column + QLatin1Char(')'));
    }
    Query q(m_db, QStringLiteral("SELECT dimension, item, ") + aggregates.join(QStringLiteral(", "))
                      + QStringLiteral(" FROM report_figures WHERE day >= :from AND day <= :to "
                                       "GROUP BY dimension, item"));
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (auto status = q.exec(tr("adding up the stored figures")); !status)
        return status.failure();
    FigureTable table;
    while (q.next()) {
        Dimension dimension;
        if (!dimensionFromKey(q.text(0), &dimension))
            continue;
        FigureSums &sums = table[{dimension, q.text(1)}];
        const auto values = fields(sums);
        for (size_t i = 0; i < values.size(); ++i)
            *values[i] = q.int64(int(i) + 2);
    }
    return table;
}

Result<ReportEngine::Sums> ReportEngine::sums(QDate from, QDate to, qint64 now, const Progress &progress) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Failure{Failure::Kind::Invalid, tr("The period must start on or before its last day.")};
    auto p = plan(from, to, now);
    if (!p)
        return p.failure();
    Sums result;
    result.days = int(p->counts.size());
    const DayFigures dayFigures(m_db, p->settings, p->windows);
    FigureTable unstored;
    int done = 0;
    for (const QDate &date : std::as_const(p->compute)) {
        const QString day = date.toString(Qt::ISODate);
        auto table = dayFigures.compute(date, now);
        if (!table)
            return table.failure();
        // A closed day is stored; an open one (or a closed one the database would not take, being busy with
        // writers) counts from memory. Stale stored rows must go first, or they would count twice.
        const bool open = p->open.contains(day);
        const bool wasStored = p->stored.contains(day);
        Status kept = success();
        if (open && wasStored) {
            kept = m_db.write([&] { return forget(day); });
        } else if (!open) {
            kept = store(day, p->counts.value(day), p->signature, *table, now);
        }
        if (!kept && wasStored)
            return kept.failure();

        if (open || !kept)
            addInto(unstored, *table);
        ++done;
        if (progress && !progress(done, int(p->compute.size())))
            return Failure{Failure::Kind::NothingToDo, tr("Stopped before all the days were added up.")};
    }
    auto kept = storedSums(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (!kept)
        return kept.failure();
    result.table = std::move(*kept);
    addInto(result.table, unstored);
    return result;
}

Result<Report> ReportEngine::today(qint64 now, const QString &language) const
{
    const QDate day = LocalTime::dateOf(now);
    return report(day, day, now, language);
}

Result<Report> ReportEngine::report(QDate from, QDate to, qint64 now, const QString &language,
                                    const Progress &progress) const
{
    auto totals = sums(from, to, now, progress);
    if (!totals)
        return totals.failure();
    auto catalogue = Catalogue(m_db).snapshot();
    if (!catalogue)
        return catalogue.failure();
    const CenterSettings &settings = catalogue->settings;

    Report r;
    r.from = from;
    r.to = to;
    r.generatedAt = now;
    r.includesToday = from <= LocalTime::dateOf(now) && LocalTime::dateOf(now) <= to;
    r.waitTarget = settings.waitTarget;
    r.days = totals->days;
    const FigureTable &table = totals->table;
    const auto sumsOf = [&table](Dimension d, const QString &item) {
        const auto it = table.find({d, item});
        return it == table.end() ? FigureSums() : it->second;
    };
    r.total = sumsOf(Dimension::Total, QString());

    Query waiting(m_db, QStringLiteral("SELECT day FROM tickets WHERE state IN ('waiting', 'transferred', 'postponed')"));
    if (auto status = waiting.exec(tr("counting the citizens waiting")); !status)
        return status.failure();
    const QString fromKey = from.toString(Qt::ISODate);
    const QString toKey = to.toString(Qt::ISODate);
    while (waiting.next()) {
        const QString day = waiting.text(0);
        if (day >= fromKey && day <= toKey)
            ++r.waitingNow;
    }

    const auto flag = [](ReportRow &row) {
        if (row.referenceServiceSeconds > 0 && row.sums.serviceCount > 0
            && row.sums.serviceAverage() > outlierFactor * row.referenceServiceSeconds) {
            row.outlier = true;
            row.outlierReason = tr("service takes %1% of the norm").arg(qRound(100 * row.serviceToNorm()));
        }
    };

    for (const QString &channel : channelOrder) {
        ReportRow row;
        row.dimension = Dimension::Source;
        row.key = channel;
        row.label = channel;
        row.sums = sumsOf(Dimension::Source, channel);
        r.channels.append(row);
    }
    for (const Window &w : catalogue->windows) {
        ReportRow row;
        row.dimension = Dimension::Window;
        row.id = w.id;
        row.key = QString::number(w.number);
        row.label = tr("Window %1").arg(w.number);
        row.sums = sumsOf(Dimension::Window, QString::number(w.id));
        row.referenceServiceSeconds = row.sums.normAverage();
        flag(row);
        if (row.sums != FigureSums())
            r.windows.append(row);
    }
    for (const Operator &o : catalogue->operators) {
        ReportRow row;
        row.dimension = Dimension::Operator;
        row.id = o.id;
        row.key = o.login;
        row.label = o.login; // a login, not a name: reports leave the building
        row.sums = sumsOf(Dimension::Operator, QString::number(o.id));
        row.referenceServiceSeconds = row.sums.normAverage();
        flag(row);
        if (row.sums != FigureSums())
            r.operators.append(row);
    }
    for (const Service &s : catalogue->services) {
        ReportRow row;
        row.dimension = Dimension::Service;
        row.id = s.id;
        row.key = s.code;
        row.label = s.name(language);
        row.sums = sumsOf(Dimension::Service, QString::number(s.id));
        row.referenceServiceSeconds = s.normSeconds;
        flag(row);
        r.services.append(row);
    }
    // The opening hours always, and any other hour with something in it.
    const auto hours = settings.hoursBetween(from, to);
    const int firstHour = hours ? hours->opensAt / 3600 : 24;
    const int lastHour = hours ? (hours->closesAt - 1) / 3600 : -1;
    for (int hour = 0; hour < 24; ++hour) {
        const FigureSums s = sumsOf(Dimension::Hour, QString::number(hour));
        if ((hour < firstHour || hour > lastHour) && s == FigureSums())
            continue;
        ReportRow row;
        row.dimension = Dimension::Hour;
        row.id = hour;
        row.key = QString::number(hour);
        row.label = QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
        row.sums = s;
        if (s.waits > 0 && s.waitAverage() > r.waitTarget) {
            row.outlier = true;
            row.outlierReason = tr("mean wait over the target");
        }
        r.hours.append(row);
    }
    return r;
}

} // namespace Kezek
