// Staff logins on the server (ServerLogins, docs/ROLES.md): once enabled, each account signs in as its own server
// role, whose group holds only its Kezek role's privileges, and the PCs' shared account only reads. The steps each
// role may do work as that role's login (the matrix of tst_roles, each step on a connection signed in as the
// person); what a role may not do is refused by the server itself, as it would be to psql; passwords reach the
// server only as verifiers and follow every change.
#include "RawDatabase.h"
#include "RoleMatrix.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "audit/AuditTrail.h"
#include "auth/Accounts.h"
#include "auth/ServerLogins.h"
#include "core/Clock.h"
#include "db/Query.h"
#include "live/ChangeFeed.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

const QStringList everyone{"op01", "op02", "reception", "supervisor", "night", "admin"};

QString passwordOf(const QString &login)
{
    return login + QStringLiteral("-pass-2026");
}

// The demo center on the test server with server logins enabled: every account of `everyone` has its password on
// the server, and the PCs connect as "<database>_screens", whose password is the test server's (PGPASSWORD).
class ServerCenter final
{
public:
    ServerCenter()
        : clock(at(9, 55))
    {
        if (!Accounts(t.db(), clock).add({"night", "Night jobs", Role::System}, "night-jobs-1", administrator(t.db())))
            qFatal("cannot add the night account");
        database = databaseName();
        pcRole = database + QStringLiteral("_screens");
        const RawDatabase owner(t.path(), QStringLiteral("owner"));
        if (!owner.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                            .arg(pcRole, qEnvironmentVariable("PGPASSWORD"))))
            qFatal("cannot create the PCs' role");
        auto enabled = ServerLogins::enable(t.db(), {pcRole}, clock.now(), AuditActor{std::nullopt, "test"});
        if (!enabled)
            qFatal("enable: %s", qPrintable(enabled.message()));
        firstRun = *enabled;
        for (const QString &login : everyone) {
            if (auto status = Accounts(t.db(), clock).setPassword(login, passwordOf(login), false,
                                                                  administrator(t.db()));
                !status)
                qFatal("password of %s: %s", qPrintable(login), qPrintable(status.message()));
        }
    }

    QString databaseName()
    {
        Query q(t.db(), QStringLiteral("SELECT current_database()"));
        if (!q.exec(QString()) || !q.next())
            qFatal("no database name");
        return q.text(0);
    }
    QString pcAddress() const { return QStringLiteral("postgresql://%1@/%2").arg(pcRole, database); }
    std::unique_ptr<Database> openAsPc() const
    {
        auto opened = Database::open(DatabaseLocation{pcAddress()});
        if (!opened)
            qFatal("open as the PCs' role: %s", qPrintable(opened.message()));
        return std::move(opened).value();
    }
    ServerLogin loginOf(const QString &login) const { return {database + '.' + login, passwordOf(login)}; }

    TestDatabase t;
    FixedClock clock;
    QString database;
    QString pcRole;
    ServerLogins::Enabled firstRun;
};

QString currentUser(const Database &db)
{
    Query q(db, QStringLiteral("SELECT current_user"));
    if (!q.exec(QString()) || !q.next())
        return QStringLiteral("(cannot ask)");
    return q.text(0);
}

// What the server lets each group do, as a list a test can compare.
QStringList privileges(const QString &location, const QString &database)
{
    const RawDatabase raw(location, QStringLiteral("privileges"));
    QStringList all = raw.column(QStringLiteral(
        "SELECT grantee || ' ' || privilege_type || ' ' || table_name FROM information_schema.role_table_grants "
        "WHERE table_schema = 'public' AND grantee LIKE '%1%' UNION ALL "
        "SELECT grantee || ' ' || privilege_type || ' ' || table_name || '.' || column_name "
        "FROM information_schema.column_privileges WHERE table_schema = 'public' AND grantee LIKE '%1%' "
        "AND (grantee, table_name, privilege_type) NOT IN (SELECT grantee, table_name, privilege_type "
        "FROM information_schema.role_table_grants) UNION ALL "
        "SELECT g.rolname || ' has ' || m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname LIKE '%1%' ORDER BY 1")
                                          .arg(database));
    return all;
}

} // namespace

