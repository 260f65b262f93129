// QueueModel: the call order with reasons, kept current by exact row signals (never a reset).
#include "QueueScript.h"
#include "LivePicture.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "models/QueueModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestQueueModel : public QObject
{
    Q_OBJECT

private:
    static int serviceId(Database &db, const char *code)
    {
        auto service = Catalogue(db).service(QString::fromLatin1(code));
        return service ? service->id : 0;
    }
    static QStringList numbers(const QueueModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, QueueModel::NumberColumn).data().toString();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void ordersLikeCallNextWithReasons()
    {
        TestDatabase tdb;
        FixedClock clock(at(10, 0));
        Kezek::Test::StaffedQueue queue(tdb.db(), clock);
        QVERIFY(queue.issue(serviceId(tdb.db(), "ID-CARD"), {}));
        clock.advance(60);
        QVERIFY(queue.issue(serviceId(tdb.db(), "RESULT"), QStringLiteral("pregnant")));
        clock.advance(60);
        QVERIFY(queue.issue(serviceId(tdb.db(), "EDS"), {})); // not served at window 1

        LivePicture live(tdb.db(), clock);

        QueueModel model(live.center, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindowNumber(1);
        QCOMPARE(numbers(model), (QStringList{"C001", "A001"}));
        QCOMPARE(model.index(0, QueueModel::ReasonColumn).data().toString(), QStringLiteral("out of turn: Pregnant woman"));
        QCOMPARE(model.index(1, QueueModel::ReasonColumn).data().toString(), QStringLiteral("walk-in"));
        QCOMPARE(model.index(1, QueueModel::ServiceColumn).data().toString(), QStringLiteral("ID card and passport"));
        QCOMPARE(model.index(1, QueueModel::WaitingColumn).data().toString(), QStringLiteral("2 min"));
        QCOMPARE(model.waitingCount(), 2);
        QCOMPARE(model.longestWaitSeconds(), 120);

        model.setLanguage(QStringLiteral("kk"));
        QCOMPARE(model.index(1, QueueModel::ServiceColumn).data().toString(),
                 QString::fromUtf8("Жеке куәлік және паспорт"));
    }

    void refreshUsesExactSignalsNotReset()
    {
        TestDatabase tdb;
        FixedClock clock(at(10, 0));
        Kezek::Test::StaffedQueue queue(tdb.db(), clock);
        const int idCard = serviceId(tdb.db(), "ID-CARD");
        for (int i = 0; i < 3; ++i) {
            QVERIFY(queue.issue(idCard, {}));
            clock.advance(30);
        }
        LivePicture live(tdb.db(), clock);
        QueueModel model(live.center, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindowNumber(2);
        QCOMPARE(numbers(model), (QStringList{"A001", "A002", "A003"}));

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        // Another window calls the head; an out-of-turn citizen arrives and goes to the front.
        QVERIFY(queue.callNext(1));
        QVERIFY(queue.issue(idCard, QStringLiteral("veteran")));
        QCOMPARE(numbers(model), (QStringList{"A004", "A002", "A003"}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);

        // The citizen at window 1 is transferred to window 2: front of its queue, by a move if present.
        auto atOne = queue.callNext(3);
        QVERIFY(atOne);
        QCOMPARE(atOne->ticket.number, QStringLiteral("A004"));
        QVERIFY(queue.transferToWindow(atOne->ticket.id, 2, QStringLiteral("needs window 2")));
        QCOMPARE(numbers(model), (QStringList{"A004", "A002", "A003"}));
        QCOMPARE(model.index(0, QueueModel::ReasonColumn).data().toString(), QStringLiteral("transferred"));
        QCOMPARE(resets.count(), 0);

        // Nothing changed: no signal at all.
        const int before = inserted.count() + removed.count() + moved.count();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(inserted.count() + removed.count() + moved.count(), before);
        QCOMPARE(changed.count(), 0);

        // The clock ticks: only the waiting column is announced.
        clock.advance(60);
        model.tick();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(QueueModel::WaitingColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(QueueModel::WaitingColumn));
    }

    void timeMovesABookingUpWithoutReinsert()
    {
        TestDatabase tdb;
        QueueScript script(tdb.db());
        QVERIFY(script.run({"09:00 book B1 ID-CARD 10:00", "09:20 checkin B1", "09:21 issue ID-CARD"}));
        FixedClock &clock = script.clock();
        clock.set(at(9, 30));
        LivePicture live(tdb.db(), clock);
        QueueModel model(live.center, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindowNumber(1);
        QCOMPARE(numbers(model), (QStringList{"A002", "A001"}));
        QCOMPARE(model.index(1, QueueModel::ReasonColumn).data().toString(), QStringLiteral("early booking 10:00"));
        QPersistentModelIndex booked = model.index(1, 0);

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        clock.set(at(9, 55)); // slot start minus the early allowance
        model.tick();
        QCOMPARE(numbers(model), (QStringList{"A001", "A002"}));
        QCOMPARE(model.index(0, QueueModel::ReasonColumn).data().toString(), QStringLiteral("booked 10:00"));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(resets.count(), 0);
        QVERIFY(booked.isValid());
        QCOMPARE(booked.row(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
