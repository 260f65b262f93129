#pragma once

#include "domain/BookingCalendar.h"
#include "models/LiveTableModel.h"

namespace Kezek {

// One service's booking day at the desk: every slot with its capacity, bookings and free places (from the live
// picture, LiveCenter::slotsOf). Slots that are over or full cannot be selected.
class SlotModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotModel)

public:
    enum Column { TimeColumn, CapacityColumn, TakenColumn, FreeColumn, ColumnCount };
    enum SlotRole { StartRole = IdRole + 1, BookableRole };

    explicit SlotModel(QObject *parent = nullptr);

    // Shows the service's slots, row by row where they were shown before; `now` decides which are over.
    void setSlots(int serviceId, const QList<SlotInfo> &daySlots, qint64 now, int slotLength);
    void clear();
    int serviceId() const { return m_serviceId; }
    const SlotInfo &slot(int row) const { return m_slots.at(row); }
    int rowOfStart(qint64 start) const;
    bool isBookable(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_serviceId = 0;
    qint64 m_now = 0;
    int m_slotLength = 0;
    QList<SlotInfo> m_slots;
};

} // namespace Kezek
