#include "CallNextBench.h"
#include "BenchStaff.h"

#include "BenchFixture.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "domain/CallPolicy.h"
#include "domain/Catalogue.h"
#include "domain/TicketStore.h"
#include "domain/QueueService.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <tuple>
#include <vector>

namespace Kezek::Bench {

Latency summarise(std::vector<qint64> nanos)
{
    Latency result;
    if (nanos.empty())
        return result;
    std::sort(nanos.begin(), nanos.end());
    const auto at = [&nanos](double q) { return double(nanos[size_t(q * double(nanos.size() - 1))]) / 1000.0; };
    result.p50Micros = at(0.50);
    result.p99Micros = at(0.99);
    result.meanMicros = double(std::accumulate(nanos.begin(), nanos.end(), qint64(0))) / double(nanos.size()) / 1000.0;
    result.calls = int(nanos.size());
    return result;
}

namespace {

// Frees window `number` after a measured call, outside the measurement, as the operator would.
void freeWindow(QueueService &queue, const Ticket &ticket, const Actor &atWindow)
{
    (void)queue.startServing(ticket.id, atWindow);
    (void)queue.finish(ticket.id, {{ticket.serviceId, Outcome::Done, {}}}, atWindow);
}

} // namespace

Latency measureKezekCallNext(const QString &path, int calls)
{
    auto opened = Database::open({path});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    FixedClock clock(benchTime(12, 0));
    QueueService queue(**opened, clock);
    std::vector<Actor> operators;
    for (int window = 1; window <= 12; ++window)
        operators.push_back(benchOperatorAt(**opened, window));
    std::vector<qint64> nanos;
    QElapsedTimer timer;
    for (int i = 0; i < calls; ++i) {
        const int window = 1 + i % 12;
        const Actor &atWindow = operators[size_t(window - 1)];
        timer.start();
        auto called = queue.callNext(window, atWindow);
        nanos.push_back(timer.nsecsElapsed());
        if (!called)
            qFatal("call-next %d at window %d: %s", i, window, qPrintable(called.message()));
        freeWindow(queue, called->ticket, atWindow);
        clock.advance(1);
    }
    return summarise(std::move(nanos));
}

namespace {

// A prepared sqlite3 statement kept for the whole run, as a hand-tuned C program would.
class Statement final
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            qFatal("prepare %s: %s", sql, sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)
    sqlite3_stmt *operator*() const { return m_stmt; }
    void reset() const
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("%s: %s", sql, error);
}

// A window's lane-probe statement with its parameters resolved to indexes once, as C code would.
struct HeadsStatement
{
    std::unique_ptr<Statement> statement;
    std::vector<std::pair<int, qint64>> fixed; // window and service parameters
    int nowIndex = 0;
};

HeadsStatement prepareHeads(sqlite3 *db, const Window &window)
{
    const auto [sql, binds] = TicketStore::laneHeadsSql(window, benchTime(12, 0));
    HeadsStatement heads{std::make_unique<Statement>(db, sql.toUtf8().constData()), {}, 0};
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        const int index = sqlite3_bind_parameter_index(**heads.statement, it.key().toUtf8().constData());
        if (it.key() == QLatin1String(":now"))
            heads.nowIndex = index;
        else
            heads.fixed.emplace_back(index, it.value().toLongLong());
    }
    return heads;
}

} // namespace

