#include "ServedServicesModel.h"

namespace Kezek {

ServedServicesModel::ServedServicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServedServicesModel::setServices(const QList<Service> &services, const QString &language, int ticked)
{
    // Filled once when the dialog opens; nothing to preserve, so a reset is the honest signal.
    beginResetModel();
    m_language = language;
    m_rows.clear();
    for (const Service &service : services)
        m_rows.append(Row{service, service.id == ticked, Outcome::Done, {}});
    endResetModel();
    Q_EMIT servedChanged();
}

QList<ServedServiceInput> ServedServicesModel::served() const
{
    QList<ServedServiceInput> list;
    for (const Row &row : m_rows) {
        if (row.served)
            list.append(ServedServiceInput{row.service.id, row.outcome, row.note.trimmed()});
    }
    return list;
}

int ServedServicesModel::servedCount() const
{
    return int(served().size());
}

int ServedServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServedServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServedServicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case ServiceColumn:
        if (role == Qt::DisplayRole)
            return row.service.name(m_language);
        if (role == Qt::CheckStateRole)
            return row.served ? Qt::Checked : Qt::Unchecked;
        if (role == RawRole)
            return row.service.id;
        break;
    case OutcomeColumn:
        if (role == Qt::DisplayRole)
            return Names::display(row.outcome);
        if (role == Qt::EditRole || role == RawRole)
            return int(row.outcome);
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawRole)
            return row.note;
        break;
    default:
        break;
    }
    return {};
}

bool ServedServicesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == ServiceColumn && role == Qt::CheckStateRole) {
        row.served = value.toInt() == Qt::Checked;
    } else if (index.column() == OutcomeColumn && role == Qt::EditRole) {
        const int outcome = value.toInt();
        if (outcome < int(Outcome::Done) || outcome > int(Outcome::Redirected))
            return false;
        row.outcome = Outcome(outcome);
        // Choosing an outcome means the service was dealt with.
        if (!row.served) {
            row.served = true;
            Q_EMIT dataChanged(index.siblingAtColumn(ServiceColumn), index.siblingAtColumn(ServiceColumn),
                               {Qt::CheckStateRole});
        }
    } else if (index.column() == NoteColumn && role == Qt::EditRole) {
        row.note = value.toString();
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT servedChanged();
    return true;
}

Qt::ItemFlags ServedServicesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ServiceColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ServedServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Served service");
    case OutcomeColumn:
        return tr("Outcome");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace Kezek
