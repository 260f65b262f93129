// CurrentTicketModel (the ticket at a window, one row or none) and ServedServicesModel (the finish checklist).
#include "LivePicture.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "models/CurrentTicketModel.h"
#include "models/ServedServicesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestTicketModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void currentTicketFollowsTheWindow()
    {
        TestDatabase tdb;
        FixedClock clock(at(10, 0));
        Kezek::Test::StaffedQueue queue(tdb.db(), clock);
        // A booked citizen: source, slot, masked IIN and name come from the booking.
        Query booking(tdb.db(), QStringLiteral("INSERT INTO bookings (channel, booking_id, iin, full_name, phone, "
                                               "service_id, slot_start, created_at) VALUES ('egov', 'E-1', "
                                               "'950812300123', 'Асқар Нұрланұлы', '', "
                                               "(SELECT id FROM services WHERE code = 'ID-CARD'), :slot, 0)"));
        booking.bind(QStringLiteral(":slot"), at(10, 15));
        QVERIFY(booking.exec(QStringLiteral("booking")));
        QVERIFY(queue.checkIn(QStringLiteral("E-1")));

        LivePicture live(tdb.db(), clock);

        CurrentTicketModel model(live.center, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindowNumber(1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.ticket());
        QCOMPARE(model.window()->number, 1);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        clock.set(at(10, 12));
        auto called = queue.callNext(1);
        QVERIFY(called);
        QCOMPARE(inserted.count(), 1);
        const auto field = [&model](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(field(CurrentTicketModel::NumberColumn), QStringLiteral("A001"));
        QCOMPARE(field(CurrentTicketModel::StateColumn), QStringLiteral("called"));
        QCOMPARE(field(CurrentTicketModel::SourceColumn), QStringLiteral("egov.kz"));
        QCOMPARE(field(CurrentTicketModel::SlotColumn), QStringLiteral("10:15"));
        QCOMPARE(field(CurrentTicketModel::IinColumn), QStringLiteral("9508******23"));
        QCOMPARE(field(CurrentTicketModel::NameColumn), QString::fromUtf8("Асқар Нұрланұлы"));
        QCOMPARE(field(CurrentTicketModel::CallsColumn), QStringLiteral("1/3"));
        QCOMPARE(field(CurrentTicketModel::ServiceTimeColumn), QString());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(30);
        QVERIFY(queue.startServing(called->ticket.id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(field(CurrentTicketModel::StateColumn), QStringLiteral("being served"));
        clock.advance(90);
        model.tick();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(field(CurrentTicketModel::ServiceTimeColumn), QStringLiteral("1 min"));

        QVERIFY(queue.finish(called->ticket.id, {ServedServiceInput{called->ticket.serviceId, Outcome::Done, {}}}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void servedChecklist()
    {
        TestDatabase tdb;
        auto services = Catalogue(tdb.db()).services();
        QVERIFY(services);
        QList<Service> two{services->at(0), services->at(2)}; // ID-CARD, RESULT
        ServedServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(two, QStringLiteral("en"), two.at(0).id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.servedCount(), 1);
        QCOMPARE(model.index(0, ServedServicesModel::ServiceColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.flags(model.index(0, ServedServicesModel::ServiceColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(model.index(0, ServedServicesModel::NoteColumn)) & Qt::ItemIsEditable);

        QSignalSpy servedChanged(&model, &ServedServicesModel::servedChanged);
        // Choosing an outcome ticks the service.
        QVERIFY(model.setData(model.index(1, ServedServicesModel::OutcomeColumn), int(Outcome::Refused)));
        QVERIFY(model.setData(model.index(1, ServedServicesModel::NoteColumn), QStringLiteral("  no documents  ")));
        QVERIFY(!model.setData(model.index(1, ServedServicesModel::OutcomeColumn), 7));
        QCOMPARE(servedChanged.count(), 2);
        const auto served = model.served();
        QCOMPARE(served.size(), 2);
        QCOMPARE(served.at(1).serviceId, two.at(1).id);
        QCOMPARE(served.at(1).outcome, Outcome::Refused);
        QCOMPARE(served.at(1).note, QStringLiteral("no documents"));
        QCOMPARE(model.index(1, ServedServicesModel::OutcomeColumn).data().toString(), QStringLiteral("refused"));

        QVERIFY(model.setData(model.index(0, ServedServicesModel::ServiceColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(1, ServedServicesModel::ServiceColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.servedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTicketModels)
#include "tst_ticketmodels.moc"
