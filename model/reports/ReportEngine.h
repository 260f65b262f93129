#pragma once

#include "core/Result.h"
#include "reports/FigureSums.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace Kezek {

class Database;

// The one implementation of the supervisor figures (definitions in Report.h). A closed day (before today,
// no ticket left waiting or at a window) is added up once from the raw tables and its sums kept in
// report_figures; a period is then a SUM over those rows plus the days still open, computed afresh. A
// stored day is recomputed when its ticket count, the wait target or a service norm changed since.
class ReportEngine final
{
    Q_DECLARE_TR_FUNCTIONS(ReportEngine)

public:
    // Called after each day that had to be added up from raw tickets (done of total); return false to stop.
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportEngine(const Database &db) : m_db(db) { }

    // The figures for the local days [from, to] as the clock `now` sees them. `language` picks the service
    // names ("kk", "ru", "en").
    Result<Report> report(QDate from, QDate to, qint64 now, const QString &language = QStringLiteral("en"),
                          const Progress &progress = {}) const;
    // Today so far.
    Result<Report> today(qint64 now, const QString &language = QStringLiteral("en")) const;

    // The sums over [from, to]; and the number of those days that had tickets.
    struct Sums
    {
        FigureTable table;
        int days = 0;
    };
    Result<Sums> sums(QDate from, QDate to, qint64 now, const Progress &progress = {}) const;

    // How many days of [from, to] would have to be added up from raw tickets (to decide on a progress dialog).
    Result<int> daysToCompute(QDate from, QDate to, qint64 now) const;

private:
    struct Plan;
    Result<Plan> plan(QDate from, QDate to, qint64 now) const;
    Status store(const QString &day, qint64 tickets, const QString &signature, const FigureTable &table,
                 qint64 now) const;
    Status forget(const QString &day) const;
    Result<FigureTable> storedSums(const QString &from, const QString &to) const;

    const Database &m_db;
};

} // namespace Kezek
