// How a commit of one program reaches the screens of another and of its own: the change log read by each
// process's change feed after the last id it saw, woken by SQLite's data_version, the server's notifications and
// the process's own commits, and the catch-up after a connection came back. Runs on SQLite and on PostgreSQL.
#include "KezekctlProcess.h"
#include "LivePicture.h"
#include "RawDatabase.h"
#include "ServerOutage.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "db/Database.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "models/CurrentTicketModel.h"
#include "models/HallModel.h"
#include "models/QueueModel.h"
#include "models/ServiceTotalsModel.h"
#include "reception/SlotModel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private slots:
    void anotherProcessReachesTheQueueRowByRow();
    void theFeedSaysWhatChanged();
    void ownStepsReachTheModelsAtTheirCommitWithFewReads();
    void bookingsReachTheSlotsOfEveryDesk();
    void aFeedThatFellBehindReadsEverything();
    void theLogKeepsItsLastRowsOnly();
    void changesMadeWhileDisconnectedAreCaughtUp();
    void anOutageRefusesStepsInWordsUntilTheServerIsBack();
};

namespace {

const QString morning = QStringLiteral("2020-05-18T09:00");

// A queue on screen, following the process's live picture of the center, as the console does.
struct WatchedQueue
{
    explicit WatchedQueue(Database &db)
        : clock(at(9))
        , live(db, clock)
        , model(live.center, clock)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , watcher(live.feed)
    {
        model.setWindowNumber(1);
    }

    FixedClock clock;
    LivePicture live;
    QueueModel model;
    QAbstractItemModelTester tester;
    ChangeFeed &watcher;
};

// The change sets a feed reported, merged.
ChangeSet merged(const QSignalSpy &spy)
{
    ChangeSet all;
    for (const QList<QVariant> &arguments : spy)
        all.merge(arguments.first().value<ChangeSet>());
    return all;
}

} // namespace

void TestChangeFeed::anotherProcessReachesTheQueueRowByRow()
{
    TestDatabase t;
    WatchedQueue screen(t.db());
    QCOMPARE(screen.model.rowCount(), 0);
    QSignalSpy inserted(&screen.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&screen.model, &QAbstractItemModel::modelReset);

    for (int n = 1; n <= 3; ++n) {
        const CtlRun run = kezekctl(t.path(), {"--as", "reception", "--at", morning, "issue", "ID-CARD"});
        QVERIFY2(run.exitCode == 0, run.describe());
        QTRY_COMPARE(screen.model.rowCount(), n);
    }
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(screen.model.data(screen.model.index(2, QueueModel::NumberColumn)).toString(), QString("A003"));
}

void TestChangeFeed::theFeedSaysWhatChanged()
{
    TestDatabase t;
    WatchedQueue screen(t.db());
    QSignalSpy changes(&screen.watcher, &ChangeFeed::changed);
    RawDatabase other(t.path(), "other");

    const CtlRun issued = kezekctl(t.path(), {"--as", "reception", "--at", morning, "issue", "ID-CARD"});
    QVERIFY2(issued.exitCode == 0, issued.describe());
    const qint64 ticket = other.scalar("SELECT id FROM tickets WHERE number = 'A001'").toLongLong();
    QTRY_VERIFY(merged(changes).tickets.contains(ticket));
    QVERIFY(!merged(changes).everything);
    QVERIFY(!merged(changes).catalogue);

    changes.clear();
    const CtlRun called = kezekctl(t.path(), {"--as", "op03", "--at", morning, "call-next", "--window", "3"});
    QVERIFY2(called.exitCode == 0, called.describe());
    QTRY_VERIFY(merged(changes).tickets.contains(ticket));
    // A walk-in after nobody leaves the window's out-of-turn streak as it was: the window did not change.
    QVERIFY(merged(changes).windows.isEmpty());
    changes.clear();
    const int window3 = other.scalar("SELECT id FROM windows WHERE number = 3").toInt();
    QVERIFY(other.exec("UPDATE windows SET state = 'paused', pause_reason = 'break' WHERE number = 3"));
    QTRY_VERIFY(merged(changes).windows.contains(window3));
    QVERIFY(merged(changes).tickets.isEmpty());

    // A step refused (nobody waits at window 7) changes nothing and logs nothing: once the next step's change has
    // arrived, one of the refused step would have come with or before it.
    changes.clear();
    QCOMPARE(kezekctl(t.path(), {"--as", "op07", "--at", morning, "call-next", "--window", "7"}).exitCode, 3);
    QVERIFY(kezekctl(t.path(), {"--as", "reception", "--at", morning, "issue", "ID-CARD"}).exitCode == 0);
    const qint64 next = other.scalar("SELECT id FROM tickets WHERE number = 'A002'").toLongLong();
    QTRY_VERIFY(merged(changes).tickets.contains(next));
    QCOMPARE(merged(changes).tickets, QSet<qint64>{next});
    QVERIFY(merged(changes).windows.isEmpty());

    // Any other writer is logged too, by the triggers: here a norm time changed behind Kezek's back.
    changes.clear();
    QVERIFY(other.exec("UPDATE services SET norm_s = norm_s + 60 WHERE code = 'ID-CARD'"));
    QTRY_VERIFY(merged(changes).catalogue);

    // This process's own step is read at its commit, before the step returns.
    changes.clear();
    auto own = Kezek::Test::StaffedQueue(t.db(), screen.clock).issue(Catalogue(t.db()).service("ID-CARD")->id, {});
    QVERIFY(own.ok());
    QCOMPARE(changes.count(), 1);
    QCOMPARE(merged(changes).tickets, QSet<qint64>{own->id});
    QCOMPARE(screen.model.rowCount(), 2); // A001 is at window 3
}

