#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "models/LiveTableModel.h"

namespace Kezek {

class Clock;
class Database;

// How many people wait for each service of the catalogue, and the longest wait among them.
class ServiceTotalsModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTotalsModel)

public:
    enum Column { ServiceColumn, WaitingColumn, LongestWaitColumn, ColumnCount };

    struct Row
    {
        Service service;
        int waiting = 0;
        qint64 oldestArrival = 0; // of the longest-waiting ticket; 0 when none waits
    };

    ServiceTotalsModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    Status refresh();
    void tick();
    int totalWaiting() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 longestWait(const Row &row) const;

    const Database &m_db;
    const Clock &m_clock;
    QList<Row> m_rows;
};

} // namespace Kezek
