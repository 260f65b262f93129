// Staff accounts: Argon2id hashes, sign-in with lockout after five failures and its expiry, temporary passwords,
// disabled accounts, and the audit rows each leaves behind, which nothing can change. Runs on SQLite and PostgreSQL.
#include "RawDatabase.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "audit/AuditTrail.h"
#include "auth/Accounts.h"
#include "auth/PasswordHash.h"
#include "domain/DemoCenter.h"

#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

namespace {


// The audit trail as "action subject" lines, oldest first.
QStringList trail(Database &db)
{
    QStringList lines;
    const auto entries = AuditTrail(db).between(0, std::numeric_limits<qint64>::max());
    if (!entries)
        qFatal("the audit trail cannot be read: %s", qPrintable(entries.message()));
    for (const AuditEntry &entry : *entries)
        lines << entry.action + QLatin1Char(' ') + entry.subject;
    return lines;
}

} // namespace

class TestAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void theDemoHashIsTheDemoPassword();
    void hashesAreSaltedAndChecked();
    void passwordRules();
    void signInChecksThePassword();
    void fiveFailuresLockTheAccountForFiveMinutes();
    void anUnknownLoginIsRecordedWithoutWhatWasTyped();
    void aTemporaryPasswordIsChangedAtFirstSignIn();
    void aDisabledAccountCannotSignIn();
    void anAccountWithoutAPasswordSaysWhoSetsOne();
    void theLockedConsoleOpensOnlyWithThePersonsPassword();
    void passwordsAreNeverStoredInClear();
    void theAuditTrailCannotBeChanged();
};

void TestAccounts::theDemoHashIsTheDemoPassword()
{
    QVERIFY(PasswordHash::matches(DemoCenter::passwordHash, DemoCenter::password));
    QVERIFY(!PasswordHash::matches(DemoCenter::passwordHash, DemoCenter::password + QLatin1Char('x')));
}

void TestAccounts::hashesAreSaltedAndChecked()
{
    auto first = PasswordHash::of("correct horse");
    auto second = PasswordHash::of("correct horse");
    QVERIFY(first && second);
    QVERIFY(first->startsWith("$argon2id$"));
    QVERIFY(!first->contains("correct horse"));
    QVERIFY(*first != *second); // a salt of its own each time
    QVERIFY(PasswordHash::matches(*first, "correct horse"));
    QVERIFY(PasswordHash::matches(*second, "correct horse"));
    QVERIFY(!PasswordHash::matches(*first, "correct horsE"));
    QVERIFY(!PasswordHash::matches(*first, ""));
    // Whatever is stored that is not a hash matches nothing, an empty one included.
    QVERIFY(!PasswordHash::matches("", ""));
    QVERIFY(!PasswordHash::matches("correct horse", "correct horse"));
    QVERIFY(!PasswordHash::matches(QString(300, QLatin1Char('$')), "x"));
    // Kazakh and Russian letters are hashed as UTF-8.
    auto kazakh = PasswordHash::of("Қазақстан-2026");
    QVERIFY(kazakh && PasswordHash::matches(*kazakh, "Қазақстан-2026"));
    QVERIFY(!PasswordHash::matches(*kazakh, "Казахстан-2026"));
}

void TestAccounts::passwordRules()
{
    QVERIFY(PasswordHash::problem("short", "op01"));
    QVERIFY(PasswordHash::problem(" leading-space", "op01"));
    QVERIFY(PasswordHash::problem("supervisor", "supervisor"));
    QVERIFY(PasswordHash::problem("SUPERVISOR", "supervisor"));
    QVERIFY(!PasswordHash::problem("eight ch", "op01"));
}

void TestAccounts::signInChecksThePassword()
{
    TestDatabase t;
    FixedClock clock(at(9));
    const Accounts accounts(t.db(), clock);
    RawDatabase raw(t.path(), "log");
    const auto catalogueChanges = [&] {
        return raw.scalar("SELECT count(*) FROM change_log WHERE item = 'catalogue'").toInt();
    };
    const int before = catalogueChanges();
    auto account = accounts.signIn(" op01 ", DemoCenter::password);
    QVERIFY2(account, qPrintable(account ? QString() : account.message()));
    QCOMPARE(account->person.login, QStringLiteral("op01"));
    QCOMPARE(account->person.role, Role::Operator);
    QVERIFY(!account->temporaryPassword);
    auto wrong = accounts.signIn("op01", "demo12345");
    QVERIFY(!wrong);
    QCOMPARE(wrong.message(), QStringLiteral("The login or the password is wrong."));
    QCOMPARE(trail(t.db()), (QStringList{"sign-in op01", "sign-in-failed op01"}));
    // Counting failures is not a change of the catalogue: no screen reads it again for a sign-in.
    QVERIFY(accounts.signIn("op01", DemoCenter::password));
    QCOMPARE(catalogueChanges(), before);
    QVERIFY(accounts.disable("op09", Kezek::Test::administrator(t.db())));
    QCOMPARE(catalogueChanges(), before + 1);
    const auto entries = *AuditTrail(t.db()).between(at(9), at(9) + 1);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.first().accountId, std::optional<int>(account->person.id));
    QCOMPARE(entries.first().actor, QStringLiteral("op01"));
}

