#include "DashboardBench.h"

#include "BenchFixture.h"

#include "db/Database.h"
#include "reports/ReportEngine.h"
#include "reports/StaffingForecast.h"

#include <QDate>
#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace Kezek::Bench {

namespace {

double millis(const std::function<bool()> &run)
{
    QElapsedTimer timer;
    timer.start();
    const bool ok = run();
    return ok ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

double median(int times, const std::function<bool()> &run)
{
    std::vector<double> samples;
    for (int i = 0; i < times; ++i)
        samples.push_back(millis(run));
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

DashboardFigures measureDashboard(const QString &path)
{
    DashboardFigures f;
    auto opened = Database::open({path});
    if (!opened) {
        f.error = opened.message();
        return f;
    }
    const Database &db = **opened;
    const ReportEngine engine(db);
    const qint64 now = benchTime(12, 0);
    const QDate today(2020, 5, 18);
    const QDate past(2020, 5, 15);
    const QDate yearFrom = today.addDays(-365);
    const QDate yearTo = today.addDays(-1);

    f.todayMs = median(10, [&] { return engine.today(now).ok(); });
    f.dayColdMs = millis([&] { return engine.report(past, past, now).ok(); });
    f.dayWarmMs = median(20, [&] { return engine.report(past, past, now).ok(); });
    f.yearColdMs = millis([&] { return engine.report(yearFrom, yearTo, now).ok(); });
    f.yearWarmMs = median(7, [&] {
        auto year = engine.report(yearFrom, yearTo, now);
        if (year)
            f.yearTickets = year->total.arrivals;
        return year.ok();
    });
    const StaffingForecaster forecaster(db);
    f.forecastMs = median(7, [&] { return forecaster.forecast(today.addDays(1), now).ok(); });
    return f;
}

} // namespace Kezek::Bench
