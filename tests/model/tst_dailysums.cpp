// The keeper of daily sums: closed days get summed one short step at a time, and the sums it stores give
// the same figures as adding up the raw tickets.
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "domain/Catalogue.h"
#include "db/Query.h"
#include "domain/QueueService.h"
#include "reports/DailySumsKeeper.h"
#include "reports/ReportEngine.h"

#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestDailySums final : public QObject
{
    Q_OBJECT

private slots:
    void closedDaysAreSummedStepByStep();
};

void TestDailySums::closedDaysAreSummedStepByStep()
{
    TestDatabase d;
    const int idCard = Catalogue(d.db()).service("ID-CARD")->id;
    FixedClock clock(0);
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    // Three days with served citizens, the third with two.
    for (const int day : {14, 15, 17, 17}) {
        clock.set(onDay(2020, 5, day, 10, 0));
        QVERIFY(queue.issue(idCard, {}).ok());
        clock.advance(300);
        const qint64 id = queue.callNext(1)->ticket.id;
        QVERIFY(queue.startServing(id).ok());
        clock.advance(600);
        QVERIFY(queue.finish(id, {{idCard, Outcome::Done, {}}}).ok());
    }
    const qint64 now = at(10, 0); // 2020-05-18
    const ReportEngine engine(d.db());
    auto fresh = engine.report(QDate(2020, 5, 14), QDate(2020, 5, 17), now);
    QVERIFY(fresh.ok());
    // report() stored what it summed; start again from nothing to watch the keeper do it.
    QVERIFY(Query::scalar(d.db(), "DELETE FROM report_figures", {}, "t").ok());
    QVERIFY(Query::scalar(d.db(), "DELETE FROM report_days", {}, "t").ok());
    QCOMPARE(*engine.daysToCompute(QDate(2020, 5, 14), QDate(2020, 5, 17), now), 3);

    DailySumsKeeper keeper(d.db(), 10);
    int steps = 0;
    for (;;) {
        auto more = keeper.step(now, 2);
        QVERIFY2(more.ok(), qPrintable(more.ok() ? QString() : more.message()));
        ++steps;
        if (!*more)
            break;
        QVERIFY(steps < 20);
    }
    QVERIFY(steps >= 3); // one day summed per step at most
    QCOMPARE(*engine.daysToCompute(QDate(2020, 5, 14), QDate(2020, 5, 17), now), 0);
    auto stored = engine.report(QDate(2020, 5, 14), QDate(2020, 5, 17), now);
    QVERIFY(stored.ok());
    QCOMPARE(stored->servedCitizens(), fresh->servedCitizens());
    QCOMPARE(stored->servedCitizens(), qint64(4));
    QCOMPARE(stored->waitAverage(), fresh->waitAverage());
    QCOMPARE(stored->waitAverage(), 300.0);
    // Nothing left: a further step does no work and says so.
    QCOMPARE(*keeper.step(now), false);
}

QTEST_GUILESS_MAIN(TestDailySums)
#include "tst_dailysums.moc"
