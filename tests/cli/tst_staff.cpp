// kezekctl staff: adding accounts with temporary passwords, setting and disabling them, listing them, and the audit
// rows each leaves; passwords come from a private file (or a terminal) and never appear in what kezekctl says.
#include "KezekctlProcess.h"
#include "TestDatabase.h"

#include "audit/AuditTrail.h"
#include "auth/Accounts.h"
#include "domain/DemoCenter.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestStaff final : public QObject
{
    Q_OBJECT

private slots:
    void addSignInChangeAndList();
    void passwdAndDisable();
    void refusalsSayWhyAndChangeNothing();

private:
    QString passwordFile(const QString &password, bool privateFile = true);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestStaff::passwordFile(const QString &password, bool privateFile)
{
    const QString path = m_dir.filePath(QStringLiteral("password-%1").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(password.toUtf8() + '\n') < 0)
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    file.setPermissions(privateFile ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    return path;
}

void TestStaff::addSignInChangeAndList()
{
    TestDatabase t;
    const CtlRun added = kezekctl(t.path(), {"--as", "admin", "staff", "add", "dana.b", "--name", "Dana Bekova", "--role", "reception",
                                             "--password-file", passwordFile("hired-today")});
    QVERIFY2(added.exitCode == 0, added.describe());
    QVERIFY2(added.out.contains("temporary"), added.describe());
    QVERIFY(!added.out.contains("hired-today") && !added.err.contains("hired-today"));

    FixedClock clock(at(9));
    const Accounts accounts(t.db(), clock);
    auto first = accounts.signIn("dana.b", "hired-today");
    QVERIFY(first && first->temporaryPassword);
    QCOMPARE(first->person.role, Role::Reception);

    const CtlRun listed = kezekctl(t.path(), {"--as", "admin", "--json", "staff", "list"});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QJsonArray staff = listed.json().value("staff").toArray();
    QCOMPARE(staff.size(), 12 + 3 + 1);
    bool found = false;
    for (const QJsonValue &value : staff) {
        const QJsonObject person = value.toObject();
        if (person.value("login").toString() != "dana.b")
            continue;
        found = true;
        QCOMPARE(person.value("name").toString(), QStringLiteral("Dana Bekova"));
        QCOMPARE(person.value("temporary").toBool(), true);
        QCOMPARE(person.value("active").toBool(), true);
    }
    QVERIFY(found);
    const CtlRun text = kezekctl(t.path(), {"--as", "admin", "staff", "list"});
    QVERIFY2(text.out.contains(QRegularExpression("dana.b +reception +temporary +Dana Bekova")), text.describe());

    const auto trail = *AuditTrail(t.db()).between(0, std::numeric_limits<qint64>::max());
    const auto addedRow = std::find_if(trail.cbegin(), trail.cend(),
                                    [](const AuditEntry &e) { return e.action == AuditTrail::staffAdded; });
    QVERIFY(addedRow != trail.cend());
    QCOMPARE(addedRow->subject, QStringLiteral("dana.b"));
    QCOMPARE(addedRow->actor, QStringLiteral("admin")); // who signed in with --as
}

void TestStaff::passwdAndDisable()
{
    TestDatabase t;
    const CtlRun set = kezekctl(t.path(), {"--as", "admin", "staff", "passwd", "op03", "--password-file", passwordFile("reset-0303")});
    QVERIFY2(set.exitCode == 0, set.describe());
    FixedClock clock(at(9));
    const Accounts accounts(t.db(), clock);
    QVERIFY(!accounts.signIn("op03", DemoCenter::password));
    QVERIFY(accounts.signIn("op03", "reset-0303")->temporaryPassword);
    const CtlRun permanent = kezekctl(t.path(), {"--as", "admin", "staff", "passwd", "op03", "--permanent", "--password-file",
                                                 passwordFile("kept-0303")});
    QVERIFY2(permanent.exitCode == 0, permanent.describe());
    QVERIFY(!accounts.signIn("op03", "kept-0303")->temporaryPassword);

    const CtlRun disabled = kezekctl(t.path(), {"--as", "admin", "staff", "disable", "op03"});
    QVERIFY2(disabled.exitCode == 0, disabled.describe());
    QVERIFY(!accounts.signIn("op03", "kept-0303"));
    const CtlRun again = kezekctl(t.path(), {"--as", "admin", "staff", "disable", "op03"});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("disabled already"), again.describe());
    const CtlRun text = kezekctl(t.path(), {"--as", "admin", "staff", "list"});
    QVERIFY2(text.out.contains(QRegularExpression("op03 +operator +disabled")), text.describe());
}

void TestStaff::refusalsSayWhyAndChangeNothing()
{
    TestDatabase t;
    RawDatabase raw(t.path(), "check");
    const auto accountsNow = [&] { return raw.scalar("SELECT count(*) FROM operators").toInt(); };
    const int before = accountsNow();
    const struct
    {
        QStringList arguments;
        const char *says;
    } refused[] = {
        {{"staff", "add", "x.y", "--name", "X Y", "--role", "boss", "--password-file", passwordFile("long-enough")},
         "--role"},
        {{"staff", "add", "x.y", "--role", "operator", "--password-file", passwordFile("long-enough")}, "--name"},
        {{"staff", "add", "x.y", "--name", "X Y", "--role", "operator", "--password-file", passwordFile("short")},
         "at least 8"},
        {{"staff", "add", "x.y", "--name", "X Y", "--role", "operator", "--password-file",
          passwordFile("long-enough", false)},
         "chmod 600"},
        {{"staff", "add", "op01", "--name", "X Y", "--role", "operator", "--password-file", passwordFile("long-enough")},
         "taken"},
        // A pipe is not a terminal: the password cannot be typed there.
        {{"staff", "add", "x.y", "--name", "X Y", "--role", "operator"}, "--password-file"},
        {{"staff", "passwd", "nobody", "--password-file", passwordFile("long-enough")}, "nobody"},
        {{"staff", "fire", "op01"}, "add, passwd, disable or list"},
        {{"staff", "add"}, "LOGIN"},
    };
    for (const auto &refusal : refused) {
        const CtlRun run = kezekctl(t.path(), QStringList{"--as", "admin"} + refusal.arguments);
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.err.contains(QLatin1String(refusal.says)), run.describe());
        QVERIFY(!run.err.contains("long-enough"));
    }
    QCOMPARE(accountsNow(), before);
    // Only the administrator's sign-ins: no refused change left a row.
    QCOMPARE(raw.scalar("SELECT count(*) FROM audit_log WHERE action <> 'sign-in'").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
