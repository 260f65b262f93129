#include "ServiceTotalsModel.h"

#include "core/Clock.h"
#include "live/LiveCenter.h"
#include "models/Display.h"

#include <QHash>

#include <algorithm>

namespace Kezek {

ServiceTotalsModel::ServiceTotalsModel(const LiveCenter &center, const Clock &clock, QObject *parent)
    : LiveTableModel(parent)
    , m_center(center)
    , m_clock(clock)
{
    connect(&center, &LiveCenter::changed, this, &ServiceTotalsModel::follow);
    refresh();
}

void ServiceTotalsModel::follow(const ChangeSet &changes)
{
    if (changes.touchesTickets())
        refresh();
}

void ServiceTotalsModel::refresh()
{
    const QList<Ticket> waiting = m_center.waiting(m_clock.now());
    QHash<int, Row> byService;
    for (const Ticket &t : waiting) {
        Row &row = byService[t.serviceId];
        ++row.waiting;
        row.oldestArrival = row.oldestArrival == 0 ? t.arrival() : std::min(row.oldestArrival, t.arrival());
    }
    QList<Row> fresh;
    for (const Service &service : m_center.services()) {
        Row row = byService.value(service.id);
        row.service = service;
        fresh.append(row);
    }
    sync(
        m_rows, fresh, [](const Row &r) { return r.service.id; },
        [](const Row &a, const Row &b) {
            return a.waiting != b.waiting || a.oldestArrival != b.oldestArrival || a.service.nameEn != b.service.nameEn
                || a.service.nameKk != b.service.nameKk || a.service.nameRu != b.service.nameRu;
        });
}

void ServiceTotalsModel::tick()
{
    // Postponed citizens come back with time alone.
    refresh();
    announceColumn(LongestWaitColumn);
}

int ServiceTotalsModel::totalWaiting() const
{
    int total = 0;
    for (const Row &row : m_rows)
        total += row.waiting;
    return total;
}

qint64 ServiceTotalsModel::longestWait(const Row &row) const
{
    return row.waiting == 0 ? 0 : std::max<qint64>(0, m_clock.now() - row.oldestArrival);
}

int ServiceTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.service.id;
    switch (index.column()) {
    case ServiceColumn:
        if (role == Qt::DisplayRole)
            return QString(r.service.letter + QStringLiteral(" · ") + r.service.name(language()));
        if (role == RawRole)
            return r.service.code;
        break;
    case WaitingColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(r.waiting);
        if (role == RawRole)
            return r.waiting;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LongestWaitColumn:
        if (role == Qt::DisplayRole)
            return r.waiting == 0 ? QString() : Display::duration(longestWait(r));
        if (role == RawRole)
            return longestWait(r);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ServiceTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case WaitingColumn:
        return tr("Waiting", "number of people waiting");
    case LongestWaitColumn:
        return tr("Longest wait");
    default:
        return {};
    }
}

} // namespace Kezek
