#pragma once

#include "core/Result.h"
#include "display/CallListModel.h"
#include "domain/WaitEstimator.h"

#include <QObject>
#include <QQueue>

#include <memory>
#include <optional>

namespace Kezek {

class Bilingual;
class Clock;
class Database;
class LiveCenter;

// What the hall display shows, kept up to date by refresh(): the tickets called right now, the last few calls,
// how many wait and for about how long, and the queue of calls still to be announced one by one. The tickets called
// now, the waiting count and the estimate come from the live picture; the calls, which the picture does not keep
// (a recall changes no ticket's state), from the events table.
//
// New calls are the 'call' and 'recall' rows of the events table after the last id seen, never "today's calls":
// the ids keep growing across midnight, so a display left running for days sees every call, and after midnight
// the previous day's calls leave the lists by themselves. Every list is bounded (history size, the tickets called
// now, pendingLimit), so memory does not grow however long it runs. A failed read changes nothing; the next
// refresh tries again, and isConnected() says whether the last one worked.
class DisplayModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisplayModel)

public:
    static constexpr int defaultHistory = 6;
    // At 3 s each this is several minutes of calls; beyond it the oldest unannounced calls are only listed.
    static constexpr int pendingLimit = 100;
    // How often the wait estimate (one read of today's service times) is worked out again at most.
    static constexpr int estimateIntervalSeconds = 5;

    DisplayModel(const Database &db, const LiveCenter &center, const Clock &clock, QObject *parent = nullptr);
    ~DisplayModel() override;

    void setHistorySize(int calls);
    int historySize() const { return m_historySize; }

    // Reads the new calls and takes the rest from the picture; on failure keeps showing what it had and reports it
    // (a picture that is behind counts as a failure).
    Status refresh();
    bool isConnected() const { return m_connected; }

    CallListModel *recentCalls() const { return m_recent; }
    CallListModel *calledNow() const { return m_calledNow; }
    int waitingCount() const { return m_waiting; }
    std::optional<WaitEstimate> averageWait() const { return m_averageWait; }
    qint64 lastSeenEventId() const { return m_lastEventId; }
    const Bilingual &bilingual() const { return *m_bilingual; }

    // Calls not yet announced, oldest first.
    int pendingCount() const { return int(m_pending.size()); }
    std::optional<DisplayCall> takeAnnouncement();

Q_SIGNALS:
    // New calls are waiting to be announced.
    void announcementsPending();
    // The waiting count or the estimate changed.
    void summaryChanged();
    void connectionChanged(bool connected);

private:
    Status readNewCalls();
    void showCalledNow();
    Status updateWaiting(qint64 now);
    void setConnected(bool connected);

    const Database &m_db;
    const LiveCenter &m_center;
    const Clock &m_clock;
    std::unique_ptr<Bilingual> m_bilingual;
    CallListModel *m_recent;
    CallListModel *m_calledNow;
    int m_historySize = defaultHistory;
    qint64 m_lastEventId = -1; // -1: nothing read yet
    QList<DisplayCall> m_history;
    QQueue<DisplayCall> m_pending;
    int m_waiting = 0;
    std::optional<WaitEstimate> m_averageWait;
    std::optional<qint64> m_estimatedAt;
    bool m_connected = true;
};

} // namespace Kezek
