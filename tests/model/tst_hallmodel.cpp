// HallModel and ServiceTotalsModel: every window's state, ticket and operator; people waiting per service.
#include "LivePicture.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "models/HallModel.h"
#include "models/ServiceTotalsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestHallModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void windowsWithStateTicketAndOperator()
    {
        TestDatabase tdb;
        FixedClock clock(at(10, 0));
        Kezek::Test::StaffedQueue queue(tdb.db(), clock);
        const int idCard = Catalogue(tdb.db()).service(QStringLiteral("ID-CARD"))->id;
        QVERIFY(queue.issue(idCard, {}));
        LivePicture live(tdb.db(), clock);
        HallModel model(live.center);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.index(0, HallModel::WindowColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, HallModel::StateColumn).data().toString(), QStringLiteral("open"));
        QCOMPARE(model.index(0, HallModel::OperatorColumn).data().toString(), QString::fromUtf8("Айгүл Бекова"));
        QVERIFY(model.index(0, HallModel::StateColumn).data(Qt::BackgroundRole).isValid());

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(queue.callNext(3));
        QVERIFY(queue.setWindowState(5, WindowState::Paused, PauseReason::Break));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 2); // windows 3 and 5 only
        QCOMPARE(model.index(2, HallModel::TicketColumn).data().toString(), QStringLiteral("A001 (called)"));
        QCOMPARE(model.index(4, HallModel::StateColumn).data().toString(), QStringLiteral("paused: break"));
        QCOMPARE(model.index(4, HallModel::StateColumn).data(LiveTableModel::RawRole).toInt(),
                 int(WindowState::Paused));
    }

    void totalsPerService()
    {
        TestDatabase tdb;
        FixedClock clock(at(10, 0));
        Kezek::Test::StaffedQueue queue(tdb.db(), clock);
        const Catalogue catalogue(tdb.db());
        const int idCard = catalogue.service(QStringLiteral("ID-CARD"))->id;
        const int eds = catalogue.service(QStringLiteral("EDS"))->id;
        QVERIFY(queue.issue(idCard, {}));
        clock.advance(120);
        QVERIFY(queue.issue(idCard, {}));
        QVERIFY(queue.issue(eds, {}));
        clock.advance(60);
        LivePicture live(tdb.db(), clock);
        ServiceTotalsModel model(live.center, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.totalWaiting(), 3);
        QCOMPARE(model.index(0, ServiceTotalsModel::ServiceColumn).data().toString(),
                 QStringLiteral("A · ID card and passport"));
        QCOMPARE(model.index(0, ServiceTotalsModel::WaitingColumn).data(LiveTableModel::RawRole).toInt(), 2);
        QCOMPARE(model.index(0, ServiceTotalsModel::LongestWaitColumn).data().toString(), QStringLiteral("3 min"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QVERIFY(queue.callNext(1));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(0, ServiceTotalsModel::WaitingColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, ServiceTotalsModel::LongestWaitColumn).data().toString(), QStringLiteral("1 min"));

        model.setLanguage(QStringLiteral("ru"));
        QCOMPARE(model.index(3, ServiceTotalsModel::ServiceColumn).data().toString(),
                 QString::fromUtf8("D · Выдача ЭЦП"));
    }
};

QTEST_GUILESS_MAIN(TestHallModel)
#include "tst_hallmodel.moc"
