// kezekctl copy-to: a center's SQLite history moved onto the server, checked to the digit, never twice.
#include "KezekctlProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek::Test;

class TestCopyTo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void simulatedWeekCopiesToTheDigit();
    void foreignTargetIsRefusedAndUntouched();

private:
    QTemporaryDir m_dir;
    QString m_source;
};

void TestCopyTo::initTestCase()
{
    QVERIFY2(onPostgres(), "copy-to is tested against the PostgreSQL test server (KEZEK_TEST_BACKEND=postgres)");
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath("center.sqlite");
    QCOMPARE(kezekctl(m_source, {"init", "--demo"}).exitCode, 0);
    // A week of a busy center: 18-24 May 2020, a Monday to a Sunday (Sunday closed).
    for (int day = 18; day <= 23; ++day) {
        const CtlRun run = kezekctl(m_source, {"--as", "admin", "--at", QStringLiteral("2020-05-%1T20:00").arg(day), "simulate",
                                               "--date", QStringLiteral("2020-05-%1").arg(day), "--windows", "12",
                                               "--citizens", "300", "--seed", QString::number(day)},
                                    180000);
        QVERIFY2(run.exitCode == 0, run.describe());
    }
}

void TestCopyTo::simulatedWeekCopiesToTheDigit()
{
    const ScratchLocation target(m_dir.path());
    const CtlRun copy = kezekctl(m_source, {"--as", "admin", "--json", "copy-to", target.text()}, 300000);
    QVERIFY2(copy.exitCode == 0, copy.describe());
    const QJsonObject tables = copy.json().value("tables").toObject();
    QVERIFY2(tables.value("tickets").toInt() > 1000, copy.describe());
    QVERIFY2(tables.value("events").toInt() > tables.value("tickets").toInt(), copy.describe());

    // Every table holds as many rows on both sides.
    RawDatabase from(m_source, "from");
    RawDatabase to(target.text(), "to");
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QString count = "SELECT count(*) FROM " + it.key();
        QCOMPARE(to.scalar(count).toLongLong(), from.scalar(count).toLongLong());
        QCOMPARE(to.scalar(count).toLongLong(), it.value().toInteger());
    }
    // The report gives the same figures to the digit, on the server as from the file.
    const QStringList report{"--as", "supervisor", "--at", "2020-05-24T20:00", "report", "--from", "2020-05-18", "--to", "2020-05-24",
                             "--format", "json"};
    const CtlRun onFile = kezekctl(m_source, report);
    const CtlRun onServer = kezekctl(target.text(), report);
    QVERIFY2(onFile.exitCode == 0, onFile.describe());
    QVERIFY2(onServer.exitCode == 0, onServer.describe());
    QVERIFY(!onFile.json().isEmpty());
    QCOMPARE(onServer.json(), onFile.json());

    // Again: refused, the target as it was.
    const qint64 events = to.scalar("SELECT count(*) FROM events").toLongLong();
    const CtlRun again = kezekctl(m_source, {"--as", "admin", "copy-to", target.text()});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("already holds a center"), again.describe());
    QCOMPARE(to.scalar("SELECT count(*) FROM events").toLongLong(), events);

    // The server's own numbering goes on after the copied ids.
    const qint64 highest = to.scalar("SELECT max(id) FROM tickets").toLongLong();
    const CtlRun issued = kezekctl(target.text(), {"--as", "reception", "--json", "--at", "2020-05-25T09:00", "issue", "RESULT"});
    QVERIFY2(issued.exitCode == 0, issued.describe());
    QCOMPARE(to.scalar("SELECT max(id) FROM tickets").toLongLong(), highest + 1);
}

void TestCopyTo::foreignTargetIsRefusedAndUntouched()
{
    const ScratchLocation target(m_dir.path());
    {
        RawDatabase raw(target.text(), "foreign");
        QVERIFY(raw.exec("CREATE TABLE invoices (id INTEGER)"));
    }
    const CtlRun copy = kezekctl(m_source, {"--as", "admin", "copy-to", target.text()});
    QCOMPARE(copy.exitCode, 2);
    QVERIFY2(copy.err.contains("not a Kezek database"), copy.describe());
    RawDatabase raw(target.text(), "foreign-after");
    QCOMPARE(raw.column("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"),
             QStringList{"invoices"});
}

QTEST_GUILESS_MAIN(TestCopyTo)
#include "tst_copyto.moc"
