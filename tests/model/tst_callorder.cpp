// The per-window call order of DOMAIN.md ("Who is called next"), one rule or tie per row.
#include "QueueScript.h"
#include "TestDatabase.h"

#include "domain/Catalogue.h"
#include "domain/TicketStore.h"

#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestCallOrder final : public QObject
{
    Q_OBJECT

private slots:
    void callOrder_data();
    void callOrder();
    void queueListingMatchesCalls_data() { callOrder_data(); }
    void queueListingMatchesCalls();
};

void TestCallOrder::callOrder_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("walk-ins: first come, first served")
        << QStringList{"09:00 issue ID-CARD", "09:01 issue ID-CARD", "09:02 issue RESULT", "09:03 call 1",
                       "09:04 call 1", "09:05 call 1", "09:06 call 1"}
        << QStringList{"A001", "A002", "C001", "-"};
    QTest::newRow("window takes only its services")
        << QStringList{"09:00 issue RESIDENCE", "09:01 issue ID-CARD", "09:02 call 1", "09:03 call 1"}
        << QStringList{"A001", "-"};
    QTest::newRow("due booking before earlier walk-in")
        << QStringList{"09:00 issue ID-CARD", "09:00 book EG1 ID-CARD 09:15", "09:05 checkin EG1", "09:10 call 1",
                       "09:11 call 1"}
        << QStringList{"A002", "A001"};
    QTest::newRow("booking becomes due at slot minus early allowance")
        << QStringList{"09:00 issue ID-CARD", "09:00 book EG1 ID-CARD 09:15", "09:05 checkin EG1", "09:09 call 1",
                       "09:10 call 1"}
        << QStringList{"A001", "A002"};
    QTest::newRow("early booking served only when no walk-in waits")
        << QStringList{"09:00 book EG1 ID-CARD 10:00", "09:05 checkin EG1", "09:06 call 1"} << QStringList{"A001"};
    QTest::newRow("earliest slot first among due bookings")
        << QStringList{"09:00 book EG1 ID-CARD 09:30", "09:00 book EG2 ID-CARD 09:15", "09:01 checkin EG1",
                       "09:02 checkin EG2", "09:40 call 1", "09:41 call 1"}
        << QStringList{"A002", "A001"};
    QTest::newRow("late beyond tolerance queues as a walk-in")
        << QStringList{"09:00 book EG1 ID-CARD 09:00", "09:10 issue ID-CARD", "09:16 checkin EG1", "09:17 call 1",
                       "09:18 call 1"}
        << QStringList{"A001", "A002"};
    QTest::newRow("late exactly at tolerance keeps the booking priority")
        << QStringList{"09:00 book EG1 ID-CARD 09:00", "09:10 issue ID-CARD", "09:15 checkin EG1", "09:16 call 1"}
        << QStringList{"A002"};
    QTest::newRow("out of turn before walk-ins")
        << QStringList{"09:00 issue ID-CARD", "09:01 issue ID-CARD veteran", "09:02 call 1"} << QStringList{"A002"};
    QTest::newRow("due booking before out of turn")
        << QStringList{"09:00 book EG1 ID-CARD 09:15", "09:01 checkin EG1", "09:02 issue ID-CARD disability",
                       "09:15 call 1", "09:16 call 1"}
        << QStringList{"A001", "A002"};
    QTest::newRow("out-of-turn cap lets a walk-in through after 3")
        << QStringList{"09:00 issue ID-CARD",          "09:01 issue ID-CARD veteran", "09:01 issue ID-CARD pregnant",
                       "09:01 issue ID-CARD infant",   "09:01 issue ID-CARD veteran", "09:02 call 1",
                       "09:03 call 1",                 "09:04 call 1",                "09:05 call 1",
                       "09:06 call 1"}
        << QStringList{"A002", "A003", "A004", "A001", "A005"};
    QTest::newRow("out-of-turn cap does not idle the window when no walk-in waits")
        << QStringList{"09:01 issue ID-CARD veteran", "09:01 issue ID-CARD pregnant", "09:01 issue ID-CARD infant",
                       "09:01 issue ID-CARD veteran", "09:02 call 1",                 "09:03 call 1",
                       "09:04 call 1",                "09:05 call 1"}
        << QStringList{"A001", "A002", "A003", "A004"};
    QTest::newRow("cap counts per window")
        << QStringList{"09:00 issue ID-CARD",        "09:01 issue ID-CARD veteran", "09:01 issue ID-CARD veteran",
                       "09:01 issue ID-CARD veteran", "09:01 issue ID-CARD veteran", "09:02 call 1",
                       "09:03 call 1",               "09:04 call 1",                "09:05 call 2"}
        << QStringList{"A002", "A003", "A004", "A005"};
    QTest::newRow("transferred to this window goes first")
        << QStringList{"09:00 issue RESIDENCE", "09:01 issue ID-CARD", "09:02 issue ID-CARD", "09:03 call 5",
                       "09:04 transfer 5 to-window 1", "09:05 call 1", "09:06 call 1"}
        << QStringList{"B001", "B001", "A001"};
    QTest::newRow("transferred to another window is not taken here")
        << QStringList{"09:00 issue ID-CARD", "09:01 issue ID-CARD", "09:02 call 1", "09:03 transfer 1 to-window 2",
                       "09:04 call 3", "09:05 call 2"}
        << QStringList{"A001", "A002", "A001"};
    QTest::newRow("transferred to a service goes to the front of its queue")
        << QStringList{"09:00 issue RESIDENCE", "09:01 issue ID-CARD", "09:02 call 5",
                       "09:03 transfer 5 to-service ID-CARD", "09:04 call 1"}
        << QStringList{"B001", "B001"};
    QTest::newRow("postponed returns at its time, not before")
        << QStringList{"09:00 issue ID-CARD", "09:01 issue ID-CARD", "09:02 call 1", "09:03 postpone 1 09:30",
                       "09:04 call 1", "09:05 call 1", "09:31 call 1"}
        << QStringList{"A001", "A002", "-", "A001"};
    QTest::newRow("two windows never get the same ticket")
        << QStringList{"09:00 issue ID-CARD", "09:00 issue ID-CARD", "09:01 call 1", "09:01 call 2", "09:01 call 3"}
        << QStringList{"A001", "A002", "-"};
    QTest::newRow("numbers per letter restart each day")
        << QStringList{"09:00 issue ID-CARD", "09:00 issue RESULT", "09:00 issue ID-CARD", "09:01 call 1",
                       "09:02 call 1", "09:03 call 1"}
        << QStringList{"A001", "C001", "A002"};
}

