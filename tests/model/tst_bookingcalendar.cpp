#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "core/LocalTime.h"
#include "db/Query.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"

#include <QTest>

#include <latch>
#include <thread>
#include <vector>

using namespace Kezek;
using Kezek::Test::at;

namespace {

const QString iinA = QStringLiteral("950815350123");
const QString iinB = QStringLiteral("900101300811");

int serviceId(const Database &db, const QString &code)
{
    auto service = Catalogue(db).service(code);
    if (!service)
        qFatal("%s", qPrintable(service.message()));
    return service->id;
}

OnsiteBookingRequest request(const QString &service, std::optional<qint64> slot = std::nullopt,
                             const QString &phone = QString())
{
    return OnsiteBookingRequest{service, iinA, QStringLiteral("Нұрлан Сейітов"), phone, slot};
}

void setWindowState(const Database &db, int number, const char *state)
{
    Query q(db, QStringLiteral("UPDATE windows SET state = :s WHERE number = :n"));
    q.bind(QStringLiteral(":s"), QLatin1String(state)).bind(QStringLiteral(":n"), number);
    if (!q.exec(QStringLiteral("test")))
        qFatal("cannot set window state");
}

} // namespace

// The booking calendar: slot capacities, the next free slot, on-site booking and its refusals, and two desks
// racing for the last place.
class TestBookingCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void capacity_data();
    void capacity();
    void capacityIgnoresWindowState();
    void grid();
    void nextFreeSlot_data();
    void nextFreeSlot();
    void nextFreeSlotSkipsFullSlots();
    void nextFreeSlotWhenDayIsFullOrOver();
    void bookNextFree();
    void bookGivenSlotUntilFull();
    void bookingOnlyCenterFillsSlotsInOrder();
    void refusals_data();
    void refusals();
    void codesNumberedPerDay();
    void twoConnectionsLastPlace();
    void concurrentDesksLastPlace();
};

void TestBookingCalendar::capacity_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("capacity");
    // Windows 1-4 and 12 serve ID-CARD; RESULT is served by 1-6, 10-12; window 12 serves everything.
    QTest::newRow("ID-CARD: windows 1-4 and 12") << QStringLiteral("ID-CARD") << 5;
    QTest::newRow("RESIDENCE: windows 5-6 and 12") << QStringLiteral("RESIDENCE") << 3;
    QTest::newRow("RESULT: windows 1-6, 10-12") << QStringLiteral("RESULT") << 9;
    QTest::newRow("EDS: windows 7 and 12") << QStringLiteral("EDS") << 2;
    QTest::newRow("PENSION: windows 8-9 and 12") << QStringLiteral("PENSION") << 3;
}

void TestBookingCalendar::capacity()
{
    QFETCH(QString, service);
    QFETCH(int, capacity);
    Test::TestDatabase t;
    auto daySlots = BookingCalendar(t.db()).daySlots(serviceId(t.db(), service), QDate(2020, 5, 18));
    QVERIFY2(daySlots, qPrintable(daySlots.ok() ? QString() : daySlots.message()));
    QCOMPARE(daySlots->size(), 36);
    for (const SlotInfo &slot : std::as_const(*daySlots)) {
        QCOMPARE(slot.capacity, capacity);
        QCOMPARE(slot.taken, 0);
    }
}

void TestBookingCalendar::capacityIgnoresWindowState()
{
    // Bookings are for future slots, often imported at night with every window closed: a window set up
    // for the service counts whether it is open, paused or closed right now.
    Test::TestDatabase t;
    const int idCard = serviceId(t.db(), QStringLiteral("ID-CARD"));
    const BookingCalendar calendar(t.db());
    for (int number : {1, 2, 3, 4, 12})
        setWindowState(t.db(), number, "closed");
    setWindowState(t.db(), 1, "paused");
    QCOMPARE(calendar.daySlots(idCard, QDate(2020, 5, 18))->first().capacity, 5);
    QVERIFY(calendar.book(request(QStringLiteral("ID-CARD"), at(10)), at(9), Kezek::Test::desk(t.db())));
}

