// DaySimulator: the same seed plays the same day; every citizen is accounted for; the day is a real one.
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "core/LocalTime.h"
#include "db/Query.h"
#include "domain/DaySimulator.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

const QDate day(2020, 5, 19);

SimulationRequest request(int windows, int citizens, quint64 seed, double bookedShare = 0.5)
{
    SimulationRequest r;
    r.date = day;
    r.windows = windows;
    r.citizens = citizens;
    r.seed = seed;
    r.bookedShare = bookedShare;
    return r;
}

int accounted(const SimulationSummary &s)
{
    return s.served + s.noShowsNeverCame + s.noShowsCalled + s.cancelled + s.waiting + s.atWindows + s.notArrivedYet;
}

// The whole day as text: every event with its ticket number, state change, window and time.
QStringList eventLog(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec("SELECT t.number, e.action, e.from_state, e.to_state, e.window_id, e.at FROM events e "
           "JOIN tickets t ON t.id = e.ticket_id ORDER BY e.id");
    QStringList log;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields.append(q.value(i).toString());
        log.append(fields.join(' '));
    }
    return log;
}

qint64 count(Database &db, const QString &sql)
{
    auto value = Query::scalar(db, sql, {}, "counting");
    return value ? value->value_or(-1) : -1;
}

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameDay();
    void everyCitizenAccountedFor_data();
    void everyCitizenAccountedFor();
    void bookedShareAsAsked_data();
    void bookedShareAsAsked();
    void stopsAtNowLeavingTheDayLive();
    void addsWindowsWhenAskedForMore();
    void refusesADayThatHasTickets();
    void nextDayAfterTicketsLeftAtWindows();
    void refusesNonsense();
};

void TestSimulator::sameSeedSameDay()
{
    TestDatabase a;
    TestDatabase b;
    TestDatabase c;
    auto first = DaySimulator(a.db()).run(request(12, 300, 42), Kezek::Test::administrator(a.db()));
    auto second = DaySimulator(b.db()).run(request(12, 300, 42), Kezek::Test::administrator(b.db()));
    auto other = DaySimulator(c.db()).run(request(12, 300, 43), Kezek::Test::administrator(c.db()));
    QVERIFY2(first, qPrintable(first ? QString() : first.message()));
    QVERIFY(second && other);
    QCOMPARE(first->served, second->served);
    QCOMPARE(first->waitTotalSeconds, second->waitTotalSeconds);
    QCOMPARE(first->endedAt, second->endedAt);
    const QStringList log = eventLog(a.db());
    QVERIFY(log.size() > 1000);
    QCOMPARE(eventLog(b.db()), log);
    QVERIFY(eventLog(c.db()) != log);
}

void TestSimulator::everyCitizenAccountedFor_data()
{
    QTest::addColumn<int>("windows");
    QTest::addColumn<int>("citizens");
    QTest::newRow("demo day") << 12 << 600;
    QTest::newRow("one window, quiet") << 1 << 40;
    QTest::newRow("busy") << 4 << 400;
}

void TestSimulator::everyCitizenAccountedFor()
{
    QFETCH(int, windows);
    QFETCH(int, citizens);
    TestDatabase db;
    auto summary = DaySimulator(db.db()).run(request(windows, citizens, 7), Kezek::Test::administrator(db.db()));
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.message()));
    const SimulationSummary &s = *summary;
    QCOMPARE(s.citizens, citizens);
    QCOMPARE(s.booked + s.walkIns, citizens);
    QCOMPARE(accounted(s), citizens);
    QVERIFY(!s.stoppedEarly);
    QCOMPARE(s.waiting + s.atWindows + s.notArrivedYet, 0); // a whole day ends with an empty hall
    QVERIFY(s.served > citizens / 2);
    QVERIFY(s.noShowsNeverCame > 0 || s.booked < 20);

    // What the database says agrees: the day is real, written through the engine.
    QCOMPARE(count(db.db(), "SELECT count(*) FROM tickets WHERE state = 'served'"), qint64(s.served));
    QCOMPARE(count(db.db(), "SELECT count(*) FROM tickets WHERE state = 'no_show'"), qint64(s.noShowsCalled));
    QCOMPARE(count(db.db(), "SELECT count(*) FROM tickets WHERE state = 'cancelled'"), qint64(s.cancelled));
    QCOMPARE(count(db.db(), "SELECT count(*) FROM tickets"), qint64(s.arrived));
    QCOMPARE(count(db.db(), "SELECT count(*) FROM tickets t WHERE t.state <> (SELECT e.to_state FROM events e "
                            "WHERE e.ticket_id = t.id ORDER BY e.id DESC LIMIT 1)"),
             0);
    QCOMPARE(count(db.db(), "SELECT count(*) FROM bookings"), qint64(s.booked));
    if (citizens >= 400) {
        QVERIFY(s.transfers > 0);
        QVERIFY(s.recalls > 0);
        QVERIFY(s.noShowsCalled > 0);
        QVERIFY(s.priority > 0);
        QVERIFY(s.postponements > 0);
        QVERIFY(count(db.db(), "SELECT count(*) FROM window_events WHERE state = 'paused'") > 0);
    }
    // Every event is inside the simulated day.
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM events WHERE at < %1 OR at >= %2")
                                .arg(LocalTime::startOfDay(day))
                                .arg(LocalTime::startOfDay(day.addDays(1)))),
             0);
}