class TestServerLogins final : public QObject
{
    Q_OBJECT

private slots:
    void enableMakesEveryAccountALoginOfItsGroup();
    void onlyTheOwnerEnables();
    void signInActsAsThePersonsOwnLogin();
    void wrongPasswordsCountAndLockAsBefore();
    void stepsEachRoleMayDoWorkOnItsLogin_data();
    void stepsEachRoleMayDoWorkOnItsLogin();
    void theServerRefusesWhatTheRoleMayNot_data();
    void theServerRefusesWhatTheRoleMayNot();
    void passwordsAndAccountsFollowOnTheServer();
    void passwordsInAnyScriptReachTheServerAsLibpqSendsThem();
    void theScreensHearOfChangesAcrossASignIn();
};

void TestServerLogins::enableMakesEveryAccountALoginOfItsGroup()
{
    ServerCenter c;
    // The demo's Argon2 hashes went: the PC's account could have read them.
    QVERIFY2(c.firstRun.needingPassword.contains("admin") && c.firstRun.needingPassword.contains("op01"),
             qPrintable(c.firstRun.needingPassword.join(',')));
    QCOMPARE(c.firstRun.pcRoles, QStringList{c.pcRole});
    const RawDatabase raw(c.t.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM operators WHERE password_hash LIKE '$argon2%'")).toInt(), 0);
    for (const auto &[login, group] : {std::pair{"op01", "operator"}, {"reception", "reception"},
                                       {"supervisor", "supervisor"}, {"admin", "admin"}, {"night", "system"}}) {
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                                           "JOIN pg_roles p ON p.oid = a.member WHERE g.rolname = '%1_%2' "
                                           "AND p.rolname = '%1.%3' AND p.rolcanlogin")
                                .arg(c.database, QLatin1String(group), QLatin1String(login)))
                     .toInt(),
                 1);
    }
    // The staff list reads the passwords as set (kept by the server), and the audit trail has the change.
    const auto accounts = *Accounts(c.t.db(), c.clock).list();
    for (const Account &account : accounts)
        QCOMPARE(account.hasPassword, everyone.contains(account.person.login));
    const auto trail = *AuditTrail(c.t.db()).between(0, at(23));
    QVERIFY(std::any_of(trail.begin(), trail.end(),
                        [](const AuditEntry &e) { return e.action == AuditTrail::setupChanged && e.subject == "server logins"; }));

    // Enabling again changes nothing: the same privileges, no password lost.
    const QStringList before = privileges(c.t.path(), c.database);
    QVERIFY2(before.contains(c.database + "_operator INSERT served_services"), qPrintable(before.join('\n')));
    QVERIFY(before.contains(c.database + "_pc UPDATE operators.failed_signins"));
    auto again = ServerLogins::enable(c.t.db(), {c.pcRole}, c.clock.now(), AuditActor{std::nullopt, "test"});
    if (!again)
        QFAIL(qPrintable(again.message()));
    QVERIFY(again->needingPassword.isEmpty());
    QCOMPARE(privileges(c.t.path(), c.database), before);
    QVERIFY(*c.t.db().acceptsServerLogin(c.loginOf("op01")));
}

void TestServerLogins::onlyTheOwnerEnables()
{
    ServerCenter c;
    const auto pc = c.openAsPc();
    auto refused = ServerLogins::enable(*pc, {}, c.clock.now(), AuditActor{std::nullopt, "test"});
    QVERIFY(!refused);
    QCOMPARE(refused.failure().kind, Failure::Kind::Forbidden);
    QVERIFY2(refused.message().contains("owner"), qPrintable(refused.message()));
    auto missing = ServerLogins::enable(c.t.db(), {"nobody_here"}, c.clock.now(), AuditActor{std::nullopt, "test"});
    QVERIFY2(!missing && missing.message().contains("nobody_here"), qPrintable(missing ? QString() : missing.message()));
}

