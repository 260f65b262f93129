#pragma once

#include "reports/FigureSums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Kezek {

// One line of a breakdown table: a channel, window, operator, service or hour of the day.
struct ReportRow
{
    Dimension dimension = Dimension::Total;
    int id = 0;       // window, operator or service id; the hour of the day; 0 for channels
    QString key;      // what exports and scripts show: source key, window number, operator login, service code, hour
    QString label;    // for people: the service's name in the report's language, else the key. Never a person's name.
    FigureSums sums;
    double referenceServiceSeconds = 0; // the norm: the service's own, or that of the mix a window/operator served
    bool outlier = false;
    QString outlierReason;                // why, in words

    // Service time against the norm, 1.0 = on the norm; 0 when there is no norm or no service.
    double serviceToNorm() const;
};

// The supervisor figures of DOMAIN.md for the local days [from, to]; built by ReportEngine, shown by the
// dashboard and written by `kezekctl report` and the exports, so all of them agree. Definitions:
//   served_citizens          tickets of the period whose state is served
//   served_services          served-service records of those days' tickets with outcome done (refused and
//                            redirected records are not services delivered)
//   waiting_now              tickets of the period waiting now (waiting, transferred back to a queue, postponed)
//   wait_avg_s, wait_max_s   wait = first call - arrival (DOMAIN.md), over the tickets called at least once;
//                            tickets never called have no wait yet and are left out
//   wait_within_target_share waits <= the center's wait target / waits
//   service_avg_s            mean of served end - serving start over served tickets
//   booked_share             served tickets that came from a booking / served citizens
//   walk_ins                 tickets issued without a booking (whatever became of them)
//   no_shows                 tickets marked no-show (called, did not come)
//   no_show_rate             no_shows / (served_citizens + no_shows): of the citizens called to the end, the
//                            share who did not come; cancelled and still-waiting tickets are neither
//   by channel               per source (egov, telegram, call1414, onsite, walkin): arrivals, served, and the
//                            share of served citizens
//   per window / operator    where the ticket ended (its last window and operator); services at the window
//                            and operator that recorded them; idle time as in IdleTime.h
//   per service              by the ticket's (final) service; services done by the recorded service
//   per hour                 arrivals and waits by the hour of arrival, served by the hour the service ended,
//                            waiting = citizens holding a ticket not yet called at the end of the hour
//                            (for a period of several days: the mean over its days with tickets)
// Outliers: a window, operator or service whose mean service time is more than 25% over its norm; an hour
// whose mean wait is over the target.
struct Report
{
    QDate from;
    QDate to;
    qint64 generatedAt = 0; // the clock when the figures were taken
    bool includesToday = false;
    int waitTarget = 900;
    int days = 0; // days of the period with tickets
    FigureSums total;
    qint64 waitingNow = 0;
    QList<ReportRow> channels;
    QList<ReportRow> windows;
    QList<ReportRow> operators;
    QList<ReportRow> services;
    QList<ReportRow> hours;

    qint64 servedCitizens() const { return total.served; }
    qint64 servedServices() const { return total.servedServices; }
    double waitAverage() const { return total.waitAverage(); }
    qint64 waitMax() const { return total.waitMax; }
    double waitWithinTargetShare() const;
    double serviceAverage() const { return total.serviceAverage(); }
    double bookedShare() const;
    qint64 walkIns() const { return total.walkIns; }
    qint64 noShows() const { return total.noShows; }
    double noShowRate() const;
    // The share of served citizens who came through this channel row.
    double channelShare(const ReportRow &row) const;
    // The waiting count of an hour row: the sample for one day, the mean per day for several.
    double hourWaiting(const ReportRow &row) const;
};

} // namespace Kezek
