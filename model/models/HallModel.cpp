#include "HallModel.h"

#include "live/LiveCenter.h"

#include <QColor>

namespace Kezek {

HallModel::HallModel(const LiveCenter &center, QObject *parent)
    : LiveTableModel(parent)
    , m_center(center)
{
    connect(&center, &LiveCenter::changed, this, &HallModel::follow);
    refresh();
}

void HallModel::follow(const ChangeSet &changes)
{
    // Any ticket change may be a call to or a finish at some window.
    if (changes.touchesWindows() || !changes.tickets.isEmpty())
        refresh();
}

void HallModel::refresh()
{
    const QHash<int, Ticket> atWindows = m_center.ticketsAtWindows();
    QList<Row> fresh;
    for (const Window &window : m_center.windows()) {
        const auto ticket = atWindows.constFind(window.id);
        fresh.append(Row{window, ticket == atWindows.cend() ? std::nullopt : std::optional<Ticket>(*ticket),
                         window.operatorId ? m_center.operatorName(*window.operatorId) : QString()});
    }
    sync(
        m_rows, fresh, [](const Row &r) { return r.window.id; },
        [](const Row &a, const Row &b) {
            const auto ticketKey = [](const Row &r) {
                return r.ticket ? std::pair(r.ticket->id, int(r.ticket->state)) : std::pair(qint64(0), -1);
            };
            return a.window.number != b.window.number || a.window.state != b.window.state
                || a.window.pauseReason != b.window.pauseReason || a.operatorName != b.operatorName
                || ticketKey(a) != ticketKey(b);
        });
}

int HallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HallModel::stateText(const Window &window) const
{
    if (window.state == WindowState::Paused && window.pauseReason) {
        //: window state with the pause reason, e.g. "paused: break"
        return tr("%1: %2").arg(Names::display(window.state), Names::display(*window.pauseReason));
    }
    return Names::display(window.state);
}

QVariant HallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.window.id;
    switch (index.column()) {
    case WindowColumn:
        if (role == Qt::DisplayRole || role == RawRole)
            return r.window.number;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(r.window);
        if (role == RawRole)
            return int(r.window.state);
        // Colour backs up the words, never replaces them.
        if (role == Qt::BackgroundRole) {
            switch (r.window.state) {
            case WindowState::Open:
                return QColor(0xd8, 0xf0, 0xdc);
            case WindowState::Paused:
                return QColor(0xfd, 0xeb, 0xc8);
            case WindowState::Closed:
                return QColor(0xe4, 0xe4, 0xe4);
            }
        }
        if (role == Qt::ForegroundRole)
            return QColor(0x20, 0x20, 0x20);
        break;
    case TicketColumn:
        if (role == Qt::DisplayRole) {
            if (!r.ticket)
                return QString();
            //: ticket at a window and its state, e.g. "A003 (being served)"
            return tr("%1 (%2)").arg(r.ticket->number, Names::display(r.ticket->state));
        }
        if (role == RawRole)
            return r.ticket ? r.ticket->number : QString();
        break;
    case OperatorColumn:
        if (role == Qt::DisplayRole || role == RawRole)
            return r.operatorName;
        break;
    default:
        break;
    }
    return {};
}

QVariant HallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WindowColumn:
        return tr("Window");
    case StateColumn:
        return tr("State");
    case TicketColumn:
        return tr("Ticket");
    case OperatorColumn:
        return tr("Operator");
    default:
        return {};
    }
}

} // namespace Kezek
