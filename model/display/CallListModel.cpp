#include "CallListModel.h"

#include "display/Bilingual.h"

namespace Kezek {

CallListModel::CallListModel(const Bilingual &bilingual, QObject *parent)
    : LiveTableModel(parent)
    , m_bilingual(bilingual)
{
}

void CallListModel::setCalls(const QList<DisplayCall> &calls)
{
    sync(m_calls, calls, [](const DisplayCall &c) { return c.key; },
         [](const DisplayCall &a, const DisplayCall &b) { return !(a == b); });
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int CallListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const DisplayCall &call = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TicketColumn ? QVariant(call.number) : QVariant(QString::number(call.windowNumber));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case RawRole:
        return index.column() == TicketColumn ? QVariant(call.number) : QVariant(call.windowNumber);
    case IdRole:
        return call.ticketId;
    case WindowRole:
        return call.windowNumber;
    case RecallRole:
        return call.recall;
    default:
        return {};
    }
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == TicketColumn)
        return m_bilingual.both("HallDisplay", QT_TRANSLATE_NOOP("HallDisplay", "Ticket"), -1, QStringLiteral("\n"));
    if (section == WindowColumn)
        return m_bilingual.both("HallDisplay", QT_TRANSLATE_NOOP("HallDisplay", "Window"), -1, QStringLiteral("\n"));
    return {};
}

} // namespace Kezek
