// kezekctl killed with SIGKILL in the middle of a stream of state changes leaves a whole, consistent database.
#include "KezekctlProcess.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Kezek::Test;

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void killedSimulationLeavesConsistentDatabase_data();
    void killedSimulationLeavesConsistentDatabase();
};

void TestCrashSafety::killedSimulationLeavesConsistentDatabase_data()
{
    QTest::addColumn<int>("killAfterMs");
    QRandomGenerator *random = QRandomGenerator::global();
    // One early moment (the first check-ins), then random ones in the thick of the day.
    QTest::newRow("early") << 150;
    for (int i = 1; i <= 3; ++i)
        QTest::addRow("random %d", i) << int(random->bounded(300, 2500));
}

void TestCrashSafety::killedSimulationLeavesConsistentDatabase()
{
    QFETCH(int, killAfterMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScratchLocation location(dir.path());
    const QString db = location.text();
    QCOMPARE(kezekctl(db, {"init", "--demo"}).exitCode, 0);

    QProcess process;
    process.start(KEZEKCTL_PATH, {"--db", db, "--as", "admin", "simulate", "--date", "2020-05-19", "--windows", "30", "--citizens",
                                  "2400", "--seed", QString::number(killAfterMs)});
    QVERIFY(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    // If the day is already over by then there is nothing to kill, and the checks below still hold.
    const bool finished = process.waitForFinished(killAfterMs);
    if (!finished)
        ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished();
    qInfo("killed after %lld ms (%s)", timer.elapsed(), finished ? "it had already finished" : "SIGKILL");

    RawDatabase raw(db);
    QVERIFY(raw.isOpen());
    if (!onPostgres()) // a server checks its own pages
        QCOMPARE(raw.scalar("PRAGMA integrity_check").toString(), QString("ok"));
    QCOMPARE(raw.scalar(stateMismatchSql()).toInt(), 0);
    // Every served ticket has its served services, every call a window.
    QCOMPARE(raw.scalar("SELECT count(*) FROM tickets t WHERE t.state = 'served' AND NOT EXISTS "
                        "(SELECT 1 FROM served_services s WHERE s.ticket_id = t.id)")
                 .toInt(),
             0);
    QCOMPARE(raw.scalar("SELECT count(*) FROM tickets WHERE state IN ('called', 'serving') AND window_id IS NULL")
                 .toInt(),
             0);
    const int tickets = raw.scalar("SELECT count(*) FROM tickets").toInt();
    qInfo("%d tickets, %d events at the kill", tickets, raw.scalar("SELECT count(*) FROM events").toInt());

    // The killed database still works: the engine opens it and goes on.
    const CtlRun run = kezekctl(db, {"--at", "2020-05-19T18:00", "queue"});
    QVERIFY2(run.exitCode == 0, run.describe());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
