#include "FigureTableModel.h"

#include "models/Display.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>

namespace Kezek {

namespace {

const QColor outlierBackground(255, 224, 178);

} // namespace

FigureTableModel::FigureTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
    switch (kind) {
    case Kind::Windows:
    case Kind::Operators:
        m_columns = {Column::Key, Column::Served, Column::Services, Column::NoShows, Column::ServiceAverage,
                     Column::Norm, Column::ToNorm, Column::Idle};
        break;
    case Kind::Services:
        m_columns = {Column::Key,         Column::Arrivals,       Column::Served, Column::Services,
                     Column::WaitAverage, Column::ServiceAverage, Column::Norm,   Column::ToNorm,
                     Column::Idle};
        break;
    case Kind::Hours:
        m_columns = {Column::Key, Column::Arrivals, Column::Served, Column::Waiting, Column::WaitAverage};
        break;
    }
}

void FigureTableModel::setReport(const Report &report)
{
    const QList<ReportRow> &fresh = m_kind == Kind::Windows ? report.windows
        : m_kind == Kind::Operators                        ? report.operators
        : m_kind == Kind::Services                         ? report.services
                                                           : report.hours;
    bool sameRows = fresh.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).id == m_rows.at(i).id && fresh.at(i).key == m_rows.at(i).key;
    if (!sameRows) {
        beginResetModel();
        m_rows = fresh;
        m_days = report.days;
        endResetModel();
        return;
    }
    m_rows = fresh;
    m_days = report.days;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FigureTableModel::raw(const ReportRow &row, Column column) const
{
    switch (column) {
    case Column::Key:
        return m_kind == Kind::Windows || m_kind == Kind::Hours ? QVariant(row.key.toInt()) : QVariant(row.key);
    case Column::Arrivals:
        return row.sums.arrivals;
    case Column::Served:
        return row.sums.served;
    case Column::Services:
        return row.sums.servedServices;
    case Column::NoShows:
        return row.sums.noShows;
    case Column::Waiting:
        return m_days > 1 ? double(row.sums.waiting) / double(m_days) : double(row.sums.waiting);
    case Column::WaitAverage:
        return row.sums.waitAverage();
    case Column::ServiceAverage:
        return row.sums.serviceAverage();
    case Column::Norm:
        return row.referenceServiceSeconds;
    case Column::ToNorm:
        return row.serviceToNorm();
    case Column::Idle:
        return row.sums.idle;
    }
    return {};
}

QString FigureTableModel::text(const ReportRow &row, Column column) const
{
    const QVariant v = raw(row, column);
    switch (column) {
    case Column::Key:
        return row.label;
    case Column::Waiting:
        return QLocale().toString(v.toDouble(), 'f', m_days > 1 ? 1 : 0);
    case Column::WaitAverage:
    case Column::ServiceAverage:
    case Column::Norm:
    case Column::Idle:
        return Display::duration(v.toDouble());
    case Column::ToNorm:
        return v.toDouble() > 0 ? QLocale().toString(qRound(100 * v.toDouble())) + QLatin1Char('%') : QString();
    default:
        return QLocale().toString(v.toLongLong());
    }
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportRow &row = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case RawRole:
        return raw(row, column);
    case OutlierRole:
        return row.outlier;
    case Qt::ToolTipRole:
        return row.outlier ? QVariant(row.outlierReason) : QVariant();
    case Qt::BackgroundRole:
        return row.outlier ? QVariant(QBrush(outlierBackground)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Column::Key ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                     : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (m_columns.at(section)) {
    case Column::Key:
        switch (m_kind) {
        case Kind::Windows:
            return tr("Window");
        case Kind::Operators:
            return tr("Operator");
        case Kind::Services:
            return tr("Service");
        case Kind::Hours:
            return tr("Hour");
        }
        return {};
    case Column::Arrivals:
        return tip ? tr("Tickets issued or checked in") : tr("Arrivals");
    case Column::Served:
        return tip ? tr("Citizens whose ticket ended served") : tr("Served");
    case Column::Services:
        return tip ? tr("Services done (a citizen may receive several)") : tr("Services");
    case Column::NoShows:
        return tr("No-shows");
    case Column::Waiting:
        return tip ? tr("Citizens waiting for a call at the end of the hour") : tr("Waiting");
    case Column::WaitAverage:
        return tip ? tr("From arrival to the first call") : tr("Average wait");
    case Column::ServiceAverage:
        return tip ? tr("From the start of service to its end") : tr("Average service");
    case Column::Norm:
        return tip ? tr("The catalogue norm of what was served") : tr("Norm");
    case Column::ToNorm:
        return tip ? tr("Average service against the norm; over 125% is marked") : tr("Of norm");
    case Column::Idle:
        return tip ? tr("Time the window stood free while citizens waited for its services") : tr("Idle while waited");
    }
    return {};
}

} // namespace Kezek
