#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>
#include <vector>

namespace Kezek {

// An editable table over a list of rows of one kind (services, categories, staff, closed days of a center's setup
// being edited): each column says how a row's field is shown, edited and checked. Nothing is written anywhere; the
// administration page reads the rows back into a CenterSetup and CenterConfigurator says what makes no sense.
template<typename Row>
class SetupTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        std::function<QString()> header;              // translated when asked, so it follows the language
        std::function<QVariant(const Row &)> value;   // shown and edited; a bool column is a check box
        std::function<bool(Row &, const QVariant &)> set = {}; // empty: read-only; false: the value is refused
        // The key of something the database holds: editable only in rows added since (renaming a held one would
        // make it another thing).
        bool key = false;
        bool checkable = false;
        // What is shown when it is not the edited value itself (a role's name for its key). Empty: the value.
        std::function<QString(const Row &)> shown = {};
    };

    SetupTableModel(std::vector<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {
    }

    const QList<Row> &rows() const { return m_rows; }
    // The rows the database holds.
    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        m_held = QList<bool>(rows.size(), true);
        endResetModel();
    }
    // Adds a new row at the end; returns its index.
    int append(const Row &row)
    {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(row);
        m_held.append(false);
        endInsertRows();
        return at;
    }
    void removeAt(int row)
    {
        if (row < 0 || row >= m_rows.size())
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_held.removeAt(row);
        endRemoveRows();
    }
    bool isHeld(int row) const { return m_held.value(row); }
    // Tells the views that what a column shows from outside the rows (the state of a password) changed.
    void refreshColumn(int column)
    {
        if (!m_rows.isEmpty())
            emit this->dataChanged(this->index(0, column), this->index(rowCount() - 1, column));
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < int(m_columns.size())) {
            return m_columns.at(section).header();
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!(index.isValid() && checkIndex(index)))
            return {};
        const Column &column = m_columns.at(index.column());
        const QVariant value = column.value(m_rows.at(index.row()));
        if (column.checkable)
            return role == Qt::CheckStateRole ? QVariant(value.toBool() ? Qt::Checked : Qt::Unchecked) : QVariant();
        if (role == Qt::DisplayRole && column.shown)
            return column.shown(m_rows.at(index.row()));
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return value;
        return {};
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!(index.isValid() && checkIndex(index)))
            return Qt::NoItemFlags;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        const Column &column = m_columns.at(index.column());
        const bool editable = column.set && !(column.key && m_held.at(index.row()));
        if (editable)
            flags |= column.checkable ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
        return flags;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (!(index.isValid() && checkIndex(index)) || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
            return false;
        const Column &column = m_columns.at(index.column());
        QVariant given = value;
        if (column.checkable) {
            if (role != Qt::CheckStateRole)
                return false;
            given = value.toInt() == Qt::Checked;
        } else if (role != Qt::EditRole) {
            return false;
        }
        Row changed = m_rows.at(index.row());
        if (!column.set(changed, given))
            return false;
        m_rows[index.row()] = changed;
        // One field may stand for others (a name shown in two columns): the whole row is told.
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
        return true;
    }

private:
    std::vector<Column> m_columns;
    QList<Row> m_rows;
    QList<bool> m_held;
};

} // namespace Kezek
