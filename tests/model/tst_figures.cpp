// The supervisor figures for a hand-built day: every number below is worked out by hand from the steps.
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "reports/ReportEngine.h"
#include "reports/ReportFormat.h"

#include <QJsonArray>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

constexpr qint64 minute = 60;

const ReportRow *row(const QList<ReportRow> &rows, const QString &key)
{
    for (const ReportRow &r : rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

QString dump(const QList<ReportRow> &rows)
{
    QStringList lines;
    for (const ReportRow &r : rows) {
        lines << QStringLiteral("%1: arrivals %2 served %3 services %4 noshow %5 svc %6/%7 norm %8 idle %9 waiting %10")
                     .arg(r.key)
                     .arg(r.sums.arrivals)
                     .arg(r.sums.served)
                     .arg(r.sums.servedServices)
                     .arg(r.sums.noShows)
                     .arg(r.sums.serviceSum)
                     .arg(r.sums.serviceCount)
                     .arg(r.referenceServiceSeconds)
                     .arg(r.sums.idle)
                     .arg(r.sums.waiting);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestFigures final : public QObject
{
    Q_OBJECT

private slots:
    void handBuiltDay();
    void handBuiltDayPerWindowOperatorService();
    void handBuiltDayPerHour();
    void handBuiltDayJsonKeys();
    void closedDayIsStoredAndStaysEqual();
    void laterTicketMakesStoredDayStale();
    void changedTargetRecomputes();
    void emptyPeriod();
    void badPeriodIsRefused();

private:
    // Plays the day below on 2020-05-18 and leaves the clock at 12:00.
    //   09:00 A001 walk-in ID-CARD; window 1 calls 09:05, serves 09:06-09:20 (ID-CARD + RESULT done)
    //   09:02 B001 walk-in RESIDENCE; window 5 calls 09:10, serves 09:11-09:21 (RESIDENCE done)
    //   09:20 A002 egov booking ID-CARD for 09:30 checks in early; window 1 calls 09:35, serves 09:36-10:06
    //   09:40 K001 walk-in CONSULT; window 7 calls 10:00, recalls 10:02 and 10:04, no-show 10:05
    //   09:50 C001 walk-in RESULT; cancelled 10:10 before a call
    //   10:20 B002 telegram booking RESIDENCE for 10:00 checks in late; window 5 calls 10:30, serves
    //         10:30-10:40 (RESIDENCE done, RESULT refused)
    //   call1414 booking EDS for 11:00 never comes
    //   10:50 A003 walk-in ID-CARD, still waiting at 12:00
    static void playDay(Database &db, FixedClock &clock);
    static qint64 ticketId(Database &db, const QString &number);
};

qint64 TestFigures::ticketId(Database &db, const QString &number)
{
    auto id = Query::scalar(db, QStringLiteral("SELECT id FROM tickets WHERE number = :n"),
                            {{QStringLiteral(":n"), number}}, QStringLiteral("t"));
    return id && *id ? **id : -1;
}

void TestFigures::playDay(Database &db, FixedClock &clock)
{
    Kezek::Test::StaffedQueue q(db, clock);
    const Catalogue catalogue(db);
    const auto service = [&catalogue](const char *code) { return catalogue.service(QString::fromLatin1(code))->id; };
    const auto book = [&db](const char *channel, const char *code, int serviceId, qint64 slot) {
        Query b(db, QStringLiteral("INSERT INTO bookings (channel, booking_id, iin, full_name, service_id, slot_start, "
                                   "created_at) VALUES (:channel, :code, '950815350123', 'Test Citizen', :service, "
                                   ":slot, 0)"));
        b.bind(QStringLiteral(":channel"), QString::fromLatin1(channel))
            .bind(QStringLiteral(":code"), QString::fromLatin1(code))
            .bind(QStringLiteral(":service"), serviceId)
            .bind(QStringLiteral(":slot"), slot);
        QVERIFY(b.exec(QStringLiteral("booking")).ok());
    };
    const auto step = [&clock](int h, int m) { clock.set(at(h, m)); };
    const auto ok = [](const auto &result) {
        if (!result.ok())
            qFatal("step refused: %s", qPrintable(result.message()));
    };
    const QList<ServedServiceInput> idAndResult{{service("ID-CARD"), Outcome::Done, {}},
                                                {service("RESULT"), Outcome::Done, {}}};

    book("egov", "E-1", service("ID-CARD"), at(9, 30));
    book("telegram", "T-1", service("RESIDENCE"), at(10, 0));
    book("call1414", "C-1", service("EDS"), at(11, 0));

    step(9, 0);
    ok(q.issue(service("ID-CARD"), {}));
    step(9, 2);
    ok(q.issue(service("RESIDENCE"), {}));
    step(9, 5);
    ok(q.callNext(1));
    step(9, 6);
    ok(q.startServing(ticketId(db, "A001")));
    step(9, 10);
    ok(q.callNext(5));
    step(9, 11);
    ok(q.startServing(ticketId(db, "B001")));
    step(9, 20);
    ok(q.finish(ticketId(db, "A001"), idAndResult));
    ok(q.checkIn(QStringLiteral("E-1")));
    step(9, 21);
    ok(q.finish(ticketId(db, "B001"), {{service("RESIDENCE"), Outcome::Done, {}}}));
    step(9, 35);
    ok(q.callNext(1));
    step(9, 36);
    ok(q.startServing(ticketId(db, "A002")));
    step(9, 40);
    ok(q.issue(service("CONSULT"), {}));
    step(9, 50);
    ok(q.issue(service("RESULT"), {}));
    step(10, 0);
    ok(q.callNext(7));
    step(10, 2);
    ok(q.recall(ticketId(db, "K001")));
    step(10, 4);
    ok(q.recall(ticketId(db, "K001")));
    step(10, 5);
    ok(q.markNoShow(ticketId(db, "K001")));
    step(10, 6);
    ok(q.finish(ticketId(db, "A002"), {{service("ID-CARD"), Outcome::Done, {}}}));
    step(10, 10);
    ok(q.cancel(ticketId(db, "C001")));
    step(10, 20);
    ok(q.checkIn(QStringLiteral("T-1")));
    step(10, 30);
    ok(q.callNext(5));
    ok(q.startServing(ticketId(db, "B002")));
    step(10, 40);
    ok(q.finish(ticketId(db, "B002"),
                {{service("RESIDENCE"), Outcome::Done, {}}, {service("RESULT"), Outcome::Refused, {}}}));
    step(10, 50);
    ok(q.issue(service("ID-CARD"), {}));
    step(12, 0);
}

void TestFigures::handBuiltDay()
{
    TestDatabase d;
    FixedClock clock(at(8, 0));
    playDay(d.db(), clock);
    auto report = ReportEngine(d.db()).today(clock.now());
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.message()));
    const Report &r = *report;

    QCOMPARE(r.from, QDate(2020, 5, 18));
    QVERIFY(r.includesToday);
    QCOMPARE(r.days, 1);
    QCOMPARE(r.total.arrivals, 7);
    QCOMPARE(r.servedCitizens(), 4);  // A001, B001, A002, B002
    QCOMPARE(r.servedServices(), 5);  // 2 + 1 + 1 + 1; B002's refused RESULT is not a service delivered
    QCOMPARE(r.waitingNow, 1);        // A003
    // Waits: A001 5 min, B001 8 min, A002 from its 09:30 slot 5 min, K001 20 min, B002 (late, so from
    // check-in) 10 min = 300 + 480 + 300 + 1200 + 600 = 2880 s over 5.
    QCOMPARE(r.total.waits, 5);
    QCOMPARE(r.total.waitSum, 2880);
    QCOMPARE(r.waitAverage(), 576.0);
    QCOMPARE(r.waitMax(), 1200);
    QCOMPARE(r.waitWithinTargetShare(), 0.8); // all but K001's 20 min
    // Service: 14 + 10 + 30 + 10 min = 3840 s over 4.
    QCOMPARE(r.serviceAverage(), 960.0);
    QCOMPARE(r.bookedShare(), 0.5); // A002 and B002 of 4
    QCOMPARE(r.walkIns(), 5);       // A001, B001, K001, C001, A003
    QCOMPARE(r.noShows(), 1);
    QCOMPARE(r.noShowRate(), 0.2);  // 1 / (4 + 1)
    QCOMPARE(r.total.cancelled, 1);
    QCOMPARE(r.total.bookings, 3);
    QCOMPARE(r.total.bookingsMissed, 1); // the call1414 EDS booking: 11:00 + 15 min < 12:00

    const ReportRow *egov = row(r.channels, QStringLiteral("egov"));
    const ReportRow *telegram = row(r.channels, QStringLiteral("telegram"));
    const ReportRow *call1414 = row(r.channels, QStringLiteral("call1414"));
    const ReportRow *walkin = row(r.channels, QStringLiteral("walkin"));
    QVERIFY(egov && telegram && call1414 && walkin);
    QCOMPARE(r.channelShare(*egov), 0.25);
    QCOMPARE(r.channelShare(*telegram), 0.25);
    QCOMPARE(r.channelShare(*call1414), 0.0);
    QCOMPARE(r.channelShare(*walkin), 0.5);
    QCOMPARE(walkin->sums.arrivals, 5);
}

void TestFigures::handBuiltDayPerWindowOperatorService()
{
    TestDatabase d;
    FixedClock clock(at(8, 0));
    playDay(d.db(), clock);
    auto report = ReportEngine(d.db()).today(clock.now());
    QVERIFY(report.ok());
    const Report &r = *report;
    const QByteArray windows = dump(r.windows).toUtf8();

    QCOMPARE(r.windows.size(), 3); // windows 1, 5 and 7 did something
    const ReportRow *w1 = row(r.windows, QStringLiteral("1"));
    const ReportRow *w5 = row(r.windows, QStringLiteral("5"));
    const ReportRow *w7 = row(r.windows, QStringLiteral("7"));
    QVERIFY2(w1 && w5 && w7, windows.constData());
    // Window 1: A001 14 min and A002 30 min, both ID-CARD (norm 15 min): 22 min mean, 147% of the norm.
    QCOMPARE(w1->sums.served, 2);
    QCOMPARE(w1->sums.servedServices, 3);
    QCOMPARE(w1->sums.serviceAverage(), 1320.0);
    QCOMPARE(w1->referenceServiceSeconds, 900.0);
    QVERIFY(w1->outlier);
    // Idle while citizens waited: free 09:20-09:35 while A002 (checked in 09:20) waited for ID-CARD.
    QCOMPARE(w1->sums.idle, 15 * minute);
    // Window 5: free 09:21-10:30; C001 waited for RESULT 09:50-10:10 and B002 for RESIDENCE 10:20-10:30.
    QCOMPARE(w5->sums.served, 2);
    QCOMPARE(w5->sums.serviceAverage(), 600.0);
    QCOMPARE(w5->referenceServiceSeconds, 600.0);
    QVERIFY(!w5->outlier);
    QCOMPARE(w5->sums.idle, 30 * minute);
    // Window 7: only K001, called, recalled, no-show; never free while working.
    QCOMPARE(w7->sums.served, 0);
    QCOMPARE(w7->sums.noShows, 1);
    QCOMPARE(w7->sums.idle, 0);
    QCOMPARE(r.total.idle, 45 * minute);

    QCOMPARE(r.operators.size(), 3);
    const ReportRow *op1 = row(r.operators, QStringLiteral("op01"));
    const ReportRow *op5 = row(r.operators, QStringLiteral("op05"));
    QVERIFY2(op1 && op5, dump(r.operators).toUtf8().constData());
    QCOMPARE(op1->sums.served, 2);
    QCOMPARE(op1->sums.idle, 15 * minute);
    QCOMPARE(op5->sums.idle, 30 * minute);
    QVERIFY(op1->outlier);

    const ReportRow *idCard = row(r.services, QStringLiteral("ID-CARD"));
    const ReportRow *residence = row(r.services, QStringLiteral("RESIDENCE"));
    const ReportRow *result = row(r.services, QStringLiteral("RESULT"));
    const ReportRow *consult = row(r.services, QStringLiteral("CONSULT"));
    QVERIFY(idCard && residence && result && consult);
    QCOMPARE(r.services.size(), 8); // the whole catalogue, even what nobody asked for
    QCOMPARE(idCard->sums.arrivals, 3);
    QCOMPARE(idCard->sums.served, 2);
    QCOMPARE(idCard->sums.servedServices, 2);
    QCOMPARE(idCard->sums.serviceAverage(), 1320.0);
    QVERIFY(idCard->outlier);
    QCOMPARE(idCard->sums.idle, 15 * minute);
    QCOMPARE(residence->sums.served, 2);
    QCOMPARE(residence->sums.servedServices, 2);
    QCOMPARE(residence->sums.idle, 10 * minute);
    QVERIFY(!residence->outlier);
    QCOMPARE(result->sums.arrivals, 1);
    QCOMPARE(result->sums.cancelled, 1);
    QCOMPARE(result->sums.servedServices, 1); // A001's
    QCOMPARE(result->sums.idle, 20 * minute);
    QCOMPARE(consult->sums.noShows, 1);
}

void TestFigures::handBuiltDayPerHour()
{
    TestDatabase d;
    FixedClock clock(at(8, 0));
    playDay(d.db(), clock);
    auto report = ReportEngine(d.db()).today(clock.now());
    QVERIFY(report.ok());
    const Report &r = *report;
    const QByteArray hours = dump(r.hours).toUtf8();
    QCOMPARE(r.hours.size(), 9); // 09:00 to 17:00, the opening hours
    const ReportRow *h9 = row(r.hours, QStringLiteral("9"));
    const ReportRow *h10 = row(r.hours, QStringLiteral("10"));
    const ReportRow *h11 = row(r.hours, QStringLiteral("11"));
    const ReportRow *h12 = row(r.hours, QStringLiteral("12"));
    QVERIFY2(h9 && h10 && h11 && h12, hours.constData());
    // Arrivals by arrival: A001, B001, A002 (slot 09:30), K001, C001 at 9; B002, A003 at 10.
    QCOMPARE(h9->sums.arrivals, 5);
    QCOMPARE(h10->sums.arrivals, 2);
    // Served by the end of service: A001, B001 at 9; A002 (10:06), B002 at 10.
    QCOMPARE(h9->sums.served, 2);
    QCOMPARE(h10->sums.served, 2);
    // Waiting at 10:00: K001 and C001; at 11:00 and at 12:00 (now): A003.
    QCOMPARE(r.hourWaiting(*h9), 2.0);
    QCOMPARE(r.hourWaiting(*h10), 1.0);
    QCOMPARE(r.hourWaiting(*h11), 1.0);
    QCOMPARE(r.hourWaiting(*h12), 0.0);
    // Waits of the 9 o'clock arrivals: 300 + 480 + 300 + 1200 = 2280 s over 4 = 570 s, under the target.
    QCOMPARE(h9->sums.waitAverage(), 570.0);
    QVERIFY(!h9->outlier);
    QCOMPARE(h10->sums.waitAverage(), 600.0);
}

void TestFigures::handBuiltDayJsonKeys()
{
    TestDatabase d;
    FixedClock clock(at(8, 0));
    playDay(d.db(), clock);
    auto report = ReportEngine(d.db()).today(clock.now());
    QVERIFY(report.ok());
    const QJsonObject o = ReportFormat::json(*report);
    for (const char *key : {"served_citizens", "served_services", "waiting_now", "wait_avg_s", "wait_max_s",
                            "wait_within_target_share", "service_avg_s", "booked_share", "walk_ins", "no_shows",
                            "no_show_rate", "per_window", "per_operator", "per_service", "per_hour"}) {
        QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    QCOMPARE(o.value("served_citizens").toInt(), 4);
    QCOMPARE(o.value("wait_avg_s").toDouble(), 576.0);
    QCOMPARE(o.value("no_show_rate").toDouble(), 0.2);
    QCOMPARE(o.value("per_window").toArray().size(), 3);
    QCOMPARE(o.value("per_window").toArray().at(0).toObject().value("window").toInt(), 1);
    QCOMPARE(o.value("by_channel").toObject().value("walkin").toObject().value("share").toDouble(), 0.5);
    // No personal data: the booking's IIN and name are nowhere.
    const QString everything = ReportFormat::csv(*report) + ReportFormat::text(*report);
    QVERIFY(!everything.contains("950815350123"));
    QVERIFY(!everything.contains("Test Citizen"));
}

void TestFigures::closedDayIsStoredAndStaysEqual()
{
    TestDatabase d;
    FixedClock clock(at(8, 0));
    playDay(d.db(), clock);
    Kezek::Test::StaffedQueue q(d.db(), clock);
    QVERIFY(q.cancel(ticketId(d.db(), "A003")).ok()); // the last citizen leaves: nothing open on the day

    const ReportEngine engine(d.db());
    const qint64 nextDay = onDay(2020, 5, 19, 9);
    auto first = engine.report(QDate(2020, 5, 18), QDate(2020, 5, 18), nextDay);
    QVERIFY(first.ok());
    auto stored = Query::scalar(d.db(), "SELECT count(*) FROM report_days WHERE day = '2020-05-18'", {}, "t");
    QCOMPARE(stored->value_or(0), 1);
    QCOMPARE(*engine.daysToCompute(QDate(2020, 5, 18), QDate(2020, 5, 18), nextDay), 0);
    auto second = engine.report(QDate(2020, 5, 18), QDate(2020, 5, 18), nextDay);
    QVERIFY(second.ok());
    QCOMPARE(ReportFormat::json(*second), ReportFormat::json(*first));
    QCOMPARE(second->servedCitizens(), 4);
    QCOMPARE(second->total.cancelled, 2);
    QCOMPARE(second->waitingNow, 0);
    QCOMPARE(second->total.idle, 45 * minute + 0); // A003 waited for ID-CARD after window 1 stopped working
}

void TestFigures::laterTicketMakesStoredDayStale()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue q(d.db(), clock);
    const int idCard = Catalogue(d.db()).service(QStringLiteral("ID-CARD"))->id;
    QVERIFY(q.issue(idCard, {}).ok());
    QVERIFY(q.cancel(ticketId(d.db(), "A001")).ok());
    const ReportEngine engine(d.db());
    const qint64 nextDay = onDay(2020, 5, 19, 9);
    QCOMPARE(engine.report(QDate(2020, 5, 18), QDate(2020, 5, 18), nextDay)->total.arrivals, 1);
    // Someone plays more of that day afterwards (a simulation, --at): the stored sums must not hide it.
    clock.set(at(11, 0));
    QVERIFY(q.issue(idCard, {}).ok());
    QVERIFY(q.cancel(ticketId(d.db(), "A002")).ok());
    QCOMPARE(*engine.daysToCompute(QDate(2020, 5, 18), QDate(2020, 5, 18), nextDay), 1);
    QCOMPARE(engine.report(QDate(2020, 5, 18), QDate(2020, 5, 18), nextDay)->total.arrivals, 2);
}

void TestFigures::changedTargetRecomputes()
{
    TestDatabase d;
    FixedClock clock(at(8, 0));
    playDay(d.db(), clock);
    Kezek::Test::StaffedQueue q(d.db(), clock);
    QVERIFY(q.cancel(ticketId(d.db(), "A003")).ok());
    const ReportEngine engine(d.db());
    const qint64 nextDay = onDay(2020, 5, 19, 9);
    QCOMPARE(engine.report(QDate(2020, 5, 18), QDate(2020, 5, 18), nextDay)->waitWithinTargetShare(), 0.8);
    Query target(d.db(), "UPDATE center SET wait_target_s = 300");
    QVERIFY(target.exec("t").ok());
    // 300 s: A001 and A002 (5 min each) only.
    QCOMPARE(engine.report(QDate(2020, 5, 18), QDate(2020, 5, 18), nextDay)->waitWithinTargetShare(), 0.4);
}

void TestFigures::emptyPeriod()
{
    TestDatabase d;
    auto report = ReportEngine(d.db()).report(QDate(2020, 1, 1), QDate(2020, 1, 31), at(9, 0));
    QVERIFY(report.ok());
    QCOMPARE(report->days, 0);
    QCOMPARE(report->servedCitizens(), 0);
    QCOMPARE(report->noShowRate(), 0.0);
    QVERIFY(report->windows.isEmpty());
    QCOMPARE(report->hours.size(), 9);
}

void TestFigures::badPeriodIsRefused()
{
    TestDatabase d;
    auto report = ReportEngine(d.db()).report(QDate(2020, 2, 1), QDate(2020, 1, 1), at(9, 0));
    QVERIFY(!report.ok());
    QCOMPARE(report.failure().kind, Failure::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
