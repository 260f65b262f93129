#pragma once

#include "reports/StaffingForecast.h"

#include <QAbstractTableModel>

namespace Kezek {

// A staffing forecast by hour: expected arrivals, load, windows needed beside windows planned. Hours with
// fewer windows planned than needed are flagged under OutlierRole; RawRole holds numbers for sorting.
class ForecastModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastModel)

public:
    enum Role { RawRole = Qt::UserRole + 1, OutlierRole };
    enum Column { Hour, Booked, WalkIns, Arrivals, ServiceTime, Load, Needed, Planned, LevelPlanned, ColumnCount };

    explicit ForecastModel(QObject *parent = nullptr);

    void setForecast(const StaffingForecast &forecast);
    const StaffingForecast &forecast() const { return m_forecast; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant raw(const ForecastHour &hour, int column) const;

    StaffingForecast m_forecast;
};

} // namespace Kezek
