// The wait estimate of DOMAIN.md: the pooled arithmetic on its own, then a whole hall worked out by hand.
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "domain/TicketStore.h"
#include "domain/WaitEstimator.h"

#include <QStandardPaths>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

Q_DECLARE_METATYPE(QList<Kezek::WindowPace>)

class TestWaitEstimate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void combine_data();
    void combine();
    void noWindowNoEstimate();
    void handComputedHall();
    void minutesRoundUp();
};

void TestWaitEstimate::combine_data()
{
    QTest::addColumn<QList<WindowPace>>("windows");
    QTest::addColumn<int>("ahead");
    QTest::addColumn<qint64>("seconds");

    // WindowPace{window, ahead, service seconds, busy seconds}
    QTest::newRow("one free window, nobody ahead") << QList<WindowPace>{{1, 0, 600, 0}} << 0 << qint64(0);
    QTest::newRow("one window, 3 ahead at 10 min, busy 4 min")
        << QList<WindowPace>{{1, 3, 600, 240}} << 3 << qint64(240 + 1800);
    QTest::newRow("two equal windows halve the time")
        << QList<WindowPace>{{1, 4, 600, 0}, {2, 4, 600, 0}} << 4 << qint64(1200);
    // 1 / (1/750 + 1/900) = 409.09 s per citizen; 2 ahead = 818.18; + the sooner window's 450 s.
    QTest::newRow("two paces, the nearer window decides the busy part")
        << QList<WindowPace>{{1, 2, 750, 450}, {2, 2, 900, 900}} << 2 << qint64(1268);
    QTest::newRow("the window closest to the ticket decides how many are ahead")
        << QList<WindowPace>{{1, 5, 600, 0}, {12, 2, 600, 0}} << 2 << qint64(600);
}

void TestWaitEstimate::combine()
{
    QFETCH(QList<WindowPace>, windows);
    QFETCH(int, ahead);
    QFETCH(qint64, seconds);
    const auto estimate = WaitEstimator::combine(windows);
    QVERIFY(estimate);
    QCOMPARE(estimate->ahead, ahead);
    QCOMPARE(estimate->seconds, seconds);
}

void TestWaitEstimate::noWindowNoEstimate()
{
    QVERIFY(!WaitEstimator::combine({}));
}

void TestWaitEstimate::minutesRoundUp()
{
    QCOMPARE((WaitEstimate{0, 0}.minutes()), 1);
    QCOMPARE((WaitEstimate{0, 60}.minutes()), 1);
    QCOMPARE((WaitEstimate{0, 61}.minutes()), 2);
    QCOMPARE((WaitEstimate{0, 1268}.minutes()), 22);
}

// Windows 1 and 2 open (both serve ID-CARD, norm 15 min), every other window closed.
// Window 1 served two citizens today in 10 and 15 min (mean 750 s) and has been serving a third for 5 min
// (450 s left). Window 2 has served nobody (pace = the ID-CARD norm, 900 s) and has just called a citizen
// (busy 900 s). Three ID-CARD walk-ins wait. For the third: 2 ahead in both windows,
// 450 + 2 / (1/750 + 1/900) = 450 + 818.18 = 1268 s, about 22 min.
void TestWaitEstimate::handComputedHall()
{
    TestDatabase test;
    Database &db = test.db();
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(db, clock);
    const Catalogue catalogue(db);
    const int idCard = catalogue.service(QStringLiteral("ID-CARD"))->id;
    for (int window = 3; window <= 12; ++window)
        QVERIFY(queue.setWindowState(window, WindowState::Closed, std::nullopt));
    const auto serveAtWindow1 = [&](qint64 start, qint64 end) {
        clock.set(start);
        QVERIFY(queue.issue(idCard, {}));
        auto called = queue.callNext(1);
        QVERIFY2(called, qPrintable(called ? QString() : called.message()));
        QVERIFY(queue.startServing(called->ticket.id));
        if (end > 0) {
            clock.set(end);
            QVERIFY(queue.finish(called->ticket.id, {ServedServiceInput{idCard, Outcome::Done, {}}}));
        }
    };
    serveAtWindow1(at(9, 0), at(9, 10));  // 600 s
    serveAtWindow1(at(9, 10), at(9, 25)); // 900 s
    serveAtWindow1(at(9, 55), 0);         // still serving at 10:00: 300 s in
    clock.set(at(9, 58));
    QVERIFY(queue.issue(idCard, {}));
    QVERIFY(queue.callNext(2)); // called, not yet serving
    clock.set(at(10, 0));
    QList<Ticket> waiting;
    for (int i = 0; i < 3; ++i) {
        auto ticket = queue.issue(idCard, {});
        QVERIFY(ticket);
        waiting.append(*ticket);
    }

    WaitEstimator estimator(db, clock);
    QVERIFY(estimator.load());
    QCOMPARE(estimator.waitingCount(), 3);

    const auto first = estimator.forTicket(waiting.at(0));
    QVERIFY(first);
    QCOMPARE(first->ahead, 0);
    QCOMPARE(first->seconds, qint64(450));

    const auto third = estimator.forTicket(waiting.at(2));
    QVERIFY(third);
    QCOMPARE(third->ahead, 2);
    QCOMPARE(third->seconds, qint64(1268));
    QCOMPARE(third->minutes(), 22);

    // A new walk-in would have all three ahead: 450 + 3 * 409.09 = 1677 s.
    const auto next = estimator.forNewTicket(idCard);
    QVERIFY(next);
    QCOMPARE(next->ahead, 3);
    QCOMPARE(next->seconds, qint64(1677));

    // The average over the hall: (450 + 859 + 1268) / 3 = 859 s (the second is 450 + 409.09 = 859).
    const auto average = estimator.averageOfWaiting();
    QVERIFY(average);
    QCOMPARE(average->seconds, qint64(859));

    // No window open for a service: no estimate rather than a made-up one.
    const int birth = catalogue.service(QStringLiteral("BIRTH"))->id;
    QVERIFY(!estimator.forNewTicket(birth));
}

QTEST_GUILESS_MAIN(TestWaitEstimate)
#include "tst_waitestimate.moc"
