#include "QueueModel.h"

#include "core/Clock.h"
#include "models/Display.h"

#include <QFont>

#include <algorithm>

namespace Kezek {

QueueModel::QueueModel(const Database &db, const Clock &clock, QObject *parent)
    : LiveTableModel(parent)
    , m_db(db)
    , m_clock(clock)
{
}

void QueueModel::setWindowNumber(int number)
{
    m_windowNumber = number;
}

Status QueueModel::refresh()
{
    const Catalogue catalogue(m_db);
    auto settings = catalogue.settings();
    if (!settings)
        return settings.failure();
    auto services = catalogue.services();
    if (!services)
        return services.failure();
    auto categories = catalogue.priorityCategories();
    if (!categories)
        return categories.failure();
    QList<QueuedTicket> fresh;
    if (m_windowNumber > 0) {
        auto window = catalogue.window(m_windowNumber);
        if (!window)
            return window.failure();
        const CallPolicy policy(settings->earlyAllowance, settings->priorityStreakCap);
        auto queue = TicketStore(m_db).queueFor(*window, policy, m_clock.now());
        if (!queue)
            return queue.failure();
        fresh = std::move(queue).value();
    }
    m_services.clear();
    for (const Service &service : std::as_const(*services))
        m_services.insert(service.id, service);
    m_categories.clear();
    for (const PriorityCategory &category : std::as_const(*categories))
        m_categories.insert(category.code, category);

    sync(
        m_rows, fresh, [](const QueuedTicket &q) { return q.ticket.id; },
        [](const QueuedTicket &a, const QueuedTicket &b) {
            return a.tier != b.tier || a.ticket.state != b.ticket.state || a.ticket.serviceId != b.ticket.serviceId
                || a.ticket.priority != b.ticket.priority || a.ticket.slotStart != b.ticket.slotStart
                || a.ticket.issuedAt != b.ticket.issuedAt || a.ticket.number != b.ticket.number;
        });
    Q_EMIT summaryChanged();
    return success();
}

void QueueModel::tick()
{
    announceColumn(WaitingColumn);
    Q_EMIT summaryChanged();
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
        const auto category = m_categories.constFind(t.priority);
        const QString name = category == m_categories.cend() ? t.priority : category->name(language());
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
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_services.value(t.serviceId).name(language());
        if (role == RawRole)
            return m_services.value(t.serviceId).code;
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
