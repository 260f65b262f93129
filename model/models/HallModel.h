#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "domain/Ticket.h"
#include "models/LiveTableModel.h"

#include <optional>

namespace Kezek {

class LiveCenter;
struct ChangeSet;

// Every window of the hall: its state (open, paused with the reason, closed), the ticket it has and
// the operator at it. Follows the live picture of the center and reads no database itself.
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

    explicit HallModel(const LiveCenter &center, QObject *parent = nullptr);

    void refresh();
    const Row &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const Window &window) const;
    void follow(const ChangeSet &changes);

    const LiveCenter &m_center;
    QList<Row> m_rows;
};

} // namespace Kezek
