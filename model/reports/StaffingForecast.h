#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Kezek {

class Database;

// One hour of a staffing forecast: who is expected, how long they take, and how many windows that needs.
struct ForecastHour
{
    int hour = 9;
    double bookedArrivals = 0;  // the day's bookings in this hour times the show-up rate
    double walkInArrivals = 0;  // the mean walk-ins of this hour on the same weekday in the history
    double serviceSeconds = 0;  // mean service time
    int windowsNeeded = 0;      // Erlang C: the fewest windows keeping P(wait <= target) >= the service level
    int windowsPlanned = 0;     // worked that hour (past days and today), else open now
    double levelNeeded = 1.0;   // P(wait <= target) with windowsNeeded
    double levelPlanned = 1.0;  // P(wait <= target) with windowsPlanned
    double averageWaitPlanned = 0; // seconds, E[W] with windowsPlanned; infinite when they cannot keep up

    double arrivals() const { return bookedArrivals + walkInArrivals; }
    double load() const { return serviceSeconds > 0 ? arrivals() * serviceSeconds / 3600.0 : 0.0; }
};

struct StaffingForecast
{
    QDate day;
    QList<QDate> history;          // the same weekdays it learnt from (days with tickets)
    double showUpRate = 0.9;       // share of bookings that checked in, over the history
    double serviceLevel = 0.8;     // the share of citizens to be called within the target
    int waitTarget = 900;          // seconds
    bool plannedFromToday = false; // planned = windows open now (the day has not happened)
    QList<ForecastHour> hours;     // the opening hours
    QString closedReason;          // why there are no hours: the center is closed that day
};

// For a chosen day: the windows needed per hour to keep waits within the target, from the day's bookings and
// the arrivals and service times of the same weekday over the last weeks; docs/FORECAST.md has the model.
class StaffingForecaster final
{
    Q_DECLARE_TR_FUNCTIONS(StaffingForecaster)

public:
    explicit StaffingForecaster(const Database &db) : m_db(db) { }

    Result<StaffingForecast> forecast(QDate day, qint64 now, double serviceLevel = 0.8, int weeks = 8) const;

private:
    const Database &m_db;
};

} // namespace Kezek