void TestBookingCalendar::grid()
{
    Test::TestDatabase t;
    auto daySlots = BookingCalendar(t.db()).daySlots(serviceId(t.db(), QStringLiteral("EDS")), QDate(2020, 5, 18));
    QVERIFY(daySlots);
    QCOMPARE(daySlots->first().start, at(9));
    QCOMPARE(daySlots->at(1).start, at(9, 15));
    QCOMPARE(daySlots->last().start, at(17, 45));
}

void TestBookingCalendar::nextFreeSlot_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("slot");

    QTest::newRow("before opening: the first slot") << at(7, 30) << at(9);
    QTest::newRow("at opening") << at(9) << at(9);
    QTest::newRow("current slot started 10 min ago") << at(9, 10) << at(9);
    QTest::newRow("one second before the slot ends") << at(9, 14, 59) << at(9);
    QTest::newRow("slot boundary: the new slot") << at(9, 15) << at(9, 15);
    QTest::newRow("last slot of the day") << at(17, 59) << at(17, 45);
}

void TestBookingCalendar::nextFreeSlot()
{
    QFETCH(qint64, now);
    QFETCH(qint64, slot);
    Test::TestDatabase t;
    auto next = BookingCalendar(t.db()).nextFreeSlot(serviceId(t.db(), QStringLiteral("ID-CARD")), now);
    QVERIFY2(next, qPrintable(next.ok() ? QString() : next.message()));
    QCOMPARE(LocalTime::hhmm(next->start), LocalTime::hhmm(slot));
    QCOMPARE(next->start, slot);
    QCOMPARE(next->capacity, 5);
}

void TestBookingCalendar::nextFreeSlotSkipsFullSlots()
{
    Test::TestDatabase t;
    const BookingCalendar calendar(t.db());
    const int eds = serviceId(t.db(), QStringLiteral("EDS"));
    for (qint64 slot : {at(9), at(9), at(9, 15), at(9, 15), at(9, 30)})
        QVERIFY(calendar.book(request(QStringLiteral("EDS"), slot), at(8), Kezek::Test::desk(t.db())));
    auto next = calendar.nextFreeSlot(eds, at(9, 5));
    QVERIFY(next);
    QCOMPARE(next->start, at(9, 30));
    QCOMPARE(next->taken, 1);
    QCOMPARE(next->room(), 1);

    auto free = calendar.freeSlots(eds, QDate(2020, 5, 18));
    QVERIFY(free);
    QCOMPARE(free->size(), 34);
    QCOMPARE(free->first().start, at(9, 30));
}

void TestBookingCalendar::nextFreeSlotWhenDayIsFullOrOver()
{
    Test::TestDatabase t;
    const BookingCalendar calendar(t.db());
    const int eds = serviceId(t.db(), QStringLiteral("EDS"));
    auto over = calendar.nextFreeSlot(eds, at(18));
    QVERIFY(!over);
    QCOMPARE(over.failure().kind, Failure::Kind::Conflict);
    QCOMPARE(over.message(), QStringLiteral("no EDS slot is left today: the booking day is over"));

    for (qint64 slot : {at(17, 30), at(17, 30), at(17, 45), at(17, 45)})
        QVERIFY(calendar.book(request(QStringLiteral("EDS"), slot), at(17, 20), Kezek::Test::desk(t.db())));
    auto full = calendar.nextFreeSlot(eds, at(17, 35));
    QVERIFY(!full);
    QCOMPARE(full.message(), QStringLiteral("every EDS slot left today is full"));
    auto booked = calendar.book(request(QStringLiteral("EDS")), at(17, 35), Kezek::Test::desk(t.db()));
    QVERIFY(!booked);
    QCOMPARE(booked.message(), full.message());
}