void TestChangeFeed::ownStepsReachTheModelsAtTheirCommitWithFewReads()
{
    TestDatabase t;
    FixedClock clock(at(10));
    Kezek::Test::StaffedQueue queue(t.db(), clock);
    const int idCard = Catalogue(t.db()).service("ID-CARD")->id;
    for (int i = 0; i < 20; ++i)
        QVERIFY(queue.issue(idCard, {}).ok());
    // The statements run by the time the step committed, counted before the feed reads anything.
    qint64 atCommit = 0;
    QObject::connect(&t.db().commits(), &CommitSignal::committed, &t.db().commits(),
                     [&] { atCommit = t.db().statementsRun(); });
    // What an operator's main window holds: the console's two models and the hall page's two.
    LivePicture live(t.db(), clock);
    QueueModel queueModel(live.center, clock);
    queueModel.setWindowNumber(1);
    CurrentTicketModel current(live.center, clock);
    current.setWindowNumber(1);
    HallModel hall(live.center);
    ServiceTotalsModel totals(live.center, clock);
    QAbstractItemModelTester tester(&queueModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&queueModel, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&queueModel, &QAbstractItemModel::modelReset);
    QCOMPARE(queueModel.rowCount(), 20);

    auto called = queue.callNext(1);
    QVERIFY(called.ok());
    const qint64 readsAfter = t.db().statementsRun() - atCommit;
    // The change log, the changed ticket, the windows' status: the models read nothing themselves.
    QVERIFY2(readsAfter <= 5, qPrintable(QString("%1 statements after the commit").arg(readsAfter)));
    QCOMPARE(queueModel.rowCount(), 19);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(current.ticket()->number, QStringLiteral("A001"));
    QCOMPARE(hall.index(0, HallModel::TicketColumn).data().toString(), QStringLiteral("A001 (called)"));
    QCOMPARE(totals.totalWaiting(), 19);
}

void TestChangeFeed::bookingsReachTheSlotsOfEveryDesk()
{
    TestDatabase t;
    FixedClock clock(at(9));
    LivePicture live(t.db(), clock);
    const int idCard = Catalogue(t.db()).service("ID-CARD")->id;
    // What the reception desk shows: ID-CARD's slots of today, with their places, from the picture.
    SlotModel desk;
    QAbstractItemModelTester tester(&desk, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto show = [&] { desk.setSlots(idCard, live.center.slotsOf(idCard), clock.now(), 15 * 60); };
    const auto takenAt = [&](qint64 start) { return desk.slot(desk.rowOfStart(start)).taken; };
    show();
    QCOMPARE(desk.rowCount(), 36);
    QCOMPARE(desk.slot(0).capacity, 5); // windows 1-4 and 12 serve ID-CARD
    QCOMPARE(takenAt(at(10, 15)), 0);

    // Another desk books (kezekctl here): the picture counts it without reading the desk again.
    for (int n = 0; n < 2; ++n) {
        const CtlRun run = kezekctl(t.path(), {"--as", "reception", "--at", morning, "book", "ID-CARD", "--iin", "900101300811",
                                               "--slot", "10:15"});
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    QTRY_COMPARE(live.center.slotsOf(idCard).at(5).taken, 2);
    const qint64 before = t.db().statementsRun();
    show();
    QCOMPARE(t.db().statementsRun(), before);
    QCOMPARE(takenAt(at(10, 15)), 2);

    // A booking moved to another slot leaves its old place; one moved to tomorrow or removed leaves today's count.
    RawDatabase other(t.path(), "other");
    QVERIFY(other.exec(QStringLiteral("UPDATE bookings SET slot_start = %1 WHERE id = (SELECT min(id) FROM bookings "
                                      "WHERE slot_start = %2)")
                           .arg(at(11, 0))
                           .arg(at(10, 15))));
    QTRY_COMPARE(live.center.slotsOf(idCard).at(8).taken, 1);
    show();
    QCOMPARE(takenAt(at(10, 15)), 1);
    QCOMPARE(takenAt(at(11, 0)), 1);
    QVERIFY(other.exec(QStringLiteral("UPDATE bookings SET slot_start = slot_start + 86400 WHERE slot_start = %1")
                           .arg(at(11, 0))));
    QVERIFY(other.exec(QStringLiteral("DELETE FROM bookings WHERE slot_start = %1").arg(at(10, 15))));
    QTRY_COMPARE(live.center.slotsOf(idCard).at(5).taken, 0);
    show();
    QCOMPARE(takenAt(at(11, 0)), 0);

    // A window that no longer serves ID-CARD takes a place off every slot.
    QVERIFY(other.exec(QStringLiteral("DELETE FROM window_services WHERE window_id = (SELECT id FROM windows WHERE "
                                      "number = 12) AND service_id = %1")
                           .arg(idCard)));
    QTRY_COMPARE(live.center.slotsOf(idCard).first().capacity, 4);
}

void TestChangeFeed::aFeedThatFellBehindReadsEverything()
{
    TestDatabase t;
    WatchedQueue screen(t.db());
    screen.watcher.stop();
    QSignalSpy changes(&screen.watcher, &ChangeFeed::changed);
    QVERIFY(kezekctl(t.path(), {"--as", "reception", "--at", morning, "issue", "ID-CARD"}).exitCode == 0);
    // The rows this program has not read are gone, as if pruned while it slept.
    RawDatabase other(t.path(), "other");
    QVERIFY(other.exec("DELETE FROM change_log"));
    QVERIFY(kezekctl(t.path(), {"--as", "reception", "--at", morning, "issue", "ID-CARD"}).exitCode == 0);

    QVERIFY(screen.watcher.catchUp().ok());
    QCOMPARE(changes.count(), 1);
    QVERIFY(changes.first().first().value<ChangeSet>().everything);
    QCOMPARE(screen.model.rowCount(), 2);
}

void TestChangeFeed::theLogKeepsItsLastRowsOnly()
{
    TestDatabase t;
    RawDatabase raw(t.path(), "raw");
    QVERIFY(raw.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 52000) "
                     "INSERT INTO change_log (item) SELECT 'catalogue' FROM n"));
    const qint64 last = raw.scalar("SELECT max(id) FROM change_log").toLongLong();
    QVERIFY(last >= 52000);
    const qint64 kept = raw.scalar("SELECT count(*) FROM change_log").toLongLong();
    QVERIFY2(kept >= 50000 && kept < 51000, qPrintable(QString::number(kept)));
    QCOMPARE(raw.scalar("SELECT min(id) FROM change_log").toLongLong(), last - kept + 1);
}

