// The role × action matrix through the model API (docs/ROLES.md): each allowed action works, each refused one is
// refused with its reason and changes nothing. The same matrix through kezekctl is tst_roles_cli.
#include "RawDatabase.h"
#include "RoleMatrix.h"
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
    if (allowedLogins().value(action).contains(login)) {
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
