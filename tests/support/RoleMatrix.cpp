#include "RoleMatrix.h"

#include "RawDatabase.h"
#include "TestDatabase.h"

#include "audit/AuditTrail.h"
#include "auth/Accounts.h"
#include "domain/BookingCalendar.h"
#include "domain/DaySimulator.h"
#include "domain/QueueService.h"
#include "db/Query.h"
#include "io/BookingImporter.h"
#include "setup/CenterConfigurator.h"

namespace Kezek::Test {

QString snapshot(const QString &location)
{
    const char *queries[] = {
        "SELECT id || state || coalesce(window_id, 0) FROM tickets ORDER BY id",
        "SELECT count(*) FROM events",
        "SELECT number || state || coalesce(pause_reason, '') || coalesce(operator_id, 0) FROM windows ORDER BY number",
        "SELECT count(*) FROM window_events",
        "SELECT booking_id || coalesce(ticket_id, 0) FROM bookings ORDER BY id",
        "SELECT login || role || active || coalesce(password_hash, '') FROM operators ORDER BY id",
        "SELECT hall_capacity FROM center",
        "SELECT count(*) FROM audit_log",
        "SELECT count(*) FROM served_services",
    };
    const RawDatabase raw(location, QStringLiteral("roles-snapshot"));
    QStringList parts;
    for (const char *sql : queries)
        parts << raw.column(QString::fromLatin1(sql)).join(QLatin1Char(','));
    return parts.join(QLatin1Char('|'));
}

int serviceId(Database &db, const char *code)
{
    return Catalogue(db).service(QString::fromLatin1(code))->id;
}

namespace {

qint64 nothing(Database &, const Clock &)
{
    return 0;
}

// A waiting ID-CARD ticket, issued by reception.
qint64 waiting(Database &db, const Clock &clock)
{
    return QueueService(db, clock).issue(serviceId(db, "ID-CARD"), {}, desk(db))->id;
}

// A ticket called to window 1 by op01.
qint64 calledAtWindow1(Database &db, const Clock &clock)
{
    waiting(db, clock);
    return QueueService(db, clock).callNext(1, atWindow(db, 1))->ticket.id;
}

} // namespace

QMap<QString, Action> actions()
{
    QMap<QString, Action> all;
    all.insert("issue", {nothing, [](Database &db, const Clock &clock, const Actor &a, qint64) {
                             return statusOf(QueueService(db, clock).issue(serviceId(db, "ID-CARD"), {}, a));
                         }});
    all.insert("check in",
               {[](Database &db, const Clock &) -> qint64 {
                    Query q(db, QStringLiteral("INSERT INTO bookings (channel, booking_id, iin, full_name, phone, "
                                               "service_id, slot_start, created_at) VALUES ('egov', 'EG-1', "
                                               "'950815350123', '', '', :service, :slot, 0)"));
                    q.bind(QStringLiteral(":service"), serviceId(db, "ID-CARD")).bind(QStringLiteral(":slot"), at(10));
                    if (!q.exec(QStringLiteral("a booking")))
                        qFatal("cannot add the booking");
                    return 0;
                },
                [](Database &db, const Clock &clock, const Actor &a, qint64) {
                    return statusOf(QueueService(db, clock).checkInByIin(QStringLiteral("950815350123"), a));
                }});
    all.insert("book", {nothing, [](Database &db, const Clock &clock, const Actor &a, qint64) {
                            const OnsiteBookingRequest request{QStringLiteral("ID-CARD"), QStringLiteral("950815350123"),
                                                               {}, {}, std::nullopt};
                            return statusOf(BookingCalendar(db).book(request, clock.now(), a));
                        }});
    all.insert("import", {nothing, [](Database &db, const Clock &clock, const Actor &a, qint64) {
                              BookingRow row;
                              row.file = QStringLiteral("egov.csv");
                              row.line = 2;
                              row.channel = QStringLiteral("egov");
                              row.bookingId = QStringLiteral("EG-20200518-0002");
                              row.iin = QStringLiteral("950815350123");
                              row.serviceCode = QStringLiteral("ID-CARD");
                              row.slotStart = QStringLiteral("2020-05-18T11:00");
                              return statusOf(BookingImporter(db).importRows({row}, clock.now(), a));
                          }});
    all.insert("call next at 1", {waiting, [](Database &db, const Clock &clock, const Actor &a, qint64) {
                                      return statusOf(QueueService(db, clock).callNext(1, a));
                                  }});
    all.insert("serve at 1", {calledAtWindow1, [](Database &db, const Clock &clock, const Actor &a, qint64 id) {
                                  return statusOf(QueueService(db, clock).startServing(id, a));
                              }});
    all.insert("cancel waiting", {waiting, [](Database &db, const Clock &clock, const Actor &a, qint64 id) {
                                      return statusOf(QueueService(db, clock).cancel(id, CancelReason::CitizenLeft, a));
                                  }});
    all.insert("pause 1", {nothing, [](Database &db, const Clock &clock, const Actor &a, qint64) {
                               return QueueService(db, clock).setWindowState(1, WindowState::Paused,
                                                                             PauseReason::Break, a);
                           }});
    all.insert("release 1", {nothing, [](Database &db, const Clock &clock, const Actor &a, qint64) {
                                 return QueueService(db, clock).release(1, a);
                             }});
    // op02 gave window 2 up: an operator may take it (op01 moves there from window 1); nobody else may.
    all.insert("sign in at 2", {[](Database &db, const Clock &clock) -> qint64 {
                                    if (!QueueService(db, clock).release(2, atWindow(db, 2)))
                                        qFatal("cannot release window 2");
                                    return 0;
                                },
                                [](Database &db, const Clock &clock, const Actor &a, qint64) {
                                    return QueueService(db, clock).signIn(2, a);
                                }});
    all.insert("export", {nothing, [](Database &db, const Clock &clock, const Actor &a, qint64) {
                              return AuditTrail(db).recordExport(clock.now(), a, QStringLiteral("report.csv"),
                                                                 QStringLiteral("2020-05-18"));
                          }});
    all.insert("set up", {nothing, [](Database &db, const Clock &clock, const Actor &a, qint64) {
                              const CenterConfigurator configurator(db, clock);
                              CenterSetup setup = *configurator.current();
                              setup.center.hallCapacity += 5;
                              return statusOf(configurator.apply(setup, a));
                          }});
    all.insert("add staff", {nothing, [](Database &db, const Clock &clock, const Actor &a, qint64) {
                                 return statusOf(Accounts(db, clock).add(
                                     {QStringLiteral("new.one"), QStringLiteral("New One"), Role::Operator},
                                     QStringLiteral("first-day-1"), a));
                             }});
    all.insert("simulate", {nothing, [](Database &db, const Clock &, const Actor &a, qint64) {
                                SimulationRequest request;
                                request.date = QDate(2020, 5, 19);
                                request.windows = 2;
                                request.citizens = 5;
                                return statusOf(DaySimulator(db).run(request, a));
                            }});
    return all;
}

const QHash<QString, QStringList> &allowedLogins()
{
    static const QHash<QString, QStringList> allowed{
    {"issue", {"reception"}},
    {"check in", {"reception"}},
    {"book", {"reception"}},
    {"import", {"reception", "night"}},
    {"call next at 1", {"op01"}},
    {"serve at 1", {"op01"}},
    {"cancel waiting", {"reception", "supervisor"}},
    {"pause 1", {"op01", "supervisor", "admin", "night"}},
    {"release 1", {"op01", "supervisor", "admin", "night"}},
    {"sign in at 2", {"op01", "op02"}}, // a free window: any operator takes it (oneOperatorPerWindow: a held one)
    {"export", {"supervisor", "admin", "night"}},
    {"set up", {"admin"}},
    {"add staff", {"admin"}},
    {"simulate", {"admin"}},
};
    return allowed;
}

} // namespace Kezek::Test