void TestChangeFeed::changesMadeWhileDisconnectedAreCaughtUp()
{
    if (!onPostgres())
        QSKIP("a file cannot drop its connection; tst_databasefile covers a file that went away");
    TestDatabase t;
    WatchedQueue screen(t.db());
    RawDatabase admin("postgresql:///postgres", "admin");
    QVERIFY(admin.exec("SET application_name = 'test-admin'"));

    QSignalSpy changes(&screen.watcher, &ChangeFeed::changed);
    // The connection drops and a ticket is issued before this program notices: its notification went to nobody.
    screen.watcher.stop();
    ServerOutage::dropConnections(admin, t.path().section('/', -1));
    const CtlRun run = kezekctl(t.path(), {"--as", "reception", "--at", morning, "issue", "ID-CARD"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QTest::qWait(0);
    QCOMPARE(screen.model.rowCount(), 0);

    screen.watcher.start();
    QTRY_COMPARE(screen.model.rowCount(), 1);
    // Caught up from the log after the last change seen, not by reading everything again.
    const qint64 issued = RawDatabase(t.path(), "check").scalar("SELECT id FROM tickets WHERE number = 'A001'").toLongLong();
    QVERIFY(merged(changes).tickets.contains(issued));
    QVERIFY(!merged(changes).everything);
    // The new connection listens again.
    QVERIFY(kezekctl(t.path(), {"--as", "reception", "--at", morning, "issue", "ID-CARD"}).exitCode == 0);
    QTRY_COMPARE(screen.model.rowCount(), 2);
}

void TestChangeFeed::anOutageRefusesStepsInWordsUntilTheServerIsBack()
{
    if (!onPostgres())
        QSKIP("a file cannot drop its connection; tst_databasefile covers a file that went away");
    TestDatabase t;
    WatchedQueue screen(t.db());
    QSignalSpy lost(&screen.watcher, &ChangeFeed::connectionLost);
    QSignalSpy restored(&screen.watcher, &ChangeFeed::connectionRestored);
    const QString database = t.path().section('/', -1);
    ServerOutage outage(t.path());

    QTRY_COMPARE(lost.count(), 1);
    const QString message = lost.at(0).at(0).toString();
    QVERIFY2(message.contains("No connection to the center's server") && message.contains(database),
             qPrintable(message));
    QVERIFY(!screen.watcher.isConnected());
    // A step is refused with the same words, and nothing is written.
    FixedClock clock(at(9));
    const auto refused = Kezek::Test::StaffedQueue(t.db(), clock).issue(1, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains("No connection to the center's server"), qPrintable(refused.message()));

    // Back: the screen says so by itself and reads what it missed.
    outage.end();
    QVERIFY(kezekctl(t.path(), {"--as", "reception", "--at", morning, "issue", "ID-CARD"}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QTRY_COMPARE(screen.model.rowCount(), 1);
    QCOMPARE(RawDatabase(t.path(), "check").scalar("SELECT count(*) FROM tickets").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
