// Staffing forecast: Erlang C against a textbook case, and the forecast of a day from its bookings and history.
#include "TestDatabase.h"

#include "db/Query.h"
#include "domain/Catalogue.h"
#include "reports/ErlangC.h"
#include "reports/ForecastModel.h"
#include "reports/StaffingForecast.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace Kezek;
using namespace Kezek::Test;

class TestForecast final : public QObject
{
    Q_OBJECT

private slots:
    void erlangCTextbook_data();
    void erlangCTextbook();
    void windowsNeededForTextbookTarget();
    void edgeCases();
    void forecastFromBookingsAndHistory();
    void forecastModel();

private:
    static void seedHistory(Database &db);
};

// The textbook case (e.g. the "Erlang C formula made simple" call-centre example, and Erlang C tables for
// A = 10): 100 arrivals per half hour, 3 min handling = 200 an hour at 20 an hour per agent, A = 10 Erlangs;
// answer within 20 s.
void TestForecast::erlangCTextbook_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("waitProbability");
    QTest::addColumn<double>("level20s");
    QTest::addColumn<double>("averageWaitSeconds");
    QTest::newRow("11 agents") << 11 << 0.6821 << 0.3896 << 122.8;
    QTest::newRow("12 agents") << 12 << 0.4494 << 0.6402 << 40.4;
    QTest::newRow("13 agents") << 13 << 0.2853 << 0.7956 << 17.1;
    QTest::newRow("14 agents") << 14 << 0.1741 << 0.8884 << 7.8;
    QTest::newRow("15 agents") << 15 << 0.1020 << 0.9415 << 3.7;
}

void TestForecast::erlangCTextbook()
{
    QFETCH(int, agents);
    QFETCH(double, waitProbability);
    QFETCH(double, level20s);
    QFETCH(double, averageWaitSeconds);
    const double lambda = 200, mu = 20, t = 20.0 / 3600.0;
    QCOMPARE(ErlangC::load(lambda, mu), 10.0);
    QVERIFY2(std::abs(ErlangC::probabilityOfWaiting(agents, 10.0) - waitProbability) < 0.00005,
             qPrintable(QString::number(ErlangC::probabilityOfWaiting(agents, 10.0))));
    QVERIFY2(std::abs(ErlangC::serviceLevel(agents, lambda, mu, t) - level20s) < 0.00005,
             qPrintable(QString::number(ErlangC::serviceLevel(agents, lambda, mu, t))));
    QVERIFY(std::abs(ErlangC::averageWait(agents, lambda, mu) * 3600 - averageWaitSeconds) < 0.05);
}

void TestForecast::windowsNeededForTextbookTarget()
{
    // 80% within 20 s: 13 agents reach 79.56%, so 14.
    QCOMPARE(ErlangC::windowsNeeded(200, 20, 20.0 / 3600.0, 0.8), 14);
    QCOMPARE(ErlangC::windowsNeeded(200, 20, 20.0 / 3600.0, 0.79), 13);
    // docs/FORECAST.md's worked example: 67 an hour, 8 min service, 15 min target.
    QCOMPARE(ErlangC::windowsNeeded(67, 7.5, 0.25, 0.8), 10);
    QVERIFY(std::abs(ErlangC::serviceLevel(9, 67, 7.5, 0.25) - 0.1400) < 0.00005);
    QVERIFY(std::abs(ErlangC::serviceLevel(10, 67, 7.5, 0.25) - 0.9121) < 0.00005);
}

void TestForecast::edgeCases()
{
    QCOMPARE(ErlangC::windowsNeeded(0, 6, 0.25, 0.8), 0);       // nobody comes
    QCOMPARE(ErlangC::probabilityOfWaiting(3, 3.0), 1.0);       // c = A: the queue grows without end
    QCOMPARE(ErlangC::serviceLevel(3, 18, 6, 0.25), 0.0);
    QVERIFY(std::isinf(ErlangC::averageWait(2, 18, 6)));
    QCOMPARE(ErlangC::probabilityOfWaiting(1, 0.5), 0.5);       // M/M/1: P(wait) = rho
    // Hundreds of windows without overflow.
    QCOMPARE(ErlangC::windowsNeeded(3000, 6, 0.25, 0.8) >= 500, true);
}

