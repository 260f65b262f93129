#pragma once

#include <QString>

namespace Kezek::Bench {

// How long the supervisor dashboard's figures take on the benchmark history (ReportEngine, as the page and
// `kezekctl report` use it). "Cold" = the first time, adding the days up from raw tickets and storing them;
// "warm" = every later opening (median of several).
struct DashboardFigures
{
    double todayMs = 0;     // today so far, with 2,000 citizens waiting: always from raw tickets
    double dayColdMs = 0;   // a past day, the first time
    double dayWarmMs = 0;
    double yearColdMs = 0;  // the 365 days before today, the first time
    double yearWarmMs = 0;
    double forecastMs = 0;  // the staffing forecast of tomorrow (8 same weekdays, stored)
    qint64 yearTickets = 0; // arrivals in that year
    QString error;
};

DashboardFigures measureDashboard(const QString &path);

} // namespace Kezek::Bench
