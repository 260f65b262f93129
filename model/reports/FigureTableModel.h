#pragma once

#include "reports/Report.h"

#include <QAbstractTableModel>
#include <QList>

namespace Kezek {

// A breakdown table of a Report (per window, operator, service or hour) for the dashboard: formatted text
// for display, the raw number under RawRole for sorting (QSortFilterProxyModel::setSortRole), and the
// outliers flagged under OutlierRole with the reason as tooltip.
class FigureTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureTableModel)

public:
    enum Role { RawRole = Qt::UserRole + 1, OutlierRole };
    enum class Kind { Windows, Operators, Services, Hours };
    enum class Column { Key, Arrivals, Served, Services, NoShows, Waiting, WaitAverage, ServiceAverage, Norm,
                        ToNorm, Idle };

    explicit FigureTableModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Shows the report's rows of this model's kind. The same rows with new numbers update in place
    // (dataChanged), so a sorted view keeps its selection through live refreshes.
    void setReport(const Report &report);
    Column column(int section) const { return m_columns.value(section); }
    int section(Column column) const { return int(m_columns.indexOf(column)); }
    const ReportRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;


private:
    QVariant raw(const ReportRow &row, Column column) const;
    QString text(const ReportRow &row, Column column) const;

    Kind m_kind;
    QList<Column> m_columns;
    QList<ReportRow> m_rows;
    int m_days = 0;
};

} // namespace Kezek