void TestBookingCalendar::bookNextFree()
{
    Test::TestDatabase t;
    const BookingCalendar calendar(t.db());
    auto booked = calendar.book(OnsiteBookingRequest{QStringLiteral(" id-card "), QStringLiteral(" 950815350123 "),
                                                     QStringLiteral(" Нұрлан "), QStringLiteral("8 (701) 555-01-01"),
                                                     std::nullopt},
                                at(10, 20), Kezek::Test::desk(t.db()));
    QVERIFY2(booked, qPrintable(booked.ok() ? QString() : booked.message()));
    QCOMPARE(booked->code, QStringLiteral("OS-20200518-0001"));
    QCOMPARE(booked->slotStart, at(10, 15));
    QCOMPARE(booked->channel, Channel::Onsite);
    QCOMPARE(booked->phone, QStringLiteral("+77015550101"));
    QCOMPARE(booked->iin, iinA);
    QCOMPARE(booked->fullName, QStringLiteral("Нұрлан"));

    Query q(t.db(), QStringLiteral("SELECT channel, booking_id, iin, phone, slot_start, created_at, ticket_id "
                                   "FROM bookings WHERE id = :id"));
    q.bind(QStringLiteral(":id"), booked->id);
    QVERIFY(q.exec(QStringLiteral("test")));
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("onsite"));
    QCOMPARE(q.text(1), QStringLiteral("OS-20200518-0001"));
    QCOMPARE(q.text(2), iinA);
    QCOMPARE(q.text(3), QStringLiteral("+77015550101"));
    QCOMPARE(q.int64(4), at(10, 15));
    QCOMPARE(q.int64(5), at(10, 20));
    QVERIFY(q.value(6).isNull());
}

void TestBookingCalendar::bookGivenSlotUntilFull()
{
    Test::TestDatabase t;
    const BookingCalendar calendar(t.db());
    for (int i = 0; i < 5; ++i) {
        auto booked = calendar.book(request(QStringLiteral("ID-CARD"), at(10, 15)), at(9), Kezek::Test::desk(t.db()));
        QVERIFY2(booked, qPrintable(booked.ok() ? QString() : booked.message()));
        QCOMPARE(booked->slotStart, at(10, 15));
    }
    auto full = calendar.book(request(QStringLiteral("ID-CARD"), at(10, 15)), at(9), Kezek::Test::desk(t.db()));
    QVERIFY(!full);
    QCOMPARE(full.failure().kind, Failure::Kind::Conflict);
    QCOMPARE(full.message(), QStringLiteral("slot 10:15 for ID-CARD is full (5 of 5 places taken)"));
    // RESULT shares windows with ID-CARD but has its own places.
    QVERIFY(calendar.book(request(QStringLiteral("RESULT"), at(10, 15)), at(9), Kezek::Test::desk(t.db())));
    auto daySlots = calendar.daySlots(serviceId(t.db(), QStringLiteral("ID-CARD")), QDate(2020, 5, 18));
    QCOMPARE(daySlots->at(5).taken, 5);
    QVERIFY(daySlots->at(5).isFull());
}

void TestBookingCalendar::bookingOnlyCenterFillsSlotsInOrder()
{
    // A booking-only center books every citizen without a booking into the next free slot.
    Test::TestDatabase t;
    QVERIFY(Query(t.db(), QStringLiteral("UPDATE center SET mode = 'booking-only'")).exec(QStringLiteral("test")));
    const BookingCalendar calendar(t.db());
    QStringList got;
    for (int i = 0; i < 7; ++i) {
        auto booked = calendar.book(request(QStringLiteral("PENSION")), at(9, 2), Kezek::Test::desk(t.db()));
        QVERIFY2(booked, qPrintable(booked.ok() ? QString() : booked.message()));
        got.append(booked->code + QLatin1Char(' ') + LocalTime::hhmm(booked->slotStart));
    }
    QCOMPARE(got, (QStringList{QStringLiteral("OS-20200518-0001 09:00"), QStringLiteral("OS-20200518-0002 09:00"),
                               QStringLiteral("OS-20200518-0003 09:00"), QStringLiteral("OS-20200518-0004 09:15"),
                               QStringLiteral("OS-20200518-0005 09:15"), QStringLiteral("OS-20200518-0006 09:15"),
                               QStringLiteral("OS-20200518-0007 09:30")}));
}

