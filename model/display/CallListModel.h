#pragma once

#include "models/LiveTableModel.h"

#include <QList>
#include <QString>

namespace Kezek {

class Bilingual;

// A ticket called to a window, as the hall display shows it: number and window only, never a name or an IIN.
struct DisplayCall
{
    qint64 key = 0; // the event id (recent calls) or the ticket id (called now)
    qint64 ticketId = 0;
    QString number;
    int windowNumber = 0;
    qint64 at = 0;
    bool recall = false;

    bool operator==(const DisplayCall &other) const = default;
};

// Calls on the hall display, newest first: the last few calls, or the tickets called right now.
// Headers speak Kazakh and Russian together.
class CallListModel final : public LiveTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallListModel)

public:
    enum Column { TicketColumn, WindowColumn, ColumnCount };
    enum CallRole { WindowRole = IdRole + 1, RecallRole };

    CallListModel(const Bilingual &bilingual, QObject *parent = nullptr);

    void setCalls(const QList<DisplayCall> &calls);
    const QList<DisplayCall> &calls() const { return m_calls; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Bilingual &m_bilingual;
    QList<DisplayCall> m_calls;
};

} // namespace Kezek
