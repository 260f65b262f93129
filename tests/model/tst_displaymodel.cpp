// The hall display's model: calls read by event id (so days roll over), bounded lists, announcements in order,
// and a display that keeps going when the database is briefly unavailable.
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "KezekctlProcess.h"
#include "LivePicture.h"
#include "display/CallListModel.h"
#include "display/DisplayModel.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

QStringList rows(const CallListModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        out << model->index(row, CallListModel::TicketColumn).data().toString() + QLatin1Char('>')
                   + model->index(row, CallListModel::WindowColumn).data().toString();
    }
    return out;
}

QStringList drain(DisplayModel &model)
{
    QStringList out;
    while (const auto call = model.takeAnnouncement())
        out << call->number + QLatin1Char('>') + QString::number(call->windowNumber);
    return out;
}

} // namespace

class TestDisplayModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void startsWithHistoryAndAnnouncesNothingOld();
    void burstIsAnnouncedInOrder();
    void historyIsBounded();
    void recallIsAnnouncedAgain();
    void dayChange();
    void recoversAfterTheDatabaseWasUnavailable();
    void followsThePictureWithoutReadingTickets();
    void aPictureBehindIsNotConnected();

private:
    int serviceId(const char *code) { return Catalogue(m_test->db()).service(QString::fromLatin1(code))->id; }
    void issueAndCall(int window, const char *code = "RESULT");

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<LivePicture> m_live;
    std::unique_ptr<DisplayModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_recentTester;
    std::unique_ptr<QAbstractItemModelTester> m_nowTester;
};

