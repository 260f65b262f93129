#pragma once

#include "domain/Catalogue.h"
#include "models/LiveTableModel.h"

namespace Kezek {

class LiveCenter;

// The center's catalogue for the reception desk: one row per service ("A · ID card and passport"), searchable
// by code and by its name in any of the three languages (SearchRole, for a QSortFilterProxyModel). It shows the
// live picture's services; refresh() after the catalogue changed reads nothing.
class ServiceListModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListModel)

public:
    enum Column { NameColumn, ColumnCount };
    enum ServiceRole { CodeRole = IdRole + 1, BookableRole, SearchRole };

    explicit ServiceListModel(const LiveCenter &center, QObject *parent = nullptr);

    // Takes in the picture's services, row by row.
    void refresh();
    const QList<Service> &services() const { return m_services; }
    // The row of the service with this id, -1 when absent.
    int rowOf(int serviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const LiveCenter &m_center;
    QList<Service> m_services;
};

} // namespace Kezek
