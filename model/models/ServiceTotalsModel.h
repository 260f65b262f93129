#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "models/LiveTableModel.h"

namespace Kezek {

class Clock;
class LiveCenter;
struct ChangeSet;

// How many people wait for each service of the catalogue, and the longest wait among them. Follows the live
// picture of the center and reads no database itself.
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

    ServiceTotalsModel(const LiveCenter &center, const Clock &clock, QObject *parent = nullptr);

    void refresh();
    void tick();
    int totalWaiting() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 longestWait(const Row &row) const;
    void follow(const ChangeSet &changes);

    const LiveCenter &m_center;
    const Clock &m_clock;
    QList<Row> m_rows;
};

} // namespace Kezek
