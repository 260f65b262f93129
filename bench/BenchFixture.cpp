#include "BenchFixture.h"
#include "BenchStaff.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/WriteTransaction.h"
#include "domain/Catalogue.h"
#include "domain/DemoCenter.h"
#include "domain/QueueService.h"

#include <QDate>
#include <QFile>

namespace Kezek::Bench {

qint64 benchTime(int hour, int minute)
{
    return LocalTime::at(QDate(2020, 5, 18), hour * 3600 + minute * 60);
}

QString buildHistory(const QString &path, int pastTickets, int waiting)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto opened = Database::open({path}, OpenOptions{true, 5000});
    if (!opened)
        return opened.message();
    Database &db = **opened;
    if (auto status = DemoCenter::install(db); !status)
        return status.message();
    // Windows 13 to 30, serving every service: a big center, for 30 processes calling at once.
    const Status windows = db.write([&]() -> Status {
        for (int w = 13; w <= 30; ++w) {
            const QString login = QStringLiteral("op%1").arg(w);
            Query op(db, QStringLiteral("INSERT INTO operators (login, full_name, role) VALUES (:login, :login2, "
                                        "'operator')"));
            op.bind(QStringLiteral(":login"), login).bind(QStringLiteral(":login2"), login);
            Query window(db, QStringLiteral("INSERT INTO windows (number, operator_id) SELECT :number, id FROM "
                                            "operators WHERE login = :login"));
            window.bind(QStringLiteral(":number"), w).bind(QStringLiteral(":login"), login);
            Query serves(db, QStringLiteral("INSERT INTO window_services (window_id, service_id) SELECT w.id, s.id "
                                            "FROM windows w, services s WHERE w.number = :number"));
            serves.bind(QStringLiteral(":number"), w);
            for (Query *q : {&op, &window, &serves}) {
                if (auto status = q->exec(QStringLiteral("adding window %1").arg(w)); !status)
                    return status;
            }
        }
        return success();
    });
    if (!windows)
        return windows.message();

    {
        // Two years of served tickets, about 1,370 a day, written in one statement.
        WriteTransaction transaction(db);
        const qint64 firstDay = LocalTime::at(QDate(2018, 5, 18), 9 * 3600);
        Query history(db, QStringLiteral(
                              "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < :count) "
                              "INSERT INTO tickets (day, number, service_id, source, state, lane, order_key, issued_at, "
                              "window_id, first_called_at, called_at, serving_at, finished_at, call_count, "
                              "last_call_at) "
                              "SELECT date(:first + (i / 1370) * 86400 + 21600, 'unixepoch'), "
                              "'H' || (i % 1370), 1 + i % 8, CASE WHEN i % 2 = 0 THEN 'egov' ELSE 'walkin' END, "
                              "'served', 4, t, t, 1 + i % 12, t + 600, t + 600, t + 630, t + 1230, 1, t + 600 "
                              "FROM (SELECT i, :first + (i / 1370) * 86400 + (i % 1370) * 23 AS t FROM n)"));
        history.bind(QStringLiteral(":count"), pastTickets).bind(QStringLiteral(":first"), firstDay);
        if (auto status = history.exec(QStringLiteral("writing the ticket history")); !status)
            return status.message();
        Query events(db, QStringLiteral("INSERT INTO events (ticket_id, action, from_state, to_state, window_id, at) "
                                        "SELECT id, 'finish', 'serving', 'served', window_id, finished_at "
                                        "FROM tickets"));
        if (auto status = events.exec(QStringLiteral("writing the event history")); !status)
            return status.message();
        Query served(db, QStringLiteral("INSERT INTO served_services (ticket_id, service_id, outcome, started_at, "
                                        "ended_at, window_id) SELECT id, service_id, 'done', serving_at, finished_at, "
                                        "window_id FROM tickets"));
        if (auto status = served.exec(QStringLiteral("writing the served services")); !status)
            return status.message();
        if (auto status = transaction.commit(); !status)
            return status.message();
    }

    // Today's queue through the engine itself: mostly walk-ins, some out of turn, some booked.
    FixedClock clock(benchTime(8, 0));
    QueueService queue(db, clock);
    const Actor desk = benchAccount(db, QStringLiteral("reception"));
    auto services = Catalogue(db).services();
    if (!services)
        return services.message();
    const QStringList categories{QStringLiteral("veteran"), QStringLiteral("disability"), QStringLiteral("pregnant"),
                                 QStringLiteral("infant")};
    for (int i = 0; i < waiting; ++i) {
        clock.set(benchTime(8, 0) + i * 7);
        const Service &service = services->at(i % services->size());
        if (i % 10 == 3 && service.bookable) {
            Query book(db, QStringLiteral("INSERT INTO bookings (channel, booking_id, iin, service_id, slot_start, "
                                          "created_at) VALUES ('egov', :code, '950815350123', :service, :slot, 0)"));
            book.bind(QStringLiteral(":code"), QStringLiteral("BENCH-%1").arg(i))
                .bind(QStringLiteral(":service"), service.id)
                .bind(QStringLiteral(":slot"), benchTime(9, 0) + (i % 36) * 900);
            if (auto status = book.exec(QStringLiteral("booking")); !status)
                return status.message();
            if (auto checked = queue.checkIn(QStringLiteral("BENCH-%1").arg(i), desk); !checked)
                return checked.message();
            continue;
        }
        const QString category = i % 10 == 7 ? categories.at(i % categories.size()) : QString();
        if (auto ticket = queue.issue(service.id, category, desk); !ticket)
            return ticket.message();
    }
    return {};
}

} // namespace Kezek::Bench
