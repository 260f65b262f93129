#include "SlotModel.h"

#include "core/LocalTime.h"

#include <QBrush>
#include <QColor>

namespace Kezek {

SlotModel::SlotModel(QObject *parent)
    : LiveTableModel(parent)
{
}

void SlotModel::setSlots(int serviceId, const QList<SlotInfo> &daySlots, qint64 now, int slotLength)
{
    const bool overChanged = m_slotLength != slotLength || m_now / 60 != now / 60;
    m_now = now;
    m_slotLength = slotLength;
    if (serviceId != m_serviceId)
        clear();
    m_serviceId = serviceId;
    sync(m_slots, daySlots, [](const SlotInfo &s) { return s.start; },
         [](const SlotInfo &a, const SlotInfo &b) { return a.capacity != b.capacity || a.taken != b.taken; });
    if (overChanged && !m_slots.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SlotModel::clear()
{
    if (m_slots.isEmpty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_slots.clear();
    endRemoveRows();
}

int SlotModel::rowOfStart(qint64 start) const
{
    for (int row = 0; row < m_slots.size(); ++row) {
        if (m_slots.at(row).start == start)
            return row;
    }
    return -1;
}

bool SlotModel::isBookable(int row) const
{
    const SlotInfo &slot = m_slots.at(row);
    // Matches SlotGrid::isOver: a slot that started less than a slot length ago is still bookable.
    return !slot.isFull() && slot.start + m_slotLength > m_now;
}

int SlotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int SlotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlotModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const SlotInfo &slot = m_slots.at(index.row());
    if (role == StartRole || role == IdRole)
        return slot.start;
    if (role == BookableRole)
        return isBookable(index.row());
    if (role == Qt::ForegroundRole && !isBookable(index.row()))
        return QBrush(QColor(0x88, 0x88, 0x88));
    if (role == Qt::TextAlignmentRole && index.column() != TimeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return role == RawRole ? QVariant(slot.start) : QVariant(LocalTime::hhmm(slot.start));
    case CapacityColumn:
        return slot.capacity;
    case TakenColumn:
        return slot.taken;
    case FreeColumn:
        if (role == RawRole)
            return slot.room();
        if (slot.start + m_slotLength <= m_now)
            return tr("over");
        return slot.isFull() ? tr("full") : QVariant(slot.room());
    default:
        return {};
    }
}

Qt::ItemFlags SlotModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return Qt::NoItemFlags;
    return isBookable(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant SlotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Slot");
    case CapacityColumn:
        return tr("Places");
    case TakenColumn:
        return tr("Booked");
    case FreeColumn:
        return tr("Free");
    default:
        return {};
    }
}

} // namespace Kezek