void TestServerLogins::signInActsAsThePersonsOwnLogin()
{
    ServerCenter c;
    const auto pc = c.openAsPc();
    QCOMPARE(currentUser(*pc), c.pcRole);
    const Accounts accounts(*pc, c.clock);
    auto signedIn = accounts.signIn("op01", passwordOf("op01"));
    if (!signedIn)
        QFAIL(qPrintable(signedIn.message()));
    QCOMPARE(currentUser(*pc), c.database + ".op01");
    // A locked console unlocks with the same person's password, asked of the server, and stays theirs.
    QVERIFY(!accounts.unlock(signedIn->person.id, "not-it-at-all"));
    QVERIFY(accounts.unlock(signedIn->person.id, passwordOf("op01")));
    QCOMPARE(currentUser(*pc), c.database + ".op01");
    QVERIFY(accounts.recordSignOut(signedIn->person));
    QCOMPARE(currentUser(*pc), c.pcRole);
    // The trail has the sign-in and the sign-out, written by the person's own login and the PC's.
    const auto trail = *AuditTrail(*pc).between(0, at(23));
    QCOMPARE(trail.last().action, AuditTrail::signOut);
}

void TestServerLogins::wrongPasswordsCountAndLockAsBefore()
{
    ServerCenter c;
    const auto pc = c.openAsPc();
    const Accounts accounts(*pc, c.clock);
    for (int i = 1; i < Accounts::failuresBeforeLock; ++i) {
        auto wrong = accounts.signIn("op02", "a-wrong-one-" + QString::number(i));
        QVERIFY(!wrong);
        QCOMPARE(wrong.message(), QStringLiteral("The login or the password is wrong."));
    }
    const RawDatabase raw(c.t.path());
    QCOMPARE(raw.scalar("SELECT failed_signins FROM operators WHERE login = 'op02'").toInt(), 4);
    QVERIFY(!accounts.signIn("op02", "a-wrong-one-5"));
    auto locked = accounts.signIn("op02", passwordOf("op02"));
    QVERIFY2(!locked && locked.message().contains("locked"), qPrintable(locked ? QString() : locked.message()));
    QCOMPARE(currentUser(*pc), c.pcRole);
    // An unknown login reads the same as a wrong password.
    QCOMPARE(accounts.signIn("nobody", "whatever-1").message(), QStringLiteral("The login or the password is wrong."));
}

void TestServerLogins::stepsEachRoleMayDoWorkOnItsLogin_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("login");
    const auto all = actions();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        for (const QString &login : allowedLogins().value(it.key()))
            QTest::addRow("%s by %s", qPrintable(it.key()), qPrintable(login)) << it.key() << login;
    }
}

void TestServerLogins::stepsEachRoleMayDoWorkOnItsLogin()
{
    QFETCH(QString, action);
    QFETCH(QString, login);
    ServerCenter c;
    const Action perform = actions().value(action);
    const qint64 prepared = perform.prepare(c.t.db(), c.clock);
    const auto pc = c.openAsPc();
    if (auto signedIn = Accounts(*pc, c.clock).signIn(login, passwordOf(login)); !signedIn)
        QFAIL(qPrintable(signedIn.message()));
    QCOMPARE(currentUser(*pc), c.database + '.' + login);
    const QString before = snapshot(c.t.path());
    Actor actor = account(*pc, login);
    const Status done = perform.step(*pc, c.clock, actor, prepared);
    if (!done)
        QFAIL(qPrintable(done.message()));
    QVERIFY(snapshot(c.t.path()) != before);
}

