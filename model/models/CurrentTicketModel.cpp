#include "CurrentTicketModel.h"

#include "core/Clock.h"
#include "domain/Iin.h"
#include "core/LocalTime.h"
#include "live/LiveCenter.h"
#include "models/Display.h"

#include <algorithm>

namespace Kezek {

CurrentTicketModel::CurrentTicketModel(const LiveCenter &center, const Clock &clock, QObject *parent)
    : LiveTableModel(parent)
    , m_center(center)
    , m_clock(clock)
{
    connect(&center, &LiveCenter::changed, this, &CurrentTicketModel::follow);
    refresh();
}

void CurrentTicketModel::setWindowNumber(int number)
{
    m_windowNumber = number;
    refresh();
}

const CenterSettings &CurrentTicketModel::settings() const
{
    return m_center.settings();
}

const QList<Service> &CurrentTicketModel::services() const
{
    return m_center.services();
}

void CurrentTicketModel::follow(const ChangeSet &changes)
{
    const bool touched = !m_window || changes.touchesWindow(m_window->id)
        || (!m_rows.isEmpty() && changes.touchesTicket(m_rows.first().id))
        || std::any_of(changes.tickets.cbegin(), changes.tickets.cend(), [this](qint64 id) {
               const Ticket *ticket = m_center.ticket(id);
               return ticket && ticket->windowId == m_window->id;
           });
    if (touched)
        refresh();
}

void CurrentTicketModel::refresh()
{
    const Window *window = m_windowNumber > 0 ? m_center.window(m_windowNumber) : nullptr;
    m_window = window ? std::optional<Window>(*window) : std::nullopt;
    QList<Ticket> fresh;
    if (window) {
        if (auto ticket = m_center.ticketAtWindow(window->id))
            fresh.append(*ticket);
    }
    // A new ticket at the window replaces the row (remove + insert), a changed one updates it in place.
    sync(
        m_rows, fresh, [](const Ticket &t) { return t.id; },
        [](const Ticket &a, const Ticket &b) {
            return a.state != b.state || a.serviceId != b.serviceId || a.callCount != b.callCount
                || a.servingAt != b.servingAt || a.calledAt != b.calledAt || a.priority != b.priority;
        });
    Q_EMIT stateChanged();
}

void CurrentTicketModel::tick()
{
    if (m_rows.isEmpty())
        return;
    if (m_rows.first().servingAt)
        announceColumn(ServiceTimeColumn);
    if (m_rows.first().state == TicketState::Called)
        announceColumn(SinceCallColumn);
}

int CurrentTicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CurrentTicketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CurrentTicketModel::serviceName(int serviceId) const
{
    const Service *service = m_center.service(serviceId);
    return service ? service->name(language()) : QString();
}

QString CurrentTicketModel::text(int column) const
{
    const Ticket &t = m_rows.first();
    switch (column) {
    case NumberColumn:
        return t.number;
    case StateColumn:
        return Names::display(t.state);
    case ServiceColumn:
        return serviceName(t.serviceId);
    case SourceColumn:
        return Names::display(t.source);
    case SlotColumn:
        return t.slotStart ? Display::clockTime(*t.slotStart) : QString();
    case CategoryColumn:
        if (const PriorityCategory *category = m_center.category(t.priority))
            return category->name(language());
        return t.priority;
    case IinColumn:
        return t.iin.isEmpty() ? QString() : Iin::masked(t.iin);
    case NameColumn:
        return t.fullName;
    case WaitedColumn:
        return Display::duration(raw(column).toLongLong());
    case ServiceTimeColumn:
        return t.servingAt ? Display::duration(raw(column).toLongLong()) : QString();
    case CallsColumn:
        //: how many times the ticket was called, of the most allowed ("2/3")
        return tr("%1/%2").arg(t.callCount).arg(m_center.settings().recallMax);
    case SinceCallColumn:
        return t.state == TicketState::Called ? Display::duration(raw(column).toLongLong()) : QString();
    default:
        return {};
    }
}

QVariant CurrentTicketModel::raw(int column) const
{
    const Ticket &t = m_rows.first();
    switch (column) {
    case StateColumn:
        return int(t.state);
    case WaitedColumn:
        // DOMAIN.md: wait = first call - arrival.
        return std::max<qint64>(0, t.firstCalledAt.value_or(m_clock.now()) - t.arrival());
    case ServiceTimeColumn:
        return t.servingAt ? QVariant(std::max<qint64>(0, m_clock.now() - *t.servingAt)) : QVariant();
    case CallsColumn:
        return t.callCount;
    case SinceCallColumn:
        return t.state == TicketState::Called
            ? QVariant(std::max<qint64>(0, m_clock.now() - t.lastCallAt.value_or(t.calledAt.value_or(m_clock.now()))))
            : QVariant();
    case SlotColumn:
        return t.slotStart ? QVariant(*t.slotStart) : QVariant();
    case SourceColumn:
        return Names::key(t.source);
    default:
        return text(column);
    }
}

QVariant CurrentTicketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.column());
    case RawRole:
        return raw(index.column());
    case IdRole:
        return m_rows.first().id;
    default:
        return {};
    }
}

QVariant CurrentTicketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Ticket");
    case StateColumn:
        return tr("State");
    case ServiceColumn:
        return tr("Service");
    case SourceColumn:
        return tr("Source");
    case SlotColumn:
        return tr("Booked for");
    case CategoryColumn:
        return tr("Out of turn");
    case IinColumn:
        return tr("IIN");
    case NameColumn:
        return tr("Name");
    case WaitedColumn:
        return tr("Waited");
    case ServiceTimeColumn:
        return tr("Service time");
    case CallsColumn:
        return tr("Calls");
    case SinceCallColumn:
        return tr("Since the call");
    default:
        return {};
    }
}

} // namespace Kezek
