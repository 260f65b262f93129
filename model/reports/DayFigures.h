#pragma once

#include "core/Result.h"
#include "reports/FigureSums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Kezek {

class Database;
struct CenterSettings;
struct Window;

// Computes one day's FigureTable from the raw tables (tickets, served_services, events, window_events,
// bookings) with SQL aggregates over that day's tickets only (the tickets_by_day index), plus the idle-time
// sweep over its events. For today, `now` cuts the day short.
class DayFigures final
{
    Q_DECLARE_TR_FUNCTIONS(DayFigures)

public:
    DayFigures(const Database &db, const CenterSettings &settings, const QList<Window> &windows);

    Result<FigureTable> compute(QDate day, qint64 now) const;

private:
    Status ticketSums(const QString &day, FigureTable &table) const;
    Status servedServiceSums(const QString &day, FigureTable &table) const;
    Status hourSums(const QString &day, qint64 start, qint64 end, FigureTable &table) const;
    Status bookingSums(qint64 start, qint64 end, qint64 now, FigureTable &table) const;
    Status idleSums(const QString &day, qint64 start, qint64 end, FigureTable &table) const;

    const Database &m_db;
    const CenterSettings &m_settings;
    const QList<Window> &m_windows;
};

} // namespace Kezek
