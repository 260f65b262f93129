// How a commit of one program reaches the screens of another: SQLite's data_version, the server's notifications,
// and the catch-up after a connection came back. Runs on SQLite and on PostgreSQL.
#include "KezekctlProcess.h"
#include "RawDatabase.h"
#include "ServerOutage.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "db/Database.h"
#include "domain/QueueService.h"
#include "live/DatabaseWatcher.h"
#include "models/QueueModel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private slots:
    void anotherProcessReachesTheQueueRowByRow();
    void serverNotificationsSayWhatChanged();
    void changesMadeWhileDisconnectedAreCaughtUp();
    void anOutageRefusesStepsInWordsUntilTheServerIsBack();
};

namespace {

const QString morning = QStringLiteral("2020-05-18T09:00");

// A queue on screen, refreshed at each change the watcher reports, as the console does.
struct WatchedQueue
{
    explicit WatchedQueue(Database &db)
        : clock(at(9))
        , model(db, clock)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , watcher(db)
    {
        model.setWindowNumber(1);
        QVERIFY(model.refresh().ok());
        QObject::connect(&watcher, &DatabaseWatcher::changed, &model, [this] { (void)model.refresh(); });
        watcher.start();
    }

    FixedClock clock;
    QueueModel model;
    QAbstractItemModelTester tester;
    DatabaseWatcher watcher;
};

} // namespace

void TestChangeFeed::anotherProcessReachesTheQueueRowByRow()
{
    TestDatabase t;
    WatchedQueue screen(t.db());
    QCOMPARE(screen.model.rowCount(), 0);
    QSignalSpy inserted(&screen.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&screen.model, &QAbstractItemModel::modelReset);

    for (int n = 1; n <= 3; ++n) {
        const CtlRun run = kezekctl(t.path(), {"--at", morning, "issue", "ID-CARD"});
        QVERIFY2(run.exitCode == 0, run.describe());
        QTRY_COMPARE(screen.model.rowCount(), n);
    }
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(screen.model.data(screen.model.index(2, QueueModel::NumberColumn)).toString(), QString("A003"));
}

void TestChangeFeed::serverNotificationsSayWhatChanged()
{
    if (!onPostgres())
        QSKIP("SQLite has no notifications; its programs read PRAGMA data_version (the test above)");
    TestDatabase t;
    // A plain listener on the channel, as any program on the LAN could be.
    RawDatabase listener(t.path(), "listener");
    QSqlDriver *driver = QSqlDatabase::database("listener").driver();
    QStringList payloads;
    connect(driver, &QSqlDriver::notification, this,
            [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                payloads << payload.toString();
            });
    QVERIFY(driver->subscribeToNotification("kezek"));

    const CtlRun issued = kezekctl(t.path(), {"--json", "--at", morning, "issue", "ID-CARD"});
    QVERIFY2(issued.exitCode == 0, issued.describe());
    const int ticket = listener.scalar("SELECT id FROM tickets WHERE number = 'A001'").toInt();
    QVERIFY(ticket > 0);
    QTRY_VERIFY2(payloads.contains(QString("ticket:%1").arg(ticket)), qPrintable(payloads.join(' ')));

    payloads.clear();
    const CtlRun called = kezekctl(t.path(), {"--at", morning, "call-next", "--window", "3"});
    QVERIFY2(called.exitCode == 0, called.describe());
    QTRY_VERIFY2(payloads.contains(QString("ticket:%1").arg(ticket)), qPrintable(payloads.join(' ')));

    // A step refused (nobody waits at window 7) changes nothing and announces nothing. Notifications arrive in
    // commit order, so once the next step's has arrived, one of the refused step would have come before it.
    payloads.clear();
    QCOMPARE(kezekctl(t.path(), {"--at", morning, "call-next", "--window", "7"}).exitCode, 3);
    QVERIFY(kezekctl(t.path(), {"--at", morning, "issue", "ID-CARD"}).exitCode == 0);
    const int next = listener.scalar("SELECT id FROM tickets WHERE number = 'A002'").toInt();
    QTRY_VERIFY2(payloads.contains(QString("ticket:%1").arg(next)), qPrintable(payloads.join(' ')));
    QCOMPARE(payloads, QStringList{QString("ticket:%1").arg(next)});
}

void TestChangeFeed::changesMadeWhileDisconnectedAreCaughtUp()
{
    if (!onPostgres())
        QSKIP("a file cannot drop its connection; tst_databasefile covers a file that went away");
    TestDatabase t;
    WatchedQueue screen(t.db());
    RawDatabase admin("postgresql:///postgres", "admin");
    QVERIFY(admin.exec("SET application_name = 'test-admin'"));

    // The connection drops and a ticket is issued before this program notices: its notification went to nobody.
    screen.watcher.stop();
    ServerOutage::dropConnections(admin, t.path().section('/', -1));
    const CtlRun run = kezekctl(t.path(), {"--at", morning, "issue", "ID-CARD"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QTest::qWait(0);
    QCOMPARE(screen.model.rowCount(), 0);

    screen.watcher.start();
    QTRY_COMPARE(screen.model.rowCount(), 1);
    // The new connection listens again.
    QVERIFY(kezekctl(t.path(), {"--at", morning, "issue", "ID-CARD"}).exitCode == 0);
    QTRY_COMPARE(screen.model.rowCount(), 2);
}

void TestChangeFeed::anOutageRefusesStepsInWordsUntilTheServerIsBack()
{
    if (!onPostgres())
        QSKIP("a file cannot drop its connection; tst_databasefile covers a file that went away");
    TestDatabase t;
    WatchedQueue screen(t.db());
    QSignalSpy lost(&screen.watcher, &DatabaseWatcher::connectionLost);
    QSignalSpy restored(&screen.watcher, &DatabaseWatcher::connectionRestored);
    const QString database = t.path().section('/', -1);
    ServerOutage outage(t.path());

    QTRY_COMPARE(lost.count(), 1);
    const QString message = lost.at(0).at(0).toString();
    QVERIFY2(message.contains("No connection to the center's server") && message.contains(database),
             qPrintable(message));
    QVERIFY(!screen.watcher.isConnected());
    // A step is refused with the same words, and nothing is written.
    FixedClock clock(at(9));
    const auto refused = QueueService(t.db(), clock).issue(1, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains("No connection to the center's server"), qPrintable(refused.message()));

    // Back: the screen says so by itself and reads what it missed.
    outage.end();
    QVERIFY(kezekctl(t.path(), {"--at", morning, "issue", "ID-CARD"}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QTRY_COMPARE(screen.model.rowCount(), 1);
    QCOMPARE(RawDatabase(t.path(), "check").scalar("SELECT count(*) FROM tickets").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