// Two past Mondays (4 and 11 May 2020) with six walk-ins at ten, each served in ten minutes; on the 11th ten
// bookings at eleven of which eight came.
void TestForecast::seedHistory(Database &db)
{
    const int result = Catalogue(db).service(QStringLiteral("RESULT"))->id;
    int number = 0;
    for (int day : {4, 11}) {
        for (int i = 0; i < 6; ++i) {
            const qint64 issued = onDay(2020, 5, day, 10, i * 5);
            Query t(db, "INSERT INTO tickets (day, number, service_id, source, state, lane, order_key, issued_at, "
                        "window_id, operator_id, first_called_at, called_at, serving_at, finished_at, call_count) "
                        "VALUES (:day, :number, :service, 'walkin', 'served', 4, :issued, :issued, 3, 3, :called, "
                        ":called, :called, :finished, 1)");
            t.bind(":day", QDate(2020, 5, day).toString(Qt::ISODate))
                .bind(":number", QString("C%1").arg(++number, 3, 10, QChar('0')))
                .bind(":service", result)
                .bind(":issued", issued)
                .bind(":called", issued + 60)
                .bind(":finished", issued + 660);
            QVERIFY(t.exec("history").ok());
        }
    }
    for (int i = 0; i < 10; ++i) {
        Query b(db, "INSERT INTO bookings (channel, booking_id, iin, service_id, slot_start, created_at, ticket_id) "
                    "VALUES ('egov', :code, '950815350123', :service, :slot, 0, :ticket)");
        b.bind(":code", QString("H-%1").arg(i))
            .bind(":service", result)
            .bind(":slot", onDay(2020, 5, 11, 11))
            .bind(":ticket", i < 8 ? QVariant(1000 + i) : QVariant());
        QVERIFY(b.exec("booking").ok());
    }
    // The forecast day, Monday the 18th: nine bookings between 10:00 and 10:45.
    for (int i = 0; i < 9; ++i) {
        Query b(db, "INSERT INTO bookings (channel, booking_id, iin, service_id, slot_start, created_at) "
                    "VALUES ('telegram', :code, '950815350123', :service, :slot, 0)");
        b.bind(":code", QString("F-%1").arg(i)).bind(":service", result).bind(":slot", onDay(2020, 5, 18, 10, (i % 4) * 15));
        QVERIFY(b.exec("booking").ok());
    }
}

void TestForecast::forecastFromBookingsAndHistory()
{
    TestDatabase d;
    seedHistory(d.db());
    const qint64 sunday = onDay(2020, 5, 17, 12);
    auto f = StaffingForecaster(d.db()).forecast(QDate(2020, 5, 18), sunday);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.message()));
    QCOMPARE(f->history, (QList<QDate>{QDate(2020, 5, 11), QDate(2020, 5, 4)}));
    QCOMPARE(f->showUpRate, 0.8);
    QCOMPARE(f->waitTarget, 900);
    QVERIFY(f->plannedFromToday);
    QCOMPARE(f->hours.size(), 9);
    const ForecastHour &nine = f->hours.at(0);
    const ForecastHour &ten = f->hours.at(1);
    QCOMPARE(nine.hour, 9);
    QCOMPARE(nine.arrivals(), 0.0);
    QCOMPARE(nine.windowsNeeded, 0);
    QCOMPARE(ten.hour, 10);
    QCOMPARE(ten.walkInArrivals, 6.0);         // six each Monday
    QVERIFY(std::abs(ten.bookedArrivals - 7.2) < 1e-9); // nine bookings, 80% come
    QCOMPARE(ten.serviceSeconds, 600.0);
    // lambda = 13.2 an hour, mu = 6 an hour, A = 2.2: 2 windows 0%, 3 windows P(W <= 15 min) = 83.67%.
    QVERIFY(std::abs(ten.load() - 2.2) < 1e-9);
    QCOMPARE(ten.windowsNeeded, 3);
    QVERIFY(std::abs(ten.levelNeeded - 0.8367) < 0.0001);
    QCOMPARE(ten.windowsPlanned, 12); // every demo window is open with its operator
    QVERIFY(ten.levelPlanned > 0.9999);
}

void TestForecast::forecastModel()
{
    TestDatabase d;
    seedHistory(d.db());
    auto f = StaffingForecaster(d.db()).forecast(QDate(2020, 5, 18), onDay(2020, 5, 17, 12));
    QVERIFY(f.ok());
    ForecastModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StaffingForecast shortOfWindows = *f;
    shortOfWindows.hours[1].windowsPlanned = 2;
    model.setForecast(shortOfWindows);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.index(1, ForecastModel::Needed).data(ForecastModel::RawRole).toInt(), 3);
    QCOMPARE(model.index(1, ForecastModel::Planned).data().toInt(), 2);
    QVERIFY(model.index(1, ForecastModel::Needed).data(ForecastModel::OutlierRole).toBool());
    QVERIFY(!model.index(0, ForecastModel::Needed).data(ForecastModel::OutlierRole).toBool());
    QCOMPARE(model.index(1, ForecastModel::Hour).data().toString(), QString("10:00"));
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