void TestDisplayModel::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(at(10, 0));
    m_live = std::make_unique<LivePicture>(m_test->db(), *m_clock);
    m_model = std::make_unique<DisplayModel>(m_test->db(), m_live->center, *m_clock);
    m_recentTester = std::make_unique<QAbstractItemModelTester>(m_model->recentCalls(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_nowTester = std::make_unique<QAbstractItemModelTester>(m_model->calledNow(),
                                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDisplayModel::cleanup()
{
    m_recentTester.reset();
    m_nowTester.reset();
    m_model.reset();
    m_live.reset();
    m_clock.reset();
    m_test.reset();
}

void TestDisplayModel::issueAndCall(int window, const char *code)
{
    Kezek::Test::StaffedQueue queue(m_test->db(), *m_clock);
    auto ticket = queue.issue(serviceId(code), {});
    QVERIFY2(ticket, qPrintable(ticket ? QString() : ticket.message()));
    auto called = queue.callNext(window);
    QVERIFY2(called, qPrintable(called ? QString() : called.message()));
}

void TestDisplayModel::startsWithHistoryAndAnnouncesNothingOld()
{
    issueAndCall(1);
    issueAndCall(2);
    QVERIFY(m_model->refresh());
    QCOMPARE(rows(m_model->recentCalls()), (QStringList{"C002>2", "C001>1"}));
    QCOMPARE(m_model->pendingCount(), 0);
    QCOMPARE(rows(m_model->calledNow()), (QStringList{"C002>2", "C001>1"}));
}

void TestDisplayModel::burstIsAnnouncedInOrder()
{
    QVERIFY(m_model->refresh());
    QSignalSpy pending(m_model.get(), &DisplayModel::announcementsPending);
    // Five windows call within the same second.
    for (int window = 1; window <= 5; ++window)
        issueAndCall(window);
    QVERIFY(m_model->refresh());
    QCOMPARE(pending.count(), 1);
    QCOMPARE(m_model->pendingCount(), 5);
    QCOMPARE(drain(*m_model), (QStringList{"C001>1", "C002>2", "C003>3", "C004>4", "C005>5"}));
    QCOMPARE(rows(m_model->recentCalls()), (QStringList{"C005>5", "C004>4", "C003>3", "C002>2", "C001>1"}));
    QCOMPARE(m_model->waitingCount(), 0);
}

void TestDisplayModel::historyIsBounded()
{
    QVERIFY(m_model->refresh());
    Kezek::Test::StaffedQueue queue(m_test->db(), *m_clock);
    // Twelve calls at window 12 (each finished before the next), more than the six the board keeps.
    for (int i = 0; i < 12; ++i) {
        QVERIFY(queue.issue(serviceId("CONSULT"), {}));
        auto called = queue.callNext(12);
        QVERIFY(called);
        QVERIFY(queue.startServing(called->ticket.id));
        QVERIFY(queue.finish(called->ticket.id, {ServedServiceInput{serviceId("CONSULT"), Outcome::Done, {}}}));
        m_clock->advance(10);
    }
    QVERIFY(m_model->refresh());
    QCOMPARE(m_model->recentCalls()->rowCount(), DisplayModel::defaultHistory);
    QCOMPARE(rows(m_model->recentCalls()).first(), QStringLiteral("K012>12"));
    QCOMPARE(m_model->pendingCount(), 12);
    QCOMPARE(m_model->calledNow()->rowCount(), 0);
}

void TestDisplayModel::recallIsAnnouncedAgain()
{
    issueAndCall(4);
    QVERIFY(m_model->refresh());
    m_clock->advance(90);
    Kezek::Test::StaffedQueue queue(m_test->db(), *m_clock);
    auto ticket = queue.recall(m_model->calledNow()->calls().first().ticketId);
    QVERIFY2(ticket, qPrintable(ticket ? QString() : ticket.message()));
    QVERIFY(m_model->refresh());
    const auto call = m_model->takeAnnouncement();
    QVERIFY(call);
    QCOMPARE(call->number, QStringLiteral("C001"));
    QVERIFY(call->recall);
}

void TestDisplayModel::dayChange()
{
    m_clock->set(at(17, 50));
    issueAndCall(1);
    QVERIFY(m_model->refresh());
    QCOMPARE(rows(m_model->calledNow()), QStringList{"C001>1"});

    // Midnight passes with the display running: yesterday's calls leave the board by themselves.
    m_clock->set(onDay(2020, 5, 19, 9, 0));
    m_live->center.tick();
    QVERIFY(m_model->refresh());
    QCOMPARE(m_model->recentCalls()->rowCount(), 0);
    QCOMPARE(m_model->calledNow()->rowCount(), 0);

    // Numbers restart, and the new day's calls still arrive (events are read by id, not by day).
    issueAndCall(5);
    QVERIFY(m_model->refresh());
    QCOMPARE(drain(*m_model), QStringList{"C001>5"});
    QCOMPARE(rows(m_model->recentCalls()), QStringList{"C001>5"});
    QCOMPARE(rows(m_model->calledNow()), QStringList{"C001>5"});
}

void TestDisplayModel::recoversAfterTheDatabaseWasUnavailable()
{
    QSignalSpy connection(m_model.get(), &DisplayModel::connectionChanged);
    QVERIFY(m_model->refresh());
    QVERIFY(m_model->isConnected());
    RawDatabase raw(m_test->path(), QStringLiteral("saboteur"));
    QVERIFY(raw.isOpen());
    // Another program takes the calls away for a moment (a restore, a migration): the display's reads fail.
    QVERIFY(raw.exec(QStringLiteral("ALTER TABLE events RENAME TO events_away")));
    QVERIFY(!m_model->refresh());
    QVERIFY(!m_model->isConnected());
    QCOMPARE(connection.count(), 1);
    QVERIFY(!m_model->refresh()); // still away: still failing, no second signal
    QCOMPARE(connection.count(), 1);
    QVERIFY(raw.exec(QStringLiteral("ALTER TABLE events_away RENAME TO events")));
    issueAndCall(3);
    QVERIFY(m_model->refresh());
    QVERIFY(m_model->isConnected());
    QCOMPARE(connection.count(), 2);
    QCOMPARE(drain(*m_model), QStringList{"C001>3"});
}

void TestDisplayModel::followsThePictureWithoutReadingTickets()
{
    QVERIFY(m_model->refresh());
    Kezek::Test::StaffedQueue queue(m_test->db(), *m_clock);
    for (int i = 0; i < 4; ++i)
        QVERIFY(queue.issue(serviceId("RESULT"), {}));
    auto called = queue.callNext(2);
    QVERIFY(called);
    // The picture took in the call at its commit; the model's refresh reads the new calls only (the estimate was
    // worked out a moment ago and the waiting count has not changed since the issue that changed it).
    QVERIFY(m_model->refresh());
    const qint64 before = m_test->db().statementsRun();
    QVERIFY(m_model->refresh());
    QCOMPARE(m_test->db().statementsRun() - before, qint64(1));
    QCOMPARE(rows(m_model->calledNow()), QStringList{"C001>2"});
    QCOMPARE(m_model->waitingCount(), 3);
    // A postponed citizen still waits in the hall and is counted.
    QVERIFY(queue.postpone(called->ticket.id, m_clock->now() + 600));
    QVERIFY(m_model->refresh());
    QCOMPARE(m_model->waitingCount(), 4);
    QCOMPARE(m_model->calledNow()->rowCount(), 0);
}

void TestDisplayModel::aPictureBehindIsNotConnected()
{
    QVERIFY(m_model->refresh());
    RawDatabase raw(m_test->path(), QStringLiteral("saboteur"));
    QVERIFY(raw.isOpen());
    QVERIFY(raw.exec(QStringLiteral("ALTER TABLE tickets RENAME TO tickets_away")));
    // The picture cannot read the change a call made: the board says it is not connected until it can.
    QVERIFY(!m_live->center.apply(ChangeSet::all()));
    QVERIFY(m_live->center.isBehind());
    (void)m_model->refresh();
    QVERIFY(!m_model->isConnected());
    QVERIFY(raw.exec(QStringLiteral("ALTER TABLE tickets_away RENAME TO tickets")));
    m_live->center.tick();
    QVERIFY(!m_live->center.isBehind());
    QVERIFY(m_model->refresh());
    QVERIFY(m_model->isConnected());
}

QTEST_GUILESS_MAIN(TestDisplayModel)
#include "tst_displaymodel.moc"
