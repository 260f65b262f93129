// The role × action matrix through the model API (docs/ROLES.md): each allowed action works, each refused one is
// refused with its reason and changes nothing. The same matrix through kezekctl is tst_roles_cli.
#include "RawDatabase.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "audit/AuditTrail.h"
#include "auth/Accounts.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "domain/BookingCalendar.h"
#include "domain/DaySimulator.h"
#include "domain/DemoCenter.h"
#include "domain/QueueService.h"
#include "db/Query.h"
#include "io/BookingImporter.h"
#include "setup/CenterConfigurator.h"

#include <QTest>

#include <QMap>

#include <functional>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

// What a refused step must leave as it was: every table a step writes, row by row.
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

template<typename T>
Status statusOf(const Result<T> &result)
{
    return result ? success() : Status(result.failure());
}

int serviceId(Database &db, const char *code)
{
    return Catalogue(db).service(QString::fromLatin1(code))->id;
}

// One action of the matrix: what its step needs, made ready by those whose work it is (a waiting ticket, a called
// one; returns a ticket id or 0), then the step itself, done as the actor under test.
struct Action
{
    std::function<qint64(Database &, const Clock &)> prepare;
    std::function<Status(Database &, const Clock &, const Actor &, qint64)> step;
};

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
                                      return statusOf(QueueService(db, clock).cancel(id, a));
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

// Who may do what: the table of docs/ROLES.md, written out again here on purpose.
const QHash<QString, QStringList> allowed{
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

} // namespace

class TestRoles final : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void oneOperatorPerWindow();
    void settingUpNeedsNoAccountOnlyUntilThereIsAnAdministrator();
    void everyStepNamesItsPerson();
};

void TestRoles::matrix_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("login");
    for (const QString &action : actions().keys()) {
        for (const char *login : {"op01", "op02", "reception", "supervisor", "admin", "night"})
            QTest::addRow("%s by %s", qPrintable(action), login) << action << QString::fromLatin1(login);
    }
}

void TestRoles::matrix()
{
    QFETCH(QString, action);
    QFETCH(QString, login);
    TestDatabase t;
    FixedClock clock(at(9, 55));
    QVERIFY(Accounts(t.db(), clock).add({"night", "Night jobs", Role::System}, "night-jobs-1", administrator(t.db())));
    const Actor actor = account(t.db(), login);
    const Action perform = actions().value(action);
    const qint64 prepared = perform.prepare(t.db(), clock);

    const QString before = snapshot(t.path());
    const Status done = perform.step(t.db(), clock, actor, prepared);
    if (allowed.value(action).contains(login)) {
        QVERIFY2(done, qPrintable(done ? QString() : done.message()));
        QVERIFY(snapshot(t.path()) != before);
        return;
    }
    QVERIFY2(!done, "done although the role does not allow it");
    QCOMPARE(done.failure().kind, Failure::Kind::Forbidden);
    // The refusal names the person, or the window and who holds it: never a bare "no".
    QVERIFY2(done.message().contains(actor.person.fullName) || done.message().contains(QLatin1String("window"), Qt::CaseInsensitive),
             qPrintable(done.message()));
    QCOMPARE(snapshot(t.path()), before);
}

void TestRoles::oneOperatorPerWindow()
{
    TestDatabase t;
    FixedClock clock(at(9, 55));
    QueueService queue(t.db(), clock);
    // op02 holds window 2 (the demo's opening): op03 is refused it, with who holds it.
    const Status refused = queue.signIn(2, account(t.db(), "op03"));
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(account(t.db(), "op02").person.fullName), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains("supervisor"), qPrintable(refused.message()));
    // Reception never takes a window.
    const Status desk = queue.signIn(2, Test::desk(t.db()));
    QCOMPARE(desk.failure().kind, Failure::Kind::Forbidden);
    // A supervisor releases it (op02's console was left); then op03 takes it, leaving window 3 free.
    QVERIFY(queue.release(2, supervisor(t.db())));
    QVERIFY(queue.signIn(2, account(t.db(), "op03")));
    QVERIFY(!Catalogue(t.db()).window(3)->operatorId);
    QCOMPARE(*Catalogue(t.db()).window(2)->operatorId, account(t.db(), "op03").person.id);
    // The release is in the audit trail with who did it and whose window it was.
    const auto trail = *AuditTrail(t.db()).between(0, at(23));
    QCOMPARE(trail.last().action, AuditTrail::windowReleased);
    QCOMPARE(trail.last().actor, QStringLiteral("supervisor"));
    QCOMPARE(trail.last().details, QStringLiteral("op02"));
    // An operator with a citizen at the window cannot move to another one.
    QVERIFY(queue.issue(serviceId(t.db(), "ID-CARD"), {}, Test::desk(t.db())));
    QVERIFY(queue.callNext(2, atWindow(t.db(), 2)));
    QVERIFY(queue.release(4, supervisor(t.db())));
    const Status moving = queue.signIn(4, account(t.db(), "op03"));
    QVERIFY2(!moving && moving.message().contains("A001"), qPrintable(moving.message()));
}

void TestRoles::settingUpNeedsNoAccountOnlyUntilThereIsAnAdministrator()
{
    TestDatabase t(false);
    FixedClock clock(at(9));
    const Actor shell = Actor::settingUp(QStringLiteral("kezekctl (it)"));
    const Accounts accounts(t.db(), clock);
    QVERIFY(accounts.add({"boss", "The Boss", Role::Admin}, "boss-password-1", shell));
    // From now on the center has an administrator who can sign in: the shell alone may not set it up.
    const Status again = statusOf(accounts.add({"other", "Other", Role::Admin}, "other-password-1", shell));
    QCOMPARE(again.failure().kind, Failure::Kind::Forbidden);
    QVERIFY2(again.message().contains("administrator"), qPrintable(again.message()));
    // Nor does setting up ever allow the center's daily work.
    QCOMPARE(AuditTrail(t.db()).recordExport(clock.now(), shell, "x", "y").failure().kind, Failure::Kind::Forbidden);
    const auto trail = *AuditTrail(t.db()).between(0, at(23));
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.first().actor, QStringLiteral("kezekctl (it)"));
    QVERIFY(!trail.first().accountId);
}

void TestRoles::everyStepNamesItsPerson()
{
    TestDatabase t;
    FixedClock clock(at(9, 55));
    QueueService queue(t.db(), clock);
    const qint64 id = queue.issue(serviceId(t.db(), "ID-CARD"), {}, desk(t.db()))->id;
    QVERIFY(queue.callNext(1, atWindow(t.db(), 1)));
    QVERIFY(queue.startServing(id, atWindow(t.db(), 1)));
    RawDatabase raw(t.path());
    QCOMPARE(raw.column(QStringLiteral("SELECT e.action || ' ' || o.login FROM events e JOIN operators o "
                                       "ON o.id = e.operator_id WHERE e.ticket_id = %1 ORDER BY e.id")
                            .arg(id)),
             (QStringList{"issue reception", "call op01", "serve op01"}));
    // A supervisor's pause of another's window is in the audit trail; the window event names its operator.
    QVERIFY(queue.setWindowState(5, WindowState::Paused, PauseReason::Technical, supervisor(t.db())));
    const auto trail = *AuditTrail(t.db()).between(0, at(23));
    QCOMPARE(trail.last().action, AuditTrail::windowChanged);
    QCOMPARE(trail.last().subject, QStringLiteral("window 5"));
    QCOMPARE(trail.last().details, QStringLiteral("paused (technical)"));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