void TestBookingCalendar::refusals_data()
{
    QTest::addColumn<OnsiteBookingRequest>("request");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    const int invalid = int(Failure::Kind::Invalid);
    QTest::newRow("service not bookable")
        << request(QStringLiteral("CONSULT")) << invalid << QStringLiteral("CONSULT cannot be booked");
    QTest::newRow("unknown service") << request(QStringLiteral("NO-SUCH")) << int(Failure::Kind::NotFound)
                                     << QStringLiteral("There is no service with the code \"NO-SUCH\".");
    OnsiteBookingRequest badIin = request(QStringLiteral("EDS"));
    badIin.iin = QStringLiteral("950815350124");
    QTest::newRow("IIN check digit") << badIin << invalid << QStringLiteral("IIN check digit is wrong");
    badIin.iin = QString();
    QTest::newRow("IIN missing") << badIin << invalid << QStringLiteral("IIN must have 12 digits, got 0");
    QTest::newRow("phone not mobile") << request(QStringLiteral("EDS"), std::nullopt,
                                                 QStringLiteral("+7 727 250 00 00"))
                                      << invalid
                                      << QStringLiteral("phone \"+7 727 250 00 00\" is not a Kazakh mobile number "
                                                        "(+7 70x or 77x and 7 more digits)");
    QTest::newRow("slot off the grid") << request(QStringLiteral("EDS"), at(10, 7)) << invalid
                                       << QStringLiteral("slot 10:07 is not on the 15-minute grid (slots start at "
                                                         "09:00, 09:15, ...)");
    QTest::newRow("slot before opening") << request(QStringLiteral("EDS"), at(8, 45)) << invalid
                                         << QStringLiteral("slot 08:45 is outside the booking hours 09:00-18:00");
    QTest::newRow("slot at closing") << request(QStringLiteral("EDS"), at(18)) << invalid
                                     << QStringLiteral("slot 18:00 is outside the booking hours 09:00-18:00");
    QTest::newRow("slot over") << request(QStringLiteral("EDS"), at(9, 45)) << invalid
                               << QStringLiteral("slot 09:45 on 2020-05-18 is already over");
    QTest::newRow("slot of yesterday") << request(QStringLiteral("EDS"), Test::onDay(2020, 5, 17, 12)) << invalid
                                       << QStringLiteral("slot 12:00 on 2020-05-17 is already over");
}

void TestBookingCalendar::refusals()
{
    QFETCH(OnsiteBookingRequest, request);
    QFETCH(int, kind);
    QFETCH(QString, message);
    Test::TestDatabase t;
    auto booked = BookingCalendar(t.db()).book(request, at(10), Kezek::Test::desk(t.db()));
    QVERIFY(!booked);
    QCOMPARE(int(booked.failure().kind), kind);
    QCOMPARE(booked.message(), message);
    QCOMPARE(*Query::scalar(t.db(), QStringLiteral("SELECT count(*) FROM bookings"), {}, QStringLiteral("test")),
             std::optional<qint64>(0));
}

void TestBookingCalendar::codesNumberedPerDay()
{
    Test::TestDatabase t;
    const BookingCalendar calendar(t.db());
    QCOMPARE(calendar.book(request(QStringLiteral("EDS")), at(10), Kezek::Test::desk(t.db()))->code, QStringLiteral("OS-20200518-0001"));
    QCOMPARE(calendar.book(request(QStringLiteral("EDS"), Test::onDay(2020, 5, 19, 9)), at(10), Kezek::Test::desk(t.db()))->code,
             QStringLiteral("OS-20200519-0001"));
    QCOMPARE(calendar.book(request(QStringLiteral("RESULT")), at(10), Kezek::Test::desk(t.db()))->code, QStringLiteral("OS-20200518-0002"));
    // A code an imported onsite file already uses is skipped, not collided with.
    Query imported(t.db(), QStringLiteral("INSERT INTO bookings (channel, booking_id, iin, service_id, slot_start, "
                                          "created_at) VALUES ('onsite', 'OS-20200518-0003', :iin, :s, :t, 0)"));
    imported.bind(QStringLiteral(":iin"), iinB)
        .bind(QStringLiteral(":s"), serviceId(t.db(), QStringLiteral("RESULT")))
        .bind(QStringLiteral(":t"), at(11));
    QVERIFY(imported.exec(QStringLiteral("test")));
    QCOMPARE(calendar.book(request(QStringLiteral("RESULT")), at(10), Kezek::Test::desk(t.db()))->code, QStringLiteral("OS-20200518-0004"));
}