void TestAccounts::fiveFailuresLockTheAccountForFiveMinutes()
{
    TestDatabase t;
    FixedClock clock(at(9));
    const Accounts accounts(t.db(), clock);
    for (int attempt = 1; attempt < Accounts::failuresBeforeLock; ++attempt) {
        auto wrong = accounts.signIn("op02", QStringLiteral("wrong-%1").arg(attempt));
        QCOMPARE(wrong.message(), QStringLiteral("The login or the password is wrong."));
        clock.advance(10);
    }
    // The fifth in a row locks it, until five minutes from now.
    auto fifth = accounts.signIn("op02", "wrong-5");
    QVERIFY(!fifth);
    QCOMPARE(fifth.failure().kind, Failure::Kind::Conflict);
    QVERIFY2(fifth.message().contains("try again at 09:05"), qPrintable(fifth.message()));
    // While locked even the right password is refused, and a try does not count.
    clock.advance(4 * 60);
    QVERIFY(!accounts.signIn("op02", DemoCenter::password));
    QVERIFY(accounts.byLogin("op02")->lockedUntil);
    // Other accounts are not touched.
    QVERIFY(accounts.signIn("op03", DemoCenter::password));
    clock.set(at(9, 5, 41));
    auto after = accounts.signIn("op02", DemoCenter::password);
    QVERIFY2(after, qPrintable(after ? QString() : after.message()));
    QVERIFY(!accounts.byLogin("op02")->lockedUntil);
    // The count starts again from nothing: four more failures do not lock it.
    for (int attempt = 1; attempt < Accounts::failuresBeforeLock; ++attempt)
        QVERIFY(!accounts.signIn("op02", "wrong"));
    QVERIFY(accounts.signIn("op02", DemoCenter::password));
    const QStringList rows = trail(t.db());
    QCOMPARE(rows.count("sign-in-failed op02"), 5 + 4);
    QCOMPARE(rows.count("account-locked op02"), 1);
    QCOMPARE(rows.count("sign-in op02"), 2);
}

void TestAccounts::anUnknownLoginIsRecordedWithoutWhatWasTyped()
{
    TestDatabase t;
    FixedClock clock(at(9));
    const Accounts accounts(t.db(), clock);
    // Someone typed their password into the login field.
    auto unknown = accounts.signIn("Secret-Pass-42", "op01");
    QCOMPARE(unknown.message(), QStringLiteral("The login or the password is wrong."));
    const auto entries = *AuditTrail(t.db()).between(0, at(10));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, AuditTrail::signInFailed);
    QCOMPARE(entries.first().subject, QStringLiteral("(unknown login)"));
    QVERIFY(!entries.first().accountId);
    RawDatabase raw(t.path(), "check");
    QCOMPARE(raw.scalar("SELECT count(*) FROM audit_log WHERE actor LIKE '%Secret%' OR subject LIKE '%Secret%' "
                        "OR details LIKE '%Secret%'")
                 .toInt(),
             0);
}

void TestAccounts::aTemporaryPasswordIsChangedAtFirstSignIn()
{
    TestDatabase t;
    FixedClock clock(at(9));
    const Accounts accounts(t.db(), clock);
    auto added = accounts.add({"aigerim.s", "Aigerim  Sultanova", Role::Reception}, "first-day-1", Kezek::Test::administrator(t.db()));
    QVERIFY2(added, qPrintable(added ? QString() : added.message()));
    QCOMPARE(added->person.fullName, QStringLiteral("Aigerim Sultanova"));
    QVERIFY(added->temporaryPassword);
    auto first = accounts.signIn("aigerim.s", "first-day-1");
    QVERIFY(first);
    QVERIFY(first->temporaryPassword);
    const int id = first->person.id;
    // Refused: too short, the same as before, a wrong current one.
    QVERIFY(accounts.changePassword(id, "first-day-1", "short").message().contains("at least 8"));
    QVERIFY(accounts.changePassword(id, "first-day-1", "first-day-1").message().contains("other than"));
    QCOMPARE(accounts.changePassword(id, "not-the-current", "my-own-pass").message(),
             QStringLiteral("The login or the password is wrong."));
    QVERIFY(accounts.changePassword(id, "first-day-1", "my-own-pass"));
    QVERIFY(!accounts.signIn("aigerim.s", "first-day-1"));
    auto second = accounts.signIn("aigerim.s", "my-own-pass");
    QVERIFY(second);
    QVERIFY(!second->temporaryPassword);
    // An administrator sets a new temporary one (she forgot hers).
    QVERIFY(accounts.setPassword("aigerim.s", "reset-by-admin", true, Kezek::Test::administrator(t.db())));
    QVERIFY(accounts.signIn("aigerim.s", "reset-by-admin")->temporaryPassword);
    const QStringList rows = trail(t.db());
    QVERIFY(rows.contains("staff-added aigerim.s"));
    QVERIFY(rows.contains("password-changed aigerim.s"));
    QVERIFY(rows.contains("password-set aigerim.s"));
    // Checking the current password for a change is not a sign-in: three sign-ins, three rows.
    QCOMPARE(rows.count("sign-in aigerim.s"), 3);
    // A login that is taken or malformed is refused before anything is written.
    QCOMPARE(accounts.add({"aigerim.s", "Another", Role::Operator}, "first-day-2", Kezek::Test::administrator(t.db())).failure().kind,
             Failure::Kind::Conflict);
    QVERIFY(accounts.add({"Has Space", "Another", Role::Operator}, "first-day-2", Kezek::Test::administrator(t.db())).message().contains("login"));
    QVERIFY(accounts.add({"nobody", "  ", Role::Operator}, "first-day-2", Kezek::Test::administrator(t.db())).message().contains("full name"));
    QCOMPARE(trail(t.db()).count("staff-added aigerim.s"), 1);
}

