#include "ServiceListModel.h"

#include "live/LiveCenter.h"

namespace Kezek {

ServiceListModel::ServiceListModel(const LiveCenter &center, QObject *parent)
    : LiveTableModel(parent)
    , m_center(center)
{
}

void ServiceListModel::refresh()
{
    // A retired service is kept for its history only: the desk does not offer it.
    QList<Service> offered = m_center.services();
    offered.removeIf([](const Service &s) { return s.retired; });
    sync(m_services, offered, [](const Service &s) { return s.id; },
         [](const Service &a, const Service &b) {
             return a.code != b.code || a.letter != b.letter || a.nameKk != b.nameKk || a.nameRu != b.nameRu
                 || a.nameEn != b.nameEn || a.bookable != b.bookable || a.normSeconds != b.normSeconds;
         });
}

int ServiceListModel::rowOf(int serviceId) const
{
    for (int row = 0; row < m_services.size(); ++row) {
        if (m_services.at(row).id == serviceId)
            return row;
    }
    return -1;
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const Service &service = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2").arg(service.letter, service.name(language()));
    case Qt::ToolTipRole:
        return service.bookable ? tr("%1: may be booked").arg(service.code)
                                : tr("%1: walk-in only, cannot be booked").arg(service.code);
    case RawRole:
    case IdRole:
        return service.id;
    case CodeRole:
        return service.code;
    case BookableRole:
        return service.bookable;
    case SearchRole:
        return QStringList{service.code, service.letter, service.nameKk, service.nameRu, service.nameEn}.join(
            QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant ServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == NameColumn)
        return tr("Service");
    return {};
}

} // namespace Kezek