void TestBookingCalendar::twoConnectionsLastPlace()
{
    // Two desks, each with its own connection to the same file, book the last EDS place of 11:00.
    Test::TestDatabase t;
    OpenOptions options;
    auto second = Database::open(DatabaseLocation{t.path()}, options);
    QVERIFY2(second, qPrintable(second.ok() ? QString() : second.message()));
    const BookingCalendar deskA(t.db());
    const BookingCalendar deskB(**second);
    QVERIFY(deskA.book(request(QStringLiteral("EDS"), at(11)), at(10), Kezek::Test::desk(t.db())));

    // Desk B looked at the calendar first: one place left. Desk A then takes it; B's booking must be refused.
    const int eds = serviceId(**second, QStringLiteral("EDS"));
    QCOMPARE(deskB.nextFreeSlot(eds, at(11, 5))->room(), 1);
    QVERIFY(deskA.book(request(QStringLiteral("EDS"), at(11)), at(10, 50), Kezek::Test::desk(t.db())));
    auto refused = deskB.book(request(QStringLiteral("EDS"), at(11)), at(10, 50), Kezek::Test::desk(**second));
    QVERIFY(!refused);
    QCOMPARE(refused.message(), QStringLiteral("slot 11:00 for EDS is full (2 of 2 places taken)"));
    // Without a slot, desk B gets the next one with room.
    auto next = deskB.book(request(QStringLiteral("EDS")), at(11, 2), Kezek::Test::desk(**second));
    QVERIFY(next);
    QCOMPARE(next->slotStart, at(11, 15));
}

void TestBookingCalendar::concurrentDesksLastPlace()
{
    // Eight desks in eight threads, each with its own connection, press "book" for the last place at once.
    Test::TestDatabase t;
    const BookingCalendar calendar(t.db());
    QVERIFY(calendar.book(request(QStringLiteral("EDS"), at(12)), at(10), Kezek::Test::desk(t.db())));
    const QString path = t.path();

    constexpr int desks = 8;
    std::latch start(desks);
    std::vector<int> outcome(desks, -1); // 1 booked, 0 refused as full, 2 other failure
    std::vector<QString> messages(desks);
    std::vector<std::thread> threads;
    for (int d = 0; d < desks; ++d) {
        threads.emplace_back([&, d] {
            OpenOptions options;
            options.busyTimeoutMs = 20000;
            auto db = Database::open(DatabaseLocation{path}, options);
            start.arrive_and_wait();
            if (!db) {
                outcome[size_t(d)] = 2;
                messages[size_t(d)] = db.message();
                return;
            }
            auto booked = BookingCalendar(**db).book(request(QStringLiteral("EDS"), at(12)), at(10), Kezek::Test::desk(**db));
            outcome[size_t(d)] = booked ? 1 : (booked.failure().kind == Failure::Kind::Conflict ? 0 : 2);
            messages[size_t(d)] = booked ? booked->code : booked.message();
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    QCOMPARE(std::count(outcome.cbegin(), outcome.cend(), 2), 0);
    QCOMPARE(std::count(outcome.cbegin(), outcome.cend(), 1), 1);
    QCOMPARE(std::count(outcome.cbegin(), outcome.cend(), 0), desks - 1);
    for (int d = 0; d < desks; ++d) {
        if (outcome[size_t(d)] == 0)
            QCOMPARE(messages[size_t(d)], QStringLiteral("slot 12:00 for EDS is full (2 of 2 places taken)"));
    }
    auto taken = Query::scalar(t.db(), QStringLiteral("SELECT count(*) FROM bookings WHERE slot_start = :t"),
                               {{QStringLiteral(":t"), at(12)}}, QStringLiteral("test"));
    QCOMPARE(*taken, std::optional<qint64>(2));
}

QTEST_GUILESS_MAIN(TestBookingCalendar)
#include "tst_bookingcalendar.moc"
