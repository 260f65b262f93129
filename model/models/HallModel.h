#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "domain/Ticket.h"
#include "models/LiveTableModel.h"

#include <optional>

namespace Kezek {

class Clock;
class Database;

// Every window of the hall: its state (open, paused with the reason, closed), the ticket it has and
// the operator at it.
class HallModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HallModel)

public:
    enum Column { WindowColumn, StateColumn, TicketColumn, OperatorColumn, ColumnCount };

    struct Row
    {
        Window window;
        std::optional<Ticket> ticket;
        QString operatorName;
    };

    HallModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    Status refresh();
    const Row &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const Window &window) const;

    const Database &m_db;
    const Clock &m_clock;
    QList<Row> m_rows;
};

} // namespace Kezek
