// The role × action matrix through kezekctl (docs/ROLES.md): --as LOGIN acts as the account, what its role does not
// allow exits 2 with the reason and changes nothing. The model's own matrix is tst_roles.
#include "KezekctlProcess.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace Kezek::Test;

namespace {

// What a refused command must leave as it was (the sign-in with --as is recorded either way).
QString snapshot(const QString &db)
{
    const RawDatabase raw(db, QStringLiteral("roles-cli"));
    QStringList parts;
    for (const char *sql : {"SELECT id || state FROM tickets ORDER BY id", "SELECT count(*) FROM events",
                            "SELECT number || state || coalesce(operator_id, 0) FROM windows ORDER BY number",
                            "SELECT count(*) FROM bookings", "SELECT count(*) FROM operators",
                            "SELECT hall_capacity FROM center",
                            "SELECT count(*) FROM audit_log WHERE action <> 'sign-in'"})
        parts << raw.column(QString::fromLatin1(sql)).join(QLatin1Char(','));
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestRolesCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void withoutAsTheCommandSaysWhoMustAct();
    void aWrongPasswordOrATemporaryOneIsRefused();

private:
    QString freshCenter();
    QTemporaryDir m_dir;
    QString m_centerFile;
    int m_databases = 0;
    std::vector<std::unique_ptr<ScratchLocation>> m_locations;
};

void TestRolesCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// The demo center, its sign-ins cheap (this test signs in a hundred times), a night-jobs account, and a waiting
// ticket A001 at 10:00.
QString TestRolesCli::freshCenter()
{
    // Kept until the end: on a server the location is a database, dropped with it.
    m_locations.push_back(std::make_unique<ScratchLocation>(m_dir.filePath(QStringLiteral("db%1").arg(++m_databases))));
    const QString db = m_locations.back()->text();
    if (kezekctl(db, {"init", "--demo"}).exitCode != 0)
        qFatal("kezekctl init --demo failed");
    RawDatabase raw(db);
    if (!raw.exec(QStringLiteral("UPDATE operators SET password_hash = '%1'").arg(cheapDemoPasswordHash))
        || !raw.exec(QStringLiteral("INSERT INTO operators (login, full_name, role, password_hash) VALUES "
                                    "('night', 'Night jobs', 'system', '%1')")
                         .arg(cheapDemoPasswordHash)))
        qFatal("cannot prepare the center");
    if (kezekctl(db, {"--as", "reception", "--at", "2020-05-18T10:00", "issue", "ID-CARD"}).exitCode != 0)
        qFatal("cannot issue A001");
    if (m_centerFile.isEmpty()) {
        m_centerFile = m_dir.filePath(QStringLiteral("center.json"));
        QFile file(m_centerFile);
        const CtlRun exported = kezekctl(db, {"--as", "admin", "center", "export"});
        if (!file.open(QIODevice::WriteOnly) || file.write(exported.out.toUtf8()) < 0)
            qFatal("cannot write the center file");
    }
    return db;
}

void TestRolesCli::matrix_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("allowed");
    const QStringList everyone{"op01", "op02", "reception", "supervisor", "admin", "night"};
    struct Row
    {
        const char *name;
        QStringList arguments;
        QStringList allowed;
    };
    const QString bookings = QStringLiteral(KEZEK_SAMPLES_DIR "/bookings-egov.csv");
    const Row rows[] = {
        {"issue", {"issue", "RESULT"}, {"reception"}},
        {"book", {"book", "ID-CARD", "--iin", "950815350123"}, {"reception"}},
        {"import-bookings", {"import-bookings", bookings}, {"reception", "night"}},
        {"call-next at 1", {"call-next", "--window", "1"}, {"op01"}},
        {"cancel", {"cancel", "A001"}, {"reception", "supervisor"}},
        {"pause window 1", {"window", "1", "pause", "--reason", "break"}, {"op01", "supervisor", "admin", "night"}},
        {"release window 1", {"window", "1", "release"}, {"op01", "supervisor", "admin", "night"}},
        {"report", {"report"}, {"supervisor", "admin", "night"}},
        {"audit", {"audit"}, {"supervisor", "admin", "night"}},
        {"center export", {"center", "export"}, {"supervisor", "admin", "night"}},
        {"staff add", {"staff", "add", "new.one", "--role", "operator", "--name", "New One", "--password-file",
                       demoPasswordFile()},
         {"admin"}},
    };
    for (const Row &row : rows) {
        for (const QString &login : everyone) {
            QTest::addRow("%s by %s", row.name, qPrintable(login))
                << QStringList{"--as", login, "--at", "2020-05-18T10:05"} + row.arguments
                << (row.allowed.contains(login) ? QStringList{login} : QStringList{});
        }
    }
}

void TestRolesCli::matrix()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, allowed);
    const QString db = freshCenter();
    const QString before = snapshot(db);
    const CtlRun run = kezekctl(db, arguments);
    if (!allowed.isEmpty()) {
        // Done (the sample booking file has rows rejected on purpose: done in part, 1).
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.describe());
        QVERIFY(snapshot(db) != before);
        return;
    }
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(QLatin1String("may not")) || run.err.contains(QLatin1String("held by")),
             run.describe());
    QCOMPARE(snapshot(db), before);
}

void TestRolesCli::withoutAsTheCommandSaysWhoMustAct()
{
    const QString db = freshCenter();
    const QString before = snapshot(db);
    for (const QStringList &arguments : {QStringList{"issue", "RESULT"}, QStringList{"call-next", "--window", "1"},
                                         QStringList{"report"}, QStringList{"window", "1", "close"}}) {
        const CtlRun run = kezekctl(db, arguments);
        QVERIFY2(run.exitCode == 2 && run.err.contains(QLatin1String("--as LOGIN")), run.describe());
    }
    // Reading needs no account: what the file or the server lets one read.
    QVERIFY(kezekctl(db, {"queue"}).exitCode == 0);
    QCOMPARE(snapshot(db), before);
}

void TestRolesCli::aWrongPasswordOrATemporaryOneIsRefused()
{
    const QString db = freshCenter();
    const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
    {
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not-the-password\n");
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qputenv("KEZEK_PASSWORD_FILE", QFile::encodeName(wrong));
    QProcess process;
    process.start(QStringLiteral(KEZEKCTL_PATH), {"--db", db, "--as", "reception", "issue", "RESULT"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("The login or the password is wrong."));
    useDemoPasswordFile();
    // An account whose password is temporary acts nowhere before its owner chose one.
    QVERIFY(RawDatabase(db).exec(QStringLiteral("UPDATE operators SET password_temporary = 1 WHERE login = 'reception'")));
    const CtlRun temporary = kezekctl(db, {"--as", "reception", "issue", "RESULT"});
    QVERIFY2(temporary.exitCode == 2 && temporary.err.contains("temporary password"), temporary.describe());
}

QTEST_GUILESS_MAIN(TestRolesCli)
#include "tst_roles_cli.moc"