void TestServerLogins::theServerRefusesWhatTheRoleMayNot_data()
{
    QTest::addColumn<QString>("login"); // "pc": the PCs' shared account
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    // "WHERE false": the server checks the privilege before it looks for rows, and nothing changes either way.
    const struct
    {
        const char *login;
        const char *sql;
        bool allowed;
    } rows[] = {
        {"pc", "SELECT count(*) FROM tickets", true},
        {"pc", "SELECT count(*) FROM audit_log", true},
        {"pc", "UPDATE tickets SET state = state WHERE false", false},
        {"pc", "INSERT INTO events (ticket_id, at, action) SELECT 1, 0, 'x' WHERE false", false},
        {"pc", "UPDATE operators SET role = role WHERE false", false},
        {"pc", "UPDATE operators SET password_hash = NULL WHERE false", false},
        {"pc", "UPDATE center SET hall_capacity = 0 WHERE false", false},
        {"pc", "SELECT kezek_set_server_password('op01', 'x', 0)", false},
        {"op01", "UPDATE tickets SET state = state WHERE false", true},
        {"op01", "INSERT INTO tickets (number) SELECT 'A1' WHERE false", false},
        {"op01", "UPDATE services SET norm_s = norm_s WHERE false", false},
        {"op01", "UPDATE operators SET role = 'admin' WHERE false", false},
        {"op01", "INSERT INTO operators (login, full_name, role) SELECT 'x', 'x', 'admin' WHERE false", false},
        {"op01", "DELETE FROM events WHERE false", false},
        {"op01", "DELETE FROM audit_log WHERE false", false},
        {"op01", "INSERT INTO change_log (item) SELECT 'x' WHERE false", false},
        {"op01", "DELETE FROM change_log WHERE false", false},
        {"op01", "DELETE FROM served_services WHERE false", false},
        {"op01", "UPDATE center SET hall_capacity = 0 WHERE false", false},
        {"reception", "INSERT INTO tickets (number) SELECT 'A1' WHERE false", true},
        {"reception", "INSERT INTO bookings (channel) SELECT 'egov' WHERE false", true},
        {"reception", "UPDATE windows SET state = state WHERE false", false},
        {"reception", "INSERT INTO served_services (ticket_id) SELECT 1 WHERE false", false},
        {"reception", "UPDATE services SET norm_s = norm_s WHERE false", false},
        {"supervisor", "UPDATE windows SET state = state WHERE false", true},
        {"supervisor", "DELETE FROM report_figures WHERE false", true},
        {"supervisor", "UPDATE services SET norm_s = norm_s WHERE false", false},
        {"supervisor", "INSERT INTO operators (login, full_name, role) SELECT 'x', 'x', 'admin' WHERE false", false},
        {"supervisor", "INSERT INTO tickets (number) SELECT 'A1' WHERE false", false},
        {"supervisor", "SELECT kezek_set_server_password('op01', 'x', 0)", false},
        {"night", "INSERT INTO bookings (channel) SELECT 'egov' WHERE false", true},
        {"night", "UPDATE windows SET state = state WHERE false", true},
        {"night", "UPDATE services SET norm_s = norm_s WHERE false", false},
        {"night", "UPDATE operators SET active = 0 WHERE false", false},
        {"admin", "UPDATE services SET norm_s = norm_s WHERE false", true},
        {"admin", "UPDATE operators SET role = role WHERE false", true},
        {"admin", "DELETE FROM events WHERE false", false},
        {"admin", "UPDATE audit_log SET action = action WHERE false", false},
        {"admin", "DELETE FROM window_events WHERE false", false},
        {"admin", "ALTER TABLE services ADD COLUMN extra integer", false},
        {"admin", "CREATE TABLE mine (a integer)", false},
        {"admin", "DROP TABLE events", false},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s: %s", row.login, row.sql)
            << QString::fromLatin1(row.login) << QString::fromLatin1(row.sql) << row.allowed;
    }
}

void TestServerLogins::theServerRefusesWhatTheRoleMayNot()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    ServerCenter c;
    // What a staff member would type into psql with their own credentials, or the PC's.
    const ServerLogin credentials = login == "pc" ? ServerLogin{c.pcRole, qEnvironmentVariable("PGPASSWORD")}
                                                  : c.loginOf(login);
    const RawDatabase psql(c.t.path(), QStringLiteral("psql"), &credentials);
    QVERIFY(psql.isOpen());
    QCOMPARE(psql.scalar("SELECT current_user").toString(), credentials.user);
    const QString error = psql.errorCode(sql);
    if (allowed)
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QCOMPARE(error, QStringLiteral("42501")); // insufficient_privilege
}