void TestAccounts::aDisabledAccountCannotSignIn()
{
    TestDatabase t;
    FixedClock clock(at(9));
    const Accounts accounts(t.db(), clock);
    QVERIFY(accounts.disable("op07", Kezek::Test::administrator(t.db())));
    QCOMPARE(accounts.signIn("op07", DemoCenter::password).message(),
             QStringLiteral("The login or the password is wrong."));
    QCOMPARE(accounts.disable("op07", Kezek::Test::administrator(t.db())).failure().kind, Failure::Kind::NothingToDo);
    const auto all = *accounts.list();
    const auto op07 = std::find_if(all.cbegin(), all.cend(), [](const Account &a) { return a.person.login == "op07"; });
    QVERIFY(op07 != all.cend());
    QVERIFY(!op07->active);
    QVERIFY(trail(t.db()).contains("staff-disabled op07"));
}

void TestAccounts::anAccountWithoutAPasswordSaysWhoSetsOne()
{
    TestDatabase t;
    FixedClock clock(at(9));
    RawDatabase raw(t.path(), "setup");
    QVERIFY(raw.exec("UPDATE operators SET password_hash = NULL WHERE login = 'op04'"));
    auto refused = Accounts(t.db(), clock).signIn("op04", "anything-at-all");
    QVERIFY(refused.message().contains("kezekctl staff passwd op04"));
}

void TestAccounts::theLockedConsoleOpensOnlyWithThePersonsPassword()
{
    TestDatabase t;
    FixedClock clock(at(9));
    const Accounts accounts(t.db(), clock);
    const Operator op05 = accounts.byLogin("op05")->person;
    QVERIFY(accounts.recordLock(op05));
    QVERIFY(!accounts.unlock(op05.id, "someone-else"));
    QVERIFY(accounts.unlock(op05.id, DemoCenter::password));
    QVERIFY(accounts.recordSignOut(op05));
    QCOMPARE(trail(t.db()), (QStringList{"console-locked op05", "sign-in-failed op05", "console-unlocked op05",
                                         "sign-out op05"}));
}

void TestAccounts::passwordsAreNeverStoredInClear()
{
    TestDatabase t;
    FixedClock clock(at(9));
    const Accounts accounts(t.db(), clock);
    QVERIFY(accounts.add({"nurlan.k", "Nurlan K", Role::Supervisor}, "Clear-Text-1", Kezek::Test::administrator(t.db())));
    QVERIFY(accounts.changePassword(accounts.byLogin("nurlan.k")->person.id, "Clear-Text-1", "Clear-Text-2"));
    QVERIFY(accounts.setPassword("nurlan.k", "Clear-Text-3", false, Kezek::Test::administrator(t.db())));
    RawDatabase raw(t.path(), "check");
    for (const char *text : {"SELECT login || full_name || coalesce(password_hash, '') FROM operators",
                                "SELECT actor || action || subject || details FROM audit_log",
                                "SELECT item FROM change_log"}) {
        QVERIFY2(!raw.column(text).join(' ').contains("Clear-Text"), qPrintable(text));
    }
    QVERIFY(raw.scalar("SELECT password_hash FROM operators WHERE login = 'nurlan.k'").toString().startsWith("$argon2id$"));
}

void TestAccounts::theAuditTrailCannotBeChanged()
{
    TestDatabase t;
    FixedClock clock(at(9));
    QVERIFY(Accounts(t.db(), clock).signIn("op01", DemoCenter::password));
    RawDatabase raw(t.path(), "tamper");
    QVERIFY(!raw.exec("UPDATE audit_log SET actor = 'op02'"));
    QVERIFY(!raw.exec("DELETE FROM audit_log"));
    QCOMPARE(raw.scalar("SELECT actor FROM audit_log").toString(), QStringLiteral("op01"));
    QCOMPARE(raw.scalar("SELECT count(*) FROM audit_log").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
