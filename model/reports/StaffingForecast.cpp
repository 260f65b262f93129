#include "StaffingForecast.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "reports/ErlangC.h"
#include "reports/ReportEngine.h"

#include <QHash>

namespace Kezek {

namespace {

constexpr double defaultShowUp = 0.9;

} // namespace

Result<StaffingForecast> StaffingForecaster::forecast(QDate day, qint64 now, double serviceLevel, int weeks) const
{
    if (!day.isValid())
        return Failure{Failure::Kind::Invalid, tr("Choose a day to forecast.")};
    if (serviceLevel <= 0 || serviceLevel >= 1)
        return Failure{Failure::Kind::Invalid, tr("The service level must be between 0 and 1 (e.g. 0.8).")};
    auto catalogue = Catalogue(m_db).snapshot();
    if (!catalogue)
        return catalogue.failure();
    const CenterSettings &settings = catalogue->settings;
    const QList<Service> &services = catalogue->services;

    StaffingForecast f;
    f.day = day;
    f.serviceLevel = serviceLevel;
    f.waitTarget = settings.waitTarget;
    const QDate today = LocalTime::dateOf(now);

    // The same weekday over the last weeks, finished days only.
    const ReportEngine engine(m_db);
    FigureTable history;
    for (int w = 1; w <= weeks; ++w) {
        const QDate past = day.addDays(-7 * w);
        if (past >= today)
            continue;
        auto sums = engine.sums(past, past, now);
        if (!sums)
            return sums.failure();
        if (sums->days == 0)
            continue;
        f.history.append(past);
        addInto(history, sums->table);
    }
    const auto sumsOf = [&history](Dimension d, const QString &item) {
        const auto it = history.find({d, item});
        return it == history.end() ? FigureSums() : it->second;
    };
    const FigureSums total = sumsOf(Dimension::Total, QString());
    f.showUpRate = total.bookings > 0 ? double(total.bookings - total.bookingsMissed) / double(total.bookings)
                                      : defaultShowUp;

    const qint64 start = LocalTime::startOfDay(day);
    const qint64 end = LocalTime::startOfDay(day.addDays(1));
    QHash<int, int> bookedByHour;
    QHash<int, qint64> bookedNorms;
    qint64 bookedCount = 0;
    {
        Query q(m_db, QStringLiteral("SELECT (b.slot_start - :start) / 3600, COUNT(*), SUM(s.norm_s) FROM bookings b "
                                     "JOIN services s ON s.id = b.service_id WHERE b.service_id IN (SELECT id FROM "
                                     "services) AND b.slot_start >= :start AND b.slot_start < :end "
                                     "GROUP BY 1"));
        q.bind(QStringLiteral(":start"), start).bind(QStringLiteral(":end"), end);
        if (auto status = q.exec(tr("reading the bookings of %1").arg(day.toString(Qt::ISODate))); !status)
            return status.failure();
        while (q.next()) {
            bookedByHour.insert(q.integer(0), q.integer(1));
            bookedNorms[q.integer(0)] += q.int64(2);
            bookedCount += q.int64(1);
        }
    }

    // Service time: what the history measured; without history, the norms of the booked services, or of the
    // whole catalogue.
    double serviceSeconds = total.serviceAverage();
    if (serviceSeconds <= 0 && bookedCount > 0) {
        qint64 norms = 0;
        for (qint64 n : std::as_const(bookedNorms))
            norms += n;
        serviceSeconds = double(norms) / double(bookedCount);
    }
    if (serviceSeconds <= 0 && !services.isEmpty()) {
        qint64 norms = 0;
        for (const Service &s : services)
            norms += s.normSeconds;
        serviceSeconds = double(norms) / double(services.size());
    }

    // Planned: the windows that called someone in that hour for a day that has begun, else the open windows.
    QHash<int, int> workedByHour;
    const int currentHour = day == today ? LocalTime::secondsFromMidnight(now) / 3600 : 24;
    if (day <= today) {
        Query q(m_db, QStringLiteral("SELECT (e.at - :start) / 3600, COUNT(DISTINCT e.window_id) FROM tickets t "
                                     "JOIN events e ON e.ticket_id = t.id WHERE t.day = :day AND e.action = 'call' "
                                     "AND e.window_id IS NOT NULL GROUP BY 1"));
        q.bind(QStringLiteral(":start"), start).bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
        if (auto status = q.exec(tr("reading which windows worked")); !status)
            return status.failure();
        while (q.next())
            workedByHour.insert(q.integer(0), q.integer(1));
    }
    int openNow = 0;
    for (const Window &w : catalogue->windows) {
        if (w.state == WindowState::Open && w.operatorId)
            ++openNow;
    }
    f.plannedFromToday = day > today;

    const double mu = serviceSeconds > 0 ? 3600.0 / serviceSeconds : 0.0; // per window per hour
    const double t = double(f.waitTarget) / 3600.0;                          // hours
    const int historyDays = int(f.history.size());
    // A day off has no hours to staff.
    const auto hours = settings.hoursOn(day);
    f.closedReason = settings.closedReason(day).value_or(QString());
    const int firstHour = hours ? hours->opensAt / 3600 : 0;
    const int lastHour = hours ? (hours->closesAt - 1) / 3600 : -1;
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        ForecastHour h;
        h.hour = hour;
        h.bookedArrivals = bookedByHour.value(hour) * f.showUpRate;
        h.walkInArrivals = historyDays > 0
            ? double(sumsOf(Dimension::Hour, QString::number(hour)).walkIns) / double(historyDays)
            : 0.0;
        h.serviceSeconds = serviceSeconds;
        const double lambda = h.arrivals();
        h.windowsNeeded = mu > 0 ? ErlangC::windowsNeeded(lambda, mu, t, serviceLevel) : 0;
        h.windowsPlanned = day < today || (day == today && hour < currentHour) ? workedByHour.value(hour) : openNow;
        h.levelNeeded = ErlangC::serviceLevel(h.windowsNeeded, lambda, mu, t);
        h.levelPlanned = ErlangC::serviceLevel(h.windowsPlanned, lambda, mu, t);
        h.averageWaitPlanned = ErlangC::averageWait(h.windowsPlanned, lambda, mu) * 3600.0;
        f.hours.append(h);
    }
    return f;
}

} // namespace Kezek
