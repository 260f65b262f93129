#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "models/LiveTableModel.h"

namespace Kezek {

class Database;

// The center's catalogue for the reception desk: one row per service ("A · ID card and passport"), searchable
// by code and by its name in any of the three languages (SearchRole, for a QSortFilterProxyModel).
class ServiceListModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListModel)

public:
    enum Column { NameColumn, ColumnCount };
    enum ServiceRole { CodeRole = IdRole + 1, BookableRole, SearchRole };

    explicit ServiceListModel(const Database &db, QObject *parent = nullptr);

    Status refresh();
    const QList<Service> &services() const { return m_services; }
    // The row of the service with this id, -1 when absent.
    int rowOf(int serviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Database &m_db;
    QList<Service> m_services;
};

} // namespace Kezek
