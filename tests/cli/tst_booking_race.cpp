// Two desks book the last place in a slot at the same moment, as two kezekctl processes on one database:
// exactly one gets it, the other is told the slot is full, and the slot never holds more than its capacity.
#include "TestDatabase.h"

#include "KezekctlProcess.h"
#include "db/Query.h"
#include "domain/QueueService.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <array>
#include <memory>

using namespace Kezek;
using namespace Kezek::Test;

class TestBookingRace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lastPlaceGoesToExactlyOne_data();
    void lastPlaceGoesToExactlyOne();
};

void TestBookingRace::lastPlaceGoesToExactlyOne_data()
{
    QTest::addColumn<QString>("slot");
    // Several rounds: a race that is won by luck once should not pass.
    for (const char *slot : {"10:15", "10:30", "10:45", "11:00", "11:15", "11:30"})
        QTest::newRow(slot) << QString::fromLatin1(slot);
}

void TestBookingRace::lastPlaceGoesToExactlyOne()
{
    QFETCH(QString, slot);
    TestDatabase test;
    FixedClock clock(at(10, 0));
    // ID-CARD is served by windows 1-4 and 12: five places a slot. Four are taken before the race.
    const qint64 slotStart = at(slot.left(2).toInt(), slot.right(2).toInt());
    for (int taken = 0; taken < 4; ++taken) {
        Query book(test.db(), "INSERT INTO bookings (channel, booking_id, iin, service_id, slot_start, created_at) "
                              "SELECT 'egov', :code, '950815350123', id, :slot, 0 FROM services WHERE code = 'ID-CARD'");
        book.bind(":code", QStringLiteral("EG-TAKEN-%1").arg(taken)).bind(":slot", slotStart);
        QVERIFY(book.exec("taking a place").ok());
    }

    const std::array<QString, 2> iins{QStringLiteral("950815350123"), QStringLiteral("900101300811")};
    useDemoPasswordFile();
    std::array<std::unique_ptr<QProcess>, 2> desks;
    for (std::size_t i = 0; i < desks.size(); ++i) {
        desks[i] = std::make_unique<QProcess>();
        desks[i]->start(QStringLiteral(KEZEKCTL_PATH),
                        {QStringLiteral("--db"), test.path(), QStringLiteral("--as"), QStringLiteral("reception"), QStringLiteral("--at"),
                         QStringLiteral("2020-05-18T10:00:00"), QStringLiteral("book"), QStringLiteral("ID-CARD"),
                         QStringLiteral("--iin"), iins[i], QStringLiteral("--slot"),
                         QStringLiteral("2020-05-18T") + slot});
    }
    int winners = 0;
    QString loserSays;
    for (auto &desk : desks) {
        QVERIFY(desk->waitForFinished(60000));
        QCOMPARE(desk->exitStatus(), QProcess::NormalExit);
        const QString said = QString::fromUtf8(desk->readAllStandardOutput() + desk->readAllStandardError());
        if (desk->exitCode() == 0) {
            ++winners;
            QVERIFY2(said.contains(slot), qPrintable(said));
        } else {
            loserSays = said;
        }
    }
    QCOMPARE(winners, 1);
    QVERIFY2(loserSays.contains(QStringLiteral("full")), qPrintable(loserSays));

    auto booked = Query::scalar(test.db(),
                                QStringLiteral("SELECT count(*) FROM bookings WHERE slot_start = :slot"),
                                {{QStringLiteral(":slot"), at(slot.left(2).toInt(), slot.right(2).toInt())}},
                                QStringLiteral("counting"));
    QVERIFY(booked);
    QCOMPARE(booked->value_or(-1), 5); // the four taken before, and one winner
}

QTEST_GUILESS_MAIN(TestBookingRace)
#include "tst_booking_race.moc"