void TestSimulator::bookedShareAsAsked_data()
{
    QTest::addColumn<double>("share");
    QTest::newRow("none") << 0.0;
    QTest::newRow("a fifth") << 0.2;
    QTest::newRow("half") << 0.5;
    QTest::newRow("most") << 0.8;
}

void TestSimulator::bookedShareAsAsked()
{
    QFETCH(double, share);
    TestDatabase db;
    auto summary = DaySimulator(db.db()).run(request(12, 500, 5, share), Kezek::Test::administrator(db.db()));
    QVERIFY(summary);
    QVERIFY2(qAbs(summary->booked / 500.0 - share) < 0.05, qPrintable(QString::number(summary->booked)));
    // Spread over the three booking channels.
    if (share > 0.1) {
        for (const char *channel : {"egov", "telegram", "call1414"}) {
            QVERIFY(count(db.db(), QStringLiteral("SELECT count(*) FROM bookings WHERE channel = '%1'")
                                       .arg(QLatin1String(channel)))
                    > 0);
        }
    }
}

void TestSimulator::stopsAtNowLeavingTheDayLive()
{
    TestDatabase db;
    SimulationRequest r = request(12, 600, 11);
    r.stopAt = LocalTime::at(day, 11 * 3600 + 30 * 60);
    auto summary = DaySimulator(db.db()).run(r, Kezek::Test::administrator(db.db()));
    QVERIFY(summary);
    QVERIFY(summary->stoppedEarly);
    QCOMPARE(summary->endedAt, *r.stopAt);
    QCOMPARE(accounted(*summary), 600);
    QVERIFY(summary->waiting > 0);
    QVERIFY(summary->atWindows > 0);
    QVERIFY(summary->notArrivedYet > 0);
    QCOMPARE(count(db.db(), QStringLiteral("SELECT count(*) FROM events WHERE at > %1").arg(*r.stopAt)), 0);
    QCOMPARE(count(db.db(), "SELECT count(*) FROM tickets WHERE state IN ('called', 'serving')"),
             qint64(summary->atWindows));
}

void TestSimulator::addsWindowsWhenAskedForMore()
{
    TestDatabase db;
    auto summary = DaySimulator(db.db()).run(request(15, 100, 1), Kezek::Test::administrator(db.db()));
    QVERIFY(summary);
    QCOMPARE(summary->windowsAdded, 3);
    QCOMPARE(summary->windowsUsed, 15);
    QCOMPARE(count(db.db(), "SELECT count(*) FROM windows"), 15);
    QCOMPARE(count(db.db(), "SELECT count(*) FROM window_services ws JOIN windows w ON w.id = ws.window_id "
                            "WHERE w.number = 15"),
             count(db.db(), "SELECT count(*) FROM services"));
}

void TestSimulator::refusesADayThatHasTickets()
{
    TestDatabase db;
    QVERIFY(DaySimulator(db.db()).run(request(12, 50, 1), Kezek::Test::administrator(db.db())));
    auto again = DaySimulator(db.db()).run(request(12, 50, 1), Kezek::Test::administrator(db.db()));
    QVERIFY(!again);
    QVERIFY2(again.message().contains("2020-05-19"), qPrintable(again.message()));
}

void TestSimulator::nextDayAfterTicketsLeftAtWindows()
{
    // A day stopped at 11:30 leaves citizens at windows; the next day plays in full all the same.
    TestDatabase db;
    SimulationRequest first = request(12, 300, 11);
    first.stopAt = LocalTime::at(day, 11 * 3600 + 30 * 60);
    auto stopped = DaySimulator(db.db()).run(first, Kezek::Test::administrator(db.db()));
    QVERIFY(stopped);
    QVERIFY(stopped->atWindows > 0);
    SimulationRequest next = request(12, 300, 12);
    next.date = day.addDays(1);
    auto summary = DaySimulator(db.db()).run(next, Kezek::Test::administrator(db.db()));
    QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.message()));
    QVERIFY(!summary->stoppedEarly);
    QCOMPARE(accounted(*summary), 300);
    QCOMPARE(count(db.db(), "SELECT count(*) FROM tickets WHERE state IN ('called', 'serving') AND day = '2020-05-19'"),
             0);
}

void TestSimulator::refusesNonsense()
{
    TestDatabase db;
    QVERIFY(!DaySimulator(db.db()).run(request(0, 10, 1), Kezek::Test::administrator(db.db())));
    QVERIFY(!DaySimulator(db.db()).run(request(12, 0, 1), Kezek::Test::administrator(db.db())));
    QVERIFY(!DaySimulator(db.db()).run(request(12, 10, 1, 1.5), Kezek::Test::administrator(db.db())));
    TestDatabase empty(false);
    QVERIFY(!DaySimulator(empty.db()).run(request(12, 10, 1), Actor::settingUp(QStringLiteral("test"))));
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