Latency measureBareCallNext(const QString &path, int calls)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        qFatal("open %s", qPrintable(path));
    exec(db, "PRAGMA busy_timeout = 5000");
    exec(db, "PRAGMA foreign_keys = ON");
    exec(db, "PRAGMA synchronous = NORMAL");
    exec(db, "PRAGMA journal_mode = WAL");
    std::vector<qint64> nanos;
    {
        const Statement begin(db, "BEGIN IMMEDIATE");
        const Statement commit(db, "COMMIT");
        const Statement settings(db, "SELECT name, mode, hall_capacity, slot_s, early_allowance_s, "
                                     "late_tolerance_s, recall_max, recall_spacing_s, priority_streak_cap, "
                                     "wait_target_s FROM center WHERE id = 1");
        const Statement window(db, "SELECT id, number, state, pause_reason, operator_id, priority_streak FROM windows "
                                   "WHERE number = ?1");
        const Statement windowServices(db, "SELECT window_id, service_id FROM window_services WHERE window_id IN "
                                           "(SELECT id FROM windows WHERE number = ?1) ORDER BY service_id");
        const QByteArray ticketSql = TicketStore::selectSql().toUtf8();
        const QByteArray atWindowSql =
            ticketSql + "WHERE t.window_id = ?1 AND t.state IN ('called', 'serving') AND t.day = ?2";
        const Statement atWindow(db, atWindowSql.constData());
        // The lane probes differ per window (one per service it serves): one cached statement per window.
        auto windows = Catalogue(**Database::open({path})).windows();
        if (!windows)
            qFatal("%s", qPrintable(windows.message()));
        std::vector<HeadsStatement> headsByWindow;
        for (const Window &w : std::as_const(*windows))
            headsByWindow.push_back(prepareHeads(db, w));
        const QByteArray byIdSql = ticketSql + "WHERE t.id = ?1";
        const Statement byId(db, byIdSql.constData());
        const Statement update(db, "UPDATE tickets SET service_id = ?, state = 'called', lane = ?, order_key = ?, "
                                   "due_at = NULL, target_window_id = ?, window_id = ?, operator_id = ?, "
                                   "first_called_at = coalesce(first_called_at, ?), called_at = ?, serving_at = NULL, "
                                   "finished_at = NULL, call_count = 1, last_call_at = ? WHERE id = ? AND state = ?");
        const Statement event(db, "INSERT INTO events (ticket_id, action, from_state, to_state, window_id, "
                                  "operator_id, at, note) VALUES (?, 'call', ?, 'called', ?, ?, ?, NULL)");
        const Statement streak(db, "UPDATE windows SET priority_streak = ? WHERE id = ?");
        // QueueService::startStep: whether earlier days left tickets waiting or at a window (none here).
        const Statement left(db, "SELECT (SELECT count(*) FROM (SELECT 1 FROM tickets WHERE state IN ('waiting', "
                                 "'transferred', 'postponed') AND order_key < ?1 LIMIT 1) AS waiting), "
                                 "(SELECT count(*) FROM (SELECT 1 FROM tickets WHERE state IN ('called', 'serving') "
                                 "AND day < ?2 LIMIT 1) AS at_windows)");
        const qint64 startOfToday = benchTime(0, 0);
        const Statement finish(db, "UPDATE tickets SET state = 'served', finished_at = ?1 WHERE window_id = ?2 "
                                   "AND state = 'called'");

        const auto step = [db](const Statement &s) {
            int rc;
            while ((rc = sqlite3_step(*s)) == SQLITE_ROW) {
            }
            if (rc != SQLITE_DONE)
                qFatal("step: %s", sqlite3_errmsg(db));
            s.reset();
        };

        QElapsedTimer timer;
        qint64 now = benchTime(12, 0);
        for (int i = 0; i < calls; ++i) {
            const int number = 1 + i % 12;
            timer.start();
            sqlite3_step(*begin);
            begin.reset();
            sqlite3_step(*settings);
            const int earlyAllowance = sqlite3_column_int(*settings, 6);
            const int cap = sqlite3_column_int(*settings, 10);
            settings.reset();
            sqlite3_bind_int(*window, 1, number);
            sqlite3_step(*window);
            const int windowId = sqlite3_column_int(*window, 0);
            const int operatorId = sqlite3_column_int(*window, 4);
            const int priorityStreak = sqlite3_column_int(*window, 5);
            window.reset();
            sqlite3_bind_int(*windowServices, 1, number);
            const QByteArray today = LocalTime::dayKey(now).toUtf8();
            sqlite3_bind_int64(*left, 1, startOfToday);
            sqlite3_bind_text(*left, 2, today.constData(), int(today.size()), SQLITE_TRANSIENT);
            step(left);
            step(windowServices);
            sqlite3_bind_int(*atWindow, 1, windowId);
            sqlite3_bind_text(*atWindow, 2, today.constData(), int(today.size()), SQLITE_TRANSIENT);
            step(atWindow);
            const HeadsStatement &probe = headsByWindow[size_t(number - 1)];
            const Statement &heads = *probe.statement;
            for (const auto &[index, value] : probe.fixed)
                sqlite3_bind_int64(*heads, index, value);
            sqlite3_bind_int64(*heads, probe.nowIndex, now);
            LaneHeads laneHeads;
            while (sqlite3_step(*heads) == SQLITE_ROW) {
                const QueueCandidate candidate{
                    sqlite3_column_int64(*heads, 1), Lane(sqlite3_column_int(*heads, 2)),
                    sqlite3_column_type(*heads, 3) != SQLITE_NULL && sqlite3_column_int(*heads, 3) == windowId,
                    sqlite3_column_int64(*heads, 4)};
                auto &head = laneHeads.heads[sqlite3_column_int(*heads, 0)];
                if (!head || std::tie(candidate.orderKey, candidate.ticketId) < std::tie(head->orderKey, head->ticketId))
                    head = candidate;
            }
            heads.reset();
            const auto choice = CallPolicy(earlyAllowance, cap).pick(laneHeads, priorityStreak, now);
            if (!choice)
                qFatal("bare call-next found nobody at window %d", number);
            sqlite3_bind_int64(*byId, 1, choice->candidate.ticketId);
            sqlite3_step(*byId);
            const int serviceId = sqlite3_column_int(*byId, 3);
            const QByteArray state(reinterpret_cast<const char *>(sqlite3_column_text(*byId, 7)));
            const int lane = sqlite3_column_int(*byId, 8);
            const qint64 orderKey = sqlite3_column_int64(*byId, 24);
            const bool hasTarget = sqlite3_column_type(*byId, 12) != SQLITE_NULL;
            const int target = sqlite3_column_int(*byId, 12);
            byId.reset();
            int p = 0;
            sqlite3_bind_int(*update, ++p, serviceId);
            sqlite3_bind_int(*update, ++p, lane);
            sqlite3_bind_int64(*update, ++p, orderKey);
            hasTarget ? sqlite3_bind_int(*update, ++p, target) : sqlite3_bind_null(*update, ++p);
            sqlite3_bind_int(*update, ++p, windowId);
            sqlite3_bind_int(*update, ++p, operatorId);
            sqlite3_bind_int64(*update, ++p, now);
            sqlite3_bind_int64(*update, ++p, now);
            sqlite3_bind_int64(*update, ++p, now);
            sqlite3_bind_int64(*update, ++p, choice->candidate.ticketId);
            sqlite3_bind_text(*update, ++p, state.constData(), -1, SQLITE_TRANSIENT);
            step(update);
            sqlite3_bind_int64(*event, 1, choice->candidate.ticketId);
            sqlite3_bind_text(*event, 2, state.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(*event, 3, windowId);
            sqlite3_bind_int(*event, 4, operatorId);
            sqlite3_bind_int64(*event, 5, now);
            step(event);
            if (const int after = CallPolicy::streakAfter(choice->tier, priorityStreak); after != priorityStreak) {
                sqlite3_bind_int(*streak, 1, after);
                sqlite3_bind_int(*streak, 2, windowId);
                step(streak);
            }
            step(commit);
            nanos.push_back(timer.nsecsElapsed());
            // Free the window, outside the measurement.
            sqlite3_bind_int64(*finish, 1, now);
            sqlite3_bind_int(*finish, 2, windowId);
            step(finish);
            ++now;
        }
    }
    sqlite3_close(db);
    return summarise(std::move(nanos));
}

} // namespace Kezek::Bench
