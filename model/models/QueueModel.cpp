#include "QueueModel.h"

#include "core/Clock.h"
#include "live/LiveCenter.h"
#include "models/Display.h"

#include <QFont>

#include <algorithm>

namespace Kezek {

QueueModel::QueueModel(const LiveCenter &center, const Clock &clock, QObject *parent)
    : LiveTableModel(parent)
    , m_center(center)
    , m_clock(clock)
{
    connect(&center, &LiveCenter::changed, this, &QueueModel::follow);
}

void QueueModel::setWindowNumber(int number)
{
    m_windowNumber = number;
    refresh();
}

bool QueueModel::holds(qint64 ticketId) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [ticketId](const QueuedTicket &q) { return q.ticket.id == ticketId; });
}

void QueueModel::follow(const ChangeSet &changes)
{
    const Window *window = m_center.window(m_windowNumber);
    // A change concerns this queue if it touched the window, a ticket in it, or a ticket it may take now.
    const bool touched = !window || changes.touchesWindow(window->id)
        || std::any_of(changes.tickets.cbegin(), changes.tickets.cend(), [&](qint64 id) {
               const Ticket *ticket = m_center.ticket(id);
               return holds(id) || (ticket && TicketStore::windowMayTake(*window, *ticket));
           });
    if (touched)
        refresh();
}

void QueueModel::refresh()
{
    QList<QueuedTicket> fresh;
    if (const Window *window = m_center.window(m_windowNumber))
        fresh = m_center.queueFor(*window, m_clock.now());
    sync(
        m_rows, fresh, [](const QueuedTicket &q) { return q.ticket.id; },
        [](const QueuedTicket &a, const QueuedTicket &b) {
            return a.tier != b.tier || a.ticket.state != b.ticket.state || a.ticket.serviceId != b.ticket.serviceId
                || a.ticket.priority != b.ticket.priority || a.ticket.slotStart != b.ticket.slotStart
                || a.ticket.issuedAt != b.ticket.issuedAt || a.ticket.number != b.ticket.number;
        });
    Q_EMIT summaryChanged();
}

void QueueModel::tick()
{
    refresh();
    announceColumn(WaitingColumn);
}

qint64 QueueModel::waitedSeconds(const Ticket &ticket) const
{
    return std::max<qint64>(0, m_clock.now() - ticket.arrival());
}

qint64 QueueModel::longestWaitSeconds() const
{
    qint64 longest = 0;
    for (const QueuedTicket &q : m_rows)
        longest = std::max(longest, waitedSeconds(q.ticket));
    return longest;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::reason(const QueuedTicket &queued) const
{
    const Ticket &t = queued.ticket;
    if (t.state == TicketState::Postponed)
        return tr("back from postponement");
    switch (queued.tier) {
    case CallTier::TransferredHere:
    case CallTier::Transferred:
        return tr("transferred");
    case CallTier::BookedDue:
        return tr("booked %1", "queue reason; %1 is the slot time").arg(Display::clockTime(t.slotStart.value_or(0)));
    case CallTier::Priority: {
        const PriorityCategory *category = m_center.category(t.priority);
        const QString name = category ? category->name(language()) : t.priority;
        return tr("out of turn: %1", "queue reason; %1 is the priority category").arg(name);
    }
    case CallTier::BookedEarly:
        return tr("early booking %1", "queue reason; %1 is the slot time")
            .arg(Display::clockTime(t.slotStart.value_or(0)));
    case CallTier::WalkIn:
        if (t.slotStart)
            return tr("late for booking %1: walk-in", "queue reason").arg(Display::clockTime(*t.slotStart));
        return tr("walk-in", "queue reason");
    }
    return {};
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueuedTicket &q = m_rows.at(index.row());
    const Ticket &t = q.ticket;
    if (role == IdRole)
        return t.id;
    if (role == TierRole)
        return int(q.tier);
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole || role == RawRole)
            return t.number;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ServiceColumn:
        if (const Service *service = m_center.service(t.serviceId)) {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return service->name(language());
            if (role == RawRole)
                return service->code;
        }
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return reason(q);
        if (role == RawRole)
            return int(q.tier);
        break;
    case WaitingColumn:
        if (role == Qt::DisplayRole)
            return Display::duration(waitedSeconds(t));
        if (role == RawRole)
            return waitedSeconds(t);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Ticket");
    case ServiceColumn:
        return tr("Service");
    case ReasonColumn:
        return tr("Why here", "queue column: the reason for the ticket's place");
    case WaitingColumn:
        return tr("Waiting", "queue column: time waited so far");
    default:
        return {};
    }
}

} // namespace Kezek
