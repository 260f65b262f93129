#include "ForecastModel.h"

#include "models/Display.h"
#include "reports/FigureTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Kezek {

ForecastModel::ForecastModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ForecastModel::setForecast(const StaffingForecast &forecast)
{
    beginResetModel();
    m_forecast = forecast;
    endResetModel();
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_forecast.hours.size());
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastModel::raw(const ForecastHour &h, int column) const
{
    switch (column) {
    case Hour:
        return h.hour;
    case Booked:
        return h.bookedArrivals;
    case WalkIns:
        return h.walkInArrivals;
    case Arrivals:
        return h.arrivals();
    case ServiceTime:
        return h.serviceSeconds;
    case Load:
        return h.load();
    case Needed:
        return h.windowsNeeded;
    case Planned:
        return h.windowsPlanned;
    case LevelPlanned:
        return h.levelPlanned;
    default:
        return {};
    }
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ForecastHour &h = m_forecast.hours.at(index.row());
    const bool short_ = h.windowsPlanned < h.windowsNeeded;
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = raw(h, index.column());
        switch (index.column()) {
        case Hour:
            return QStringLiteral("%1:00").arg(h.hour, 2, 10, QLatin1Char('0'));
        case Booked:
        case WalkIns:
        case Arrivals:
        case Load:
            return QLocale().toString(v.toDouble(), 'f', 1);
        case ServiceTime:
            return Display::duration(v.toDouble());
        case LevelPlanned:
            return QString(QLocale().toString(qRound(100 * v.toDouble())) + QLatin1Char('%'));
        default:
            return v;
        }
    }
    case RawRole:
        return raw(h, index.column());
    case OutlierRole:
        return short_;
    case Qt::ToolTipRole:
        return short_ ? QVariant(tr("%n more window(s) needed to call %1% of citizens within %2 min", nullptr,
                                    h.windowsNeeded - h.windowsPlanned)
                                     .arg(qRound(100 * m_forecast.serviceLevel))
                                     .arg(m_forecast.waitTarget / 60))
                      : QVariant();
    case Qt::BackgroundRole:
        return short_ && (index.column() == Needed || index.column() == Planned) ? QVariant(QBrush(QColor(255, 205, 210)))
                                                                                 : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Hour:
        return tr("Hour");
    case Booked:
        return tr("Booked (expected)");
    case WalkIns:
        return tr("Walk-ins (expected)");
    case Arrivals:
        return tr("Arrivals");
    case ServiceTime:
        return tr("Service time");
    case Load:
        return tr("Load (Erlang)");
    case Needed:
        return tr("Windows needed");
    case Planned:
        return tr("Windows planned");
    case LevelPlanned:
        return tr("Within target (planned)");
    default:
        return {};
    }
}

} // namespace Kezek
