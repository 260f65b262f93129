#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "domain/TicketStore.h"
#include "models/LiveTableModel.h"


namespace Kezek {

class Clock;
class LiveCenter;
struct ChangeSet;

// One window's waiting queue in the exact order call-next takes it, with the reason for each place
// and the live waiting time. Follows the live picture of the center and reads no database itself; the order is
// worked out again at each tick too, since bookings come due and postponed citizens come back with time alone.
class QueueModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)

public:
    enum Column { NumberColumn, ServiceColumn, ReasonColumn, WaitingColumn, ColumnCount };
    enum QueueRole { TierRole = IdRole + 1 };

    QueueModel(const LiveCenter &center, const Clock &clock, QObject *parent = nullptr);

    void setWindowNumber(int number);
    int windowNumber() const { return m_windowNumber; }

    // Works the queue out again from the live picture and applies the difference row by row.
    void refresh();
    // The clock moved on: waiting times change, and the order may.
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
    void follow(const ChangeSet &changes);
    bool holds(qint64 ticketId) const;

    const LiveCenter &m_center;
    const Clock &m_clock;
    int m_windowNumber = 0;
    QList<QueuedTicket> m_rows;
};

} // namespace Kezek
