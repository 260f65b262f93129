#include "CallNextBench.h"

#include "BenchFixture.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "domain/CallPolicy.h"
#include "domain/Catalogue.h"
#include "domain/TicketStore.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <libpq-fe.h>

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

namespace Kezek::Bench {

namespace {

// A statement prepared once on the connection, run with text parameters as a C program would.
class Prepared
{
public:
    Prepared(PGconn *connection, const QByteArray &sql)
        : m_connection(connection)
        , m_name("s" + QByteArray::number(counter()++))
    {
        PGresult *result = PQprepare(connection, m_name.constData(), sql.constData(), 0, nullptr);
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            qFatal("prepare %s: %s", sql.constData(), PQerrorMessage(connection));
        PQclear(result);
    }

    // Runs with `params` and returns the result (owned by the caller through the unique_ptr).
    std::unique_ptr<PGresult, void (*)(PGresult *)> run(const std::vector<QByteArray> &params) const
    {
        std::vector<const char *> values;
        for (const QByteArray &p : params)
            values.push_back(p.isNull() ? nullptr : p.constData());
        PGresult *result = PQexecPrepared(m_connection, m_name.constData(), int(values.size()), values.data(), nullptr,
                                          nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            qFatal("run: %s", PQerrorMessage(m_connection));
        return {result, PQclear};
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }

    PGconn *m_connection;
    QByteArray m_name;
};

// A window's lane-probe statement in $n placeholders, with its fixed parameters.
struct ServerHeads
{
    std::unique_ptr<Prepared> statement;
    std::vector<QByteArray> params; // in $n order; the one of :now is replaced at each call
    int nowParam = -1;
};

ServerHeads prepareHeads(PGconn *connection, const Window &window)
{
    auto [sql, binds] = TicketStore::laneHeadsSql(window, benchTime(12, 0));
    // Longest names first, so that :s1 does not eat the start of :s10.
    QStringList names = binds.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    ServerHeads heads;
    for (const QString &name : std::as_const(names)) {
        heads.params.push_back(QByteArray::number(binds.value(name).toLongLong()));
        if (name == QLatin1String(":now"))
            heads.nowParam = int(heads.params.size()) - 1;
        sql.replace(name, QLatin1Char('$') + QString::number(heads.params.size()));
    }
    heads.statement = std::make_unique<Prepared>(connection, sql.toUtf8());
    return heads;
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

Latency measureBareServerCallNext(const QString &url, int calls)
{
    PGconn *connection = PQconnectdb(url.toUtf8().constData());
    if (PQstatus(connection) != CONNECTION_OK)
        qFatal("connect: %s", PQerrorMessage(connection));
    std::vector<qint64> nanos;
    {
        // Kezek's write lock (Dialect): the advisory lock, under READ COMMITTED.
        const Prepared begin(connection, "BEGIN ISOLATION LEVEL READ COMMITTED");
        const Prepared lock(connection, "SELECT pg_advisory_xact_lock(293287937355)");
        const Prepared commit(connection, "COMMIT");
        const Prepared settings(connection, "SELECT name, mode, hall_capacity, slot_s, "
                                            "early_allowance_s, late_tolerance_s, recall_max, recall_spacing_s, "
                                            "priority_streak_cap, wait_target_s FROM center WHERE id = 1");
        const Prepared window(connection, "SELECT id, number, state, pause_reason, operator_id, priority_streak "
                                          "FROM windows WHERE number = $1");
        const Prepared windowServices(connection, "SELECT window_id, service_id FROM window_services WHERE "
                                                  "window_id IN (SELECT id FROM windows WHERE number = $1) "
                                                  "ORDER BY service_id");
        const QByteArray ticketSql = TicketStore::selectSql().toUtf8();
        const Prepared atWindow(connection,
                                ticketSql + "WHERE t.window_id = $1 AND t.state IN ('called', 'serving') AND t.day = $2");
        auto opened = Database::open({url});
        if (!opened)
            qFatal("%s", qPrintable(opened.message()));
        auto windows = Catalogue(**opened).windows();
        if (!windows)
            qFatal("%s", qPrintable(windows.message()));
        std::vector<ServerHeads> headsByWindow;
        for (const Window &w : std::as_const(*windows))
            headsByWindow.push_back(prepareHeads(connection, w));
        const Prepared byId(connection, ticketSql + "WHERE t.id = $1");
        const Prepared update(connection, "UPDATE tickets SET service_id = $1, state = 'called', lane = $2, "
                                          "order_key = $3, due_at = NULL, target_window_id = $4, window_id = $5, "
                                          "operator_id = $6, first_called_at = coalesce(first_called_at, $7), "
                                          "called_at = $8, serving_at = NULL, finished_at = NULL, call_count = 1, "
                                          "last_call_at = $9 WHERE id = $10 AND state = $11");
        const Prepared event(connection, "INSERT INTO events (ticket_id, action, from_state, to_state, window_id, "
                                         "operator_id, at, note) VALUES ($1, 'call', $2, 'called', $3, $4, $5, NULL)");
        const Prepared streak(connection, "UPDATE windows SET priority_streak = $1 WHERE id = $2");
        const Prepared left(connection, "SELECT (SELECT count(*) FROM (SELECT 1 FROM tickets WHERE state IN ('waiting', "
                                        "'transferred', 'postponed') AND order_key < $1 LIMIT 1) AS waiting), "
                                        "(SELECT count(*) FROM (SELECT 1 FROM tickets WHERE state IN ('called', "
                                        "'serving') AND day < $2 LIMIT 1) AS at_windows)");
        // Freeing the window leaves its event too, so that the state checks of the later runs on this database hold.
        const Prepared finishEvent(connection, "INSERT INTO events (ticket_id, action, from_state, to_state, window_id, "
                                               "at) VALUES ($1, 'finish', 'called', 'served', $2, $3)");
        const Prepared finish(connection, "UPDATE tickets SET state = 'served', finished_at = $1 WHERE id = $2");
        const qint64 startOfToday = benchTime(0, 0);

        QElapsedTimer timer;
        qint64 now = benchTime(12, 0);
        for (int i = 0; i < calls; ++i) {
            const int windowNumber = 1 + i % 12;
            timer.start();
            begin.run({});
            lock.run({});
            const auto center = settings.run({});
            const int earlyAllowance = atoi(PQgetvalue(center.get(), 0, 6));
            const int cap = atoi(PQgetvalue(center.get(), 0, 10));
            const auto found = window.run({number(windowNumber)});
            const int windowId = atoi(PQgetvalue(found.get(), 0, 0));
            const QByteArray operatorId(PQgetvalue(found.get(), 0, 4));
            const int priorityStreak = atoi(PQgetvalue(found.get(), 0, 5));
            const QByteArray today = LocalTime::dayKey(now).toUtf8();
            left.run({number(startOfToday), today});
            windowServices.run({number(windowNumber)});
            atWindow.run({number(windowId), today});
            ServerHeads &probe = headsByWindow[size_t(windowNumber - 1)];
            probe.params[size_t(probe.nowParam)] = number(now);
            const auto rows = probe.statement->run(probe.params);
            LaneHeads laneHeads;
            for (int row = 0; row < PQntuples(rows.get()); ++row) {
                const auto column = [&](int c) { return PQgetvalue(rows.get(), row, c); };
                const QueueCandidate candidate{atoll(column(1)), Lane(atoi(column(2))),
                                               !PQgetisnull(rows.get(), row, 3) && atoi(column(3)) == windowId,
                                               atoll(column(4))};
                auto &head = laneHeads.heads[atoi(column(0))];
                if (!head || std::tie(candidate.orderKey, candidate.ticketId) < std::tie(head->orderKey, head->ticketId))
                    head = candidate;
            }
            const auto choice = CallPolicy(earlyAllowance, cap).pick(laneHeads, priorityStreak, now);
            if (!choice)
                qFatal("bare call-next on the server found nobody at window %d", windowNumber);
            const auto ticket = byId.run({number(choice->candidate.ticketId)});
            const auto field = [&](int c) { return QByteArray(PQgetvalue(ticket.get(), 0, c)); };
            const QByteArray state = field(7);
            update.run({field(3), field(8), field(24), PQgetisnull(ticket.get(), 0, 12) ? QByteArray() : field(12),
                        number(windowId), operatorId.isEmpty() ? QByteArray() : operatorId, number(now), number(now),
                        number(now), number(choice->candidate.ticketId), state});
            event.run({number(choice->candidate.ticketId), state, number(windowId),
                       operatorId.isEmpty() ? QByteArray() : operatorId, number(now)});
            if (const int after = CallPolicy::streakAfter(choice->tier, priorityStreak); after != priorityStreak)
                streak.run({number(after), number(windowId)});
            commit.run({});
            nanos.push_back(timer.nsecsElapsed());
            // Free the window, outside the measurement.
            finishEvent.run({number(choice->candidate.ticketId), number(windowId), number(now)});
            finish.run({number(now), number(choice->candidate.ticketId)});
            ++now;
        }
    }
    PQfinish(connection);
    return summarise(std::move(nanos));
}

} // namespace Kezek::Bench
