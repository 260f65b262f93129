#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "domain/Ticket.h"
#include "models/LiveTableModel.h"

#include <optional>

namespace Kezek {

class Clock;
class LiveCenter;
struct ChangeSet;

// The ticket at one window as a one-row table (no row when the window is free): what the current
// ticket panel shows, field by field, with the service time running live. Follows the live picture of the center
// and reads no database itself.
class CurrentTicketModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentTicketModel)

public:
    enum Column {
        NumberColumn,
        StateColumn,
        ServiceColumn,
        SourceColumn,
        SlotColumn,
        CategoryColumn,
        IinColumn,
        NameColumn,
        WaitedColumn,
        ServiceTimeColumn,
        CallsColumn,
        SinceCallColumn, // while called: the time since the last call, running
        ColumnCount
    };

    CurrentTicketModel(const LiveCenter &center, const Clock &clock, QObject *parent = nullptr);

    void setWindowNumber(int number);
    int windowNumber() const { return m_windowNumber; }

    // Takes the window's ticket from the live picture (which follows the database by itself).
    void refresh();
    // The clock moved on: the running service time, or the time since the call, changes.
    void tick();

    std::optional<Ticket> ticket() const { return m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.first()); }
    // The window as last read (state, pause reason, services), and the center's rules.
    const std::optional<Window> &window() const { return m_window; }
    const CenterSettings &settings() const;
    const QList<Service> &services() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The window's state or the ticket changed (not emitted by tick()).
    void stateChanged();

private:
    QString text(int column) const;
    QVariant raw(int column) const;
    QString serviceName(int serviceId) const;
    void follow(const ChangeSet &changes);

    const LiveCenter &m_center;
    const Clock &m_clock;
    int m_windowNumber = 0;
    QList<Ticket> m_rows; // none or one
    std::optional<Window> m_window;
};

} // namespace Kezek