void TestServerLogins::passwordsAndAccountsFollowOnTheServer()
{
    ServerCenter c;
    // The person's own change: the old password no longer opens the server, the new one does, and the console's
    // connection keeps working with it.
    const auto pc = c.openAsPc();
    const Accounts accounts(*pc, c.clock);
    const Account op01 = *accounts.signIn("op01", passwordOf("op01"));
    QVERIFY(accounts.changePassword(op01.person.id, passwordOf("op01"), "a-new-one-2027"));
    QVERIFY(!*pc->acceptsServerLogin(c.loginOf("op01")));
    QVERIFY(*pc->acceptsServerLogin({c.loginOf("op01").user, "a-new-one-2027"}));
    QCOMPARE(pc->serverLogin()->password, QStringLiteral("a-new-one-2027"));
    QCOMPARE(currentUser(*pc), c.database + ".op01");
    QVERIFY(accounts.recordSignOut(op01.person));

    // An administrator adds someone: their login exists at once, with the temporary password, in their group.
    QVERIFY(accounts.signIn("admin", passwordOf("admin")));
    const Actor admin = account(*pc, "admin", Role::Admin);
    auto added = accounts.add({"new.one", "New One", Role::Reception}, "first-day-2026", admin);
    if (!added)
        QFAIL(qPrintable(added.message()));
    QVERIFY(added->temporaryPassword);
    QVERIFY(*pc->acceptsServerLogin({c.database + ".new.one", "first-day-2026"}));
    const RawDatabase raw(c.t.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                                       "JOIN pg_roles p ON p.oid = a.member WHERE g.rolname = '%1_reception' "
                                       "AND p.rolname = '%1.new.one'")
                            .arg(c.database))
                 .toInt(),
             1);
    // A password set by the administrator replaces the old one on the server.
    QVERIFY(accounts.setPassword("op02", "set-by-admin-2026", true, admin));
    QVERIFY(!*pc->acceptsServerLogin(c.loginOf("op02")));
    QVERIFY(*pc->acceptsServerLogin({c.database + ".op02", "set-by-admin-2026"}));
    // Disabled: the server lets them in no more, from Kezek or psql.
    QVERIFY(accounts.disable("op02", admin));
    QVERIFY(!*pc->acceptsServerLogin({c.database + ".op02", "set-by-admin-2026"}));
    // A role changed in the staff table (the administration, center apply) moves the login to the other group.
    QVERIFY(raw.exec("UPDATE operators SET role = 'supervisor' WHERE login = 'reception'"));
    QCOMPARE(raw.column(QStringLiteral("SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                                       "JOIN pg_roles p ON p.oid = a.member WHERE p.rolname = '%1.reception'")
                            .arg(c.database)),
             QStringList{c.database + "_supervisor"});
    // The verifier, never the password, is what the server was sent and keeps.
    QVERIFY(raw.scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1.op01'").arg(c.database))
                .toString()
                .startsWith("SCRAM-SHA-256$4096:"));
    QCOMPARE(raw.scalar("SELECT count(*) FROM operators WHERE password_hash LIKE '%a-new-one%' "
                        "OR password_hash LIKE '$argon2%'")
                 .toInt(),
             0);
}

void TestServerLogins::passwordsInAnyScriptReachTheServerAsLibpqSendsThem()
{
    ServerCenter c;
    // Typed with a decomposed "é" and a ligature; libpq's SASLprep and Kezek's must meet on the same bytes.
    const QString typed = QString::fromUtf8("Қазақ-\uFB01le-e\u0301-2026");
    QVERIFY(Accounts(c.t.db(), c.clock).setPassword("op01", typed, false, administrator(c.t.db())));
    QVERIFY(*c.t.db().acceptsServerLogin({c.database + ".op01", typed}));
    QVERIFY(*c.t.db().acceptsServerLogin({c.database + ".op01", QString::fromUtf8("Қазақ-file-\u00E9-2026")}));
    QVERIFY(!*c.t.db().acceptsServerLogin({c.database + ".op01", QString::fromUtf8("Қазақ-file-e-2026")}));
}

void TestServerLogins::theScreensHearOfChangesAcrossASignIn()
{
    ServerCenter c;
    const auto pc = c.openAsPc();
    ChangeFeed feed(*pc);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start(50);
    const auto another = [&c](const char *code) {
        QVERIFY(QueueService(c.t.db(), c.clock).issue(serviceId(c.t.db(), code), {}, desk(c.t.db())));
    };
    // Before anyone signs in (the hall display's case), as the PC's account...
    another("ID-CARD");
    QVERIFY(changed.wait(3000));
    // ...and after the console connected again as the operator's own login, which listens anew.
    const Account op01 = *Accounts(*pc, c.clock).signIn("op01", passwordOf("op01"));
    changed.clear();
    QTRY_VERIFY_WITH_TIMEOUT(pc->generation() > 1, 1000);
    QTest::qWait(200); // the feed's poll sees the new connection and subscribes on it
    another("ID-CARD");
    QVERIFY(changed.wait(3000));
    QVERIFY(Accounts(*pc, c.clock).recordSignOut(op01.person));
    QTest::qWait(200);
    changed.clear();
    another("ID-CARD");
    QVERIFY(changed.wait(3000));
}

QTEST_GUILESS_MAIN(TestServerLogins)
#include "tst_serverlogins.moc"