void TestCallOrder::callOrder()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expected);
    TestDatabase database;
    QueueScript script(database.db());
    const Status status = script.run(steps);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.message()));
    QCOMPARE(script.calls(), expected);
}

// The listing a window shows must be the order successive call-next presses take.
void TestCallOrder::queueListingMatchesCalls()
{
    QFETCH(QStringList, steps);
    TestDatabase database;
    QueueScript script(database.db());
    // Set up everything before the first call, list window 1's queue, then call it empty.
    QStringList setup;
    for (const QString &step : std::as_const(steps)) {
        if (step.contains(QLatin1String(" call ")) || step.contains(QLatin1String(" transfer "))
            || step.contains(QLatin1String(" postpone ")))
            break;
        setup.append(step);
    }
    QVERIFY(script.run(setup).ok());
    const qint64 listAt = at(9, 40);
    auto window = Catalogue(database.db()).window(1);
    QVERIFY(window.ok());
    auto settings = Catalogue(database.db()).settings();
    QVERIFY(settings.ok());
    const CallPolicy policy(settings->earlyAllowance, settings->priorityStreakCap);
    auto listing = TicketStore(database.db()).queueFor(*window, policy, listAt);
    QVERIFY(listing.ok());
    QStringList listed;
    for (const QueuedTicket &queued : std::as_const(*listing))
        listed.append(queued.ticket.number);

    QStringList calls;
    for (qsizetype i = 0; i <= listed.size(); ++i)
        calls.append(QStringLiteral("09:40 call 1"));
    QVERIFY(script.run(calls).ok());
    QStringList taken = script.calls();
    QCOMPARE(taken.takeLast(), QStringLiteral("-"));
    QCOMPARE(listed, taken);
}

QTEST_GUILESS_MAIN(TestCallOrder)
#include "tst_callorder.moc"
