#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "domain/TicketStore.h"
#include "models/LiveTableModel.h"

#include <QHash>

namespace Kezek {

class Clock;
class Database;

// One window's waiting queue in the exact order call-next takes it, with the reason for each place
// and the live waiting time.
class QueueModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Column { NumberColumn, ServiceColumn, ReasonColumn, WaitingColumn, ColumnCount };
    enum QueueRole { TierRole = IdRole + 1 };

    QueueModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    void setWindowNumber(int number);
    int windowNumber() const { return m_windowNumber; }

    // Re-reads the queue and applies the difference row by row.
    Status refresh();
    // The clock moved on: waiting times change, nothing else.
    void tick();

    int waitingCount() const { return int(m_rows.size()); }
    qint64 longestWaitSeconds() const;
    const QueuedTicket &queued(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Why a ticket stands where it does, in words ("booked 10:15", "out of turn: pregnant woman").
    QString reason(const QueuedTicket &queued) const;
    qint64 waitedSeconds(const Ticket &ticket) const;

Q_SIGNALS:
    // The count or the longest wait may have changed.
    void summaryChanged();

private:
    const Database &m_db;
    const Clock &m_clock;
    int m_windowNumber = 0;
    QList<QueuedTicket> m_rows;
    QHash<int, Service> m_services;
    QHash<QString, PriorityCategory> m_categories;
};

} // namespace Kezek
