// Ticket steps beyond the call order: recall limits, no-show, finish records, refusals, events, restarts.
#include "StaffedQueue.h"
#include "RawDatabase.h"
#include "TestDatabase.h"

#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "domain/TicketStore.h"

#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestQueueService final : public QObject
{
    Q_OBJECT

private slots:
    void theQueueHistoryCannotBeChanged();
    void recallRespectsSpacingAndLimit();
    void noShowOnlyAfterRecallLimit();
    void finishRecordsEveryServedService();
    void finishNeedsAServedService();
    void illegalStepsAreRefusedWithReason_data();
    void illegalStepsAreRefusedWithReason();
    void stepAtAnotherWindowIsRefused();
    void busyWindowCannotCallAgain();
    void aChosenTicketIsCalledOutOfTurn();
    void aCitizenAtTheDeskIsServedWithoutACall();
    void aTicketIsCancelledWithItsReason();
    void pausedWindowCannotCall();
    void pauseNeedsReason();
    void nobodyWaitingIsNothingToDo();
    void everyStateChangeLeavesOneEvent();
    void waitingTicketsSurviveRestart();
    void yesterdaysLeftoversAreNotCalledToday();
    void ticketsLeftAtWindowsAreClosedOutNextDay();
    void transferKeepsNumberAndArrival();
    void transferRefusesItsOwnServiceAndClosedWindows();
    void bookingOnlyCenterRefusesWalkIns();
    void checkInTellsLateness();
    void unknownPriorityCategoryIsRefused();
    void iinTypedAsABookingCodeIsMasked();

private:
    static int serviceId(Database &db, const char *code);
};

int TestQueueService::serviceId(Database &db, const char *code)
{
    auto service = Catalogue(db).service(QString::fromLatin1(code));
    return service ? service->id : -1;
}

void TestQueueService::recallRespectsSpacingAndLimit()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
    auto called = queue.callNext(1);
    QVERIFY(called.ok());
    const qint64 id = called->ticket.id;

    clock.advance(30);
    auto tooSoon = queue.recall(id);
    QVERIFY(!tooSoon.ok());
    QVERIFY2(tooSoon.message().contains(QLatin1String("60 s apart")), qPrintable(tooSoon.message()));

    clock.advance(30);
    auto second = queue.recall(id);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.message()));
    QCOMPARE(second->callCount, 2);
    clock.advance(60);
    auto third = queue.recall(id);
    QVERIFY(third.ok());
    QCOMPARE(third->callCount, 3);
    clock.advance(60);
    auto fourth = queue.recall(id);
    QVERIFY(!fourth.ok());
    QVERIFY2(fourth.message().contains(QLatin1String("the limit")), qPrintable(fourth.message()));
}

void TestQueueService::noShowOnlyAfterRecallLimit()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
    const qint64 id = queue.callNext(1)->ticket.id;
    clock.advance(90);
    auto early = queue.markNoShow(id);
    QVERIFY(!early.ok());
    QVERIFY2(early.message().contains(QLatin1String("1 of 3")), qPrintable(early.message()));
    QVERIFY(queue.recall(id).ok());
    clock.advance(60);
    QVERIFY(queue.recall(id).ok());
    // The third call was the last chance: the no-show is recorded at once, the window does not idle another minute.
    clock.advance(10);
    auto noShow = queue.markNoShow(id);
    QVERIFY(noShow.ok());
    QCOMPARE(noShow->state, TicketState::NoShow);
}

// The operator calls a citizen of the window's queue out of call-next's order: by the row, or by the number typed.
void TestQueueService::aChosenTicketIsCalledOutOfTurn()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    auto issued = {queue.issue(serviceId(d.db(), "ID-CARD"), {}), queue.issue(serviceId(d.db(), "ID-CARD"), {}),
                   queue.issue(serviceId(d.db(), "BIRTH"), {})}; // windows 8-9 serve births, not window 1
    QList<qint64> ids;
    for (const auto &ticket : issued) {
        if (!ticket)
            QFAIL(qPrintable(ticket.message()));
        ids << ticket->id;
    }
    const qint64 first = ids.at(0);
    const qint64 second = ids.at(1);
    const qint64 elsewhere = ids.at(2);
    // Another window's service is not this window's to call.
    auto refused = queue.callChosen(1, elsewhere);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains("not in the queue of window 1"), qPrintable(refused.message()));
    auto called = queue.callChosen(1, second);
    if (!called)
        QFAIL(qPrintable(called.message()));
    QCOMPARE(called->state, TicketState::Called);
    QCOMPARE(called->callCount, 1);
    // The window is busy now; the first ticket still waits, and is not called twice.
    QVERIFY(!queue.callChosen(1, first).ok());
    Query note(d.db(), QStringLiteral("SELECT note FROM events WHERE ticket_id = :t AND action = 'call'"));
    note.bind(QStringLiteral(":t"), second);
    QVERIFY(note.exec(QStringLiteral("reading the call event")));
    QVERIFY(note.next());
    QCOMPARE(note.text(0), QStringLiteral("chosen from the queue"));
    QVERIFY(!queue.markNoShow(second).ok()); // called once of three: no-show refused as ever
    QVERIFY(queue.startServing(second).ok());
    QVERIFY(queue.finish(second, {ServedServiceInput{serviceId(d.db(), "ID-CARD"), Outcome::Done, {}}}).ok());
    // By number, typed in small letters; a called or finished one is refused with its state.
    QVERIFY2(!queue.callNumber(1, "a002").ok(), "A002 is served, not waiting");
    auto byNumber = queue.callNumber(1, " a001 ");
    if (!byNumber)
        QFAIL(qPrintable(byNumber.message()));
    QCOMPARE(byNumber->id, first);
    auto unknown = queue.callNumber(2, "Z999");
    QVERIFY(!unknown.ok());
}

// The citizen came up to the desk without the call: served at once, one step, one event that says so.
void TestQueueService::aCitizenAtTheDeskIsServedWithoutACall()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QueueService service(d.db(), clock);
    const qint64 first = queue.issue(serviceId(d.db(), "ID-CARD"), {})->id;
    const qint64 births = queue.issue(serviceId(d.db(), "BIRTH"), {})->id;
    clock.advance(120);
    // Not this window's service; and nobody serves without holding the window.
    QVERIFY(!service.serveChosen(1, births, atWindow(d.db(), 1)).ok());
    QCOMPARE(service.serveChosen(1, first, atWindow(d.db(), 2)).failure().kind, Failure::Kind::Forbidden);
    auto serving = service.serveNumber(1, " a001", atWindow(d.db(), 1));
    if (!serving)
        QFAIL(qPrintable(serving.message()));
    QCOMPARE(serving->state, TicketState::Serving);
    QCOMPARE(serving->callCount, 0);
    QCOMPARE(*serving->servingAt, clock.now());
    QCOMPARE(*serving->firstCalledAt, clock.now()); // the wait ended at the desk: two minutes
    const RawDatabase raw(d.path());
    QCOMPARE(raw.column(QStringLiteral("SELECT action || ':' || coalesce(from_state, '') || '>' || to_state || ':' "
                                       "|| coalesce(note, '') FROM events WHERE ticket_id = %1 ORDER BY id")
                            .arg(first)),
             (QStringList{"issue:>waiting:", "serve:waiting>serving:served without a call: the citizen was at the desk"}));
    // The window has a citizen now: nobody else is taken, and the ticket finishes as any other.
    const qint64 second = queue.issue(serviceId(d.db(), "ID-CARD"), {})->id;
    QVERIFY(!service.serveChosen(1, second, atWindow(d.db(), 1)).ok());
    QVERIFY(queue.finish(first, {ServedServiceInput{serviceId(d.db(), "ID-CARD"), Outcome::Done, {}}}).ok());
    QVERIFY(!service.serveNumber(1, "A001", atWindow(d.db(), 1)).ok()); // served: not waiting
}

// Cancelled with a reason: a waiting ticket at the desk, a called one by its window's operator; the event keeps the
// reason's key.
void TestQueueService::aTicketIsCancelledWithItsReason()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QueueService service(d.db(), clock);
    const qint64 mistaken = queue.issue(serviceId(d.db(), "ID-CARD"), {})->id;
    const qint64 leaving = queue.issue(serviceId(d.db(), "ID-CARD"), {})->id;
    // A waiting ticket is not the operator's to cancel.
    QCOMPARE(service.cancel(mistaken, CancelReason::IssuedByMistake, atWindow(d.db(), 1)).failure().kind,
             Failure::Kind::Forbidden);
    auto cancelled = service.cancelNumber("a001", CancelReason::IssuedByMistake, desk(d.db()));
    if (!cancelled)
        QFAIL(qPrintable(cancelled.message()));
    QCOMPARE(cancelled->id, mistaken);
    QCOMPARE(cancelled->state, TicketState::Cancelled);
    // The next one is called, and its citizen says at the desk that they leave: the window's operator cancels it.
    QCOMPARE(queue.callNext(1)->ticket.id, leaving);
    QCOMPARE(service.cancel(leaving, CancelReason::CitizenLeft, desk(d.db())).failure().kind, Failure::Kind::Forbidden);
    QCOMPARE(service.cancel(leaving, CancelReason::CitizenLeft, atWindow(d.db(), 2)).failure().kind,
             Failure::Kind::Forbidden);
    auto left = service.cancel(leaving, CancelReason::CitizenLeft, atWindow(d.db(), 1));
    if (!left)
        QFAIL(qPrintable(left.message()));
    QCOMPARE(left->state, TicketState::Cancelled);
    const RawDatabase raw(d.path());
    QCOMPARE(raw.column("SELECT ticket_id || ':' || from_state || ':' || note FROM events WHERE action = 'cancel' "
                        "ORDER BY id"),
             (QStringList{QString::number(mistaken) + ":waiting:issued-by-mistake",
                          QString::number(leaving) + ":called:citizen-left"}));
    // The window is free again; a cancelled ticket cannot be cancelled twice.
    QVERIFY(queue.callNext(1).failure().kind == Failure::Kind::NothingToDo);
    auto again = service.cancel(leaving, CancelReason::CitizenLeft, atWindow(d.db(), 1));
    QVERIFY2(!again && again.message().contains("only a waiting or called ticket"), qPrintable(again.message()));
}

void TestQueueService::finishRecordsEveryServedService()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
    const qint64 id = queue.callNext(1)->ticket.id;
    clock.advance(40);
    QVERIFY(queue.startServing(id).ok());
    clock.advance(600);
    auto finished = queue.finish(id, {{serviceId(d.db(), "ID-CARD"), Outcome::Done, "new card ordered"},
                                      {serviceId(d.db(), "RESULT"), Outcome::Refused, "not ready yet"}});
    QVERIFY2(finished.ok(), qPrintable(finished.ok() ? QString() : finished.message()));
    QCOMPARE(finished->state, TicketState::Served);

    Query q(d.db(), "SELECT s.code, r.outcome, r.note, r.started_at, r.ended_at, w.number FROM served_services r "
                    "JOIN services s ON s.id = r.service_id JOIN windows w ON w.id = r.window_id "
                    "WHERE r.ticket_id = :t ORDER BY s.code");
    q.bind(":t", id);
    QVERIFY(q.exec("test").ok());
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QString("ID-CARD"));
    QCOMPARE(q.text(1), QString("done"));
    QCOMPARE(q.text(2), QString("new card ordered"));
    QCOMPARE(q.int64(3), at(9, 0, 40));
    QCOMPARE(q.int64(4), at(9, 10, 40));
    QCOMPARE(q.integer(5), 1);
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QString("RESULT"));
    QCOMPARE(q.text(1), QString("refused"));
    QVERIFY(!q.next());
}

void TestQueueService::finishNeedsAServedService()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
    const qint64 id = queue.callNext(1)->ticket.id;
    QVERIFY(queue.startServing(id).ok());
    auto refused = queue.finish(id, {});
    QVERIFY(!refused.ok());
    QCOMPARE(TicketStore(d.db()).byId(id)->state, TicketState::Serving);
}

void TestQueueService::illegalStepsAreRefusedWithReason_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("reason");
    QTest::newRow("serve a waiting ticket") << "serve" << "call it first";
    QTest::newRow("finish a called ticket") << "finish" << "start serving it first";
    QTest::newRow("recall a waiting ticket") << "recall" << "only a called ticket";
    QTest::newRow("no-show of a waiting ticket") << "no-show" << "only a called ticket";
    QTest::newRow("postpone a waiting ticket") << "postpone" << "only a called or served";
}

void TestQueueService::illegalStepsAreRefusedWithReason()
{
    QFETCH(QString, step);
    QFETCH(QString, reason);
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    auto ticket = queue.issue(serviceId(d.db(), "ID-CARD"), {});
    QVERIFY(ticket.ok());
    qint64 id = ticket->id;
    if (step == QLatin1String("finish")) {
        id = queue.callNext(1)->ticket.id;
    }
    Result<Ticket> result = step == QLatin1String("serve")     ? queue.startServing(id)
        : step == QLatin1String("finish")                      ? queue.finish(id, {{ticket->serviceId, Outcome::Done, {}}})
        : step == QLatin1String("recall")                      ? queue.recall(id)
        : step == QLatin1String("no-show")                     ? queue.markNoShow(id)
                                                               : queue.postpone(id, at(10, 0));
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(reason), qPrintable(result.message()));
    QCOMPARE(result.failure().kind, Failure::Kind::Conflict);
}

void TestQueueService::stepAtAnotherWindowIsRefused()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
    const qint64 id = queue.callNext(1)->ticket.id;
    auto refused = queue.engine().startServing(id, Kezek::Test::atWindow(d.db(), 2));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QLatin1String("at window 1")), qPrintable(refused.message()));
}

void TestQueueService::busyWindowCannotCallAgain()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
    QVERIFY(queue.callNext(1).ok());
    auto again = queue.callNext(1);
    QVERIFY(!again.ok());
    QVERIFY2(again.message().contains(QLatin1String("A001")), qPrintable(again.message()));
}

void TestQueueService::pausedWindowCannotCall()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
    QVERIFY(queue.setWindowState(1, WindowState::Paused, PauseReason::Disinfection).ok());
    auto refused = queue.callNext(1);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QLatin1String("disinfection")), qPrintable(refused.message()));
    QVERIFY(queue.setWindowState(1, WindowState::Open, std::nullopt).ok());
    QVERIFY(queue.callNext(1).ok());
    auto events = Query::scalar(d.db(), "SELECT count(*) FROM window_events WHERE reason = 'disinfection'", {}, "t");
    QCOMPARE(events->value_or(0), 1);
}

void TestQueueService::pauseNeedsReason()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(!queue.setWindowState(1, WindowState::Paused, std::nullopt).ok());
    QCOMPARE(Catalogue(d.db()).window(1)->state, WindowState::Open);
}

void TestQueueService::nobodyWaitingIsNothingToDo()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    auto none = queue.callNext(1);
    QVERIFY(!none.ok());
    QCOMPARE(none.failure().kind, Failure::Kind::NothingToDo);
}

void TestQueueService::everyStateChangeLeavesOneEvent()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    const qint64 id = queue.issue(serviceId(d.db(), "ID-CARD"), {})->id;
    clock.advance(60);
    QVERIFY(queue.callNext(1).ok());
    clock.advance(60);
    QVERIFY(queue.recall(id).ok());
    QVERIFY(queue.startServing(id).ok());
    QVERIFY(queue.postpone(id, at(9, 30)).ok());
    clock.set(at(9, 31));
    QVERIFY(queue.callNext(1).ok());
    QVERIFY(queue.startServing(id).ok());
    QVERIFY(queue.transferToWindow(id, 12, "needs the supervisor").ok());
    QVERIFY(queue.callNext(12).ok());
    QVERIFY(queue.startServing(id).ok());
    QVERIFY(queue.finish(id, {{serviceId(d.db(), "ID-CARD"), Outcome::Done, {}}}).ok());

    Query q(d.db(), "SELECT action, coalesce(from_state, '-'), to_state FROM events WHERE ticket_id = :t ORDER BY id");
    q.bind(":t", id);
    QVERIFY(q.exec("t").ok());
    QStringList trail;
    while (q.next())
        trail.append(q.text(0) + ':' + q.text(1) + '>' + q.text(2));
    QCOMPARE(trail, QStringList({"issue:->waiting", "call:waiting>called", "recall:called>called",
                                 "serve:called>serving", "postpone:serving>postponed", "call:postponed>called",
                                 "serve:called>serving", "transfer:serving>transferred", "call:transferred>called",
                                 "serve:called>serving", "finish:serving>served"}));
}

void TestQueueService::waitingTicketsSurviveRestart()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    {
        Kezek::Test::StaffedQueue queue(d.db(), clock);
        QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
        QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), "veteran").ok());
    }
    d.reopen();
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    auto first = queue.callNext(1);
    QVERIFY(first.ok());
    QCOMPARE(first->ticket.number, QString("A002"));
    QCOMPARE(first->tier, CallTier::Priority);
    // The day's numbering continues after a restart.
    QCOMPARE(queue.issue(serviceId(d.db(), "ID-CARD"), {})->number, QString("A003"));
}

void TestQueueService::yesterdaysLeftoversAreNotCalledToday()
{
    TestDatabase d;
    FixedClock clock(at(17, 50));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    QVERIFY(queue.issue(serviceId(d.db(), "ID-CARD"), {}).ok());
    clock.set(onDay(2020, 5, 19, 9, 0));
    auto today = queue.issue(serviceId(d.db(), "ID-CARD"), {});
    QCOMPARE(today->number, QString("A001"));
    auto called = queue.callNext(1);
    QVERIFY(called.ok());
    QCOMPARE(called->ticket.id, today->id);
    QCOMPARE(queue.callNext(2).failure().kind, Failure::Kind::NothingToDo);
    // Yesterday's A001 was closed out by the first call of the day, with its event.
    Query q(d.db(), "SELECT t.state, e.action, e.from_state, e.note FROM tickets t JOIN events e ON e.ticket_id = t.id "
                    "WHERE t.day = '2020-05-18' ORDER BY e.id DESC LIMIT 1");
    QVERIFY(q.exec("t").ok() && q.next());
    QCOMPARE(q.text(0), QString("cancelled"));
    QCOMPARE(q.text(1), QString("cancel"));
    QCOMPARE(q.text(2), QString("waiting"));
    QCOMPARE(q.text(3), QString("not called before closing"));
}

void TestQueueService::ticketsLeftAtWindowsAreClosedOutNextDay()
{
    TestDatabase d;
    FixedClock clock(at(17, 40));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    const int idCard = serviceId(d.db(), "ID-CARD");
    QVERIFY(queue.issue(idCard, {}).ok());
    QVERIFY(queue.issue(idCard, {}).ok());
    auto calledOnly = queue.callNext(1);
    auto beingServed = queue.callNext(2);
    QVERIFY(calledOnly.ok() && beingServed.ok());
    clock.set(at(17, 45));
    QVERIFY(queue.startServing(beingServed->ticket.id).ok());

    // The next morning nothing of yesterday stands at window 1, even before anyone acted.
    clock.set(onDay(2020, 5, 19, 9, 0));
    const QString today = QStringLiteral("2020-05-19");
    QVERIFY(!TicketStore(d.db()).atWindow(calledOnly->ticket.windowId.value(), today)->has_value());
    // The first step of the day closes both out, each with its event; then window 1 calls today's A001.
    auto fresh = queue.issue(idCard, {});
    QCOMPARE(fresh->number, QString("A001"));
    auto called = queue.callNext(1);
    QVERIFY2(called.ok(), qPrintable(called.ok() ? QString() : called.message()));
    QCOMPARE(called->ticket.id, fresh->id);

    Query q(d.db(), "SELECT t.state, t.finished_at, e.action, e.from_state, e.window_id, e.note FROM tickets t "
                    "JOIN events e ON e.ticket_id = t.id WHERE t.id = :id ORDER BY e.id DESC LIMIT 1");
    q.bind(":id", calledOnly->ticket.id);
    QVERIFY(q.exec("t").ok() && q.next());
    QCOMPARE(q.text(0), QString("no_show"));
    QCOMPARE(q.int64(1), at(18, 0)); // finished at that day's closing, not the next morning
    QCOMPARE(q.text(2), QString("no_show"));
    QCOMPARE(q.text(3), QString("called"));
    QCOMPARE(q.value(4).toInt(), calledOnly->ticket.windowId.value());
    QCOMPARE(q.text(5), QString("closed out at the end of the day: left at the window"));

    q.bind(":id", beingServed->ticket.id);
    QVERIFY(q.exec("t").ok() && q.next());
    QCOMPARE(q.text(0), QString("served"));
    QCOMPARE(q.int64(1), at(18, 0));
    QCOMPARE(q.text(2), QString("finish"));
    QCOMPARE(q.text(3), QString("serving"));
    Query served(d.db(), "SELECT service_id, outcome, started_at, ended_at FROM served_services WHERE ticket_id = :id");
    served.bind(":id", beingServed->ticket.id);
    QVERIFY(served.exec("t").ok() && served.next());
    QCOMPARE(served.integer(0), idCard);
    QCOMPARE(served.text(1), QString("done"));
    QCOMPARE(served.int64(2), at(17, 45));
    QCOMPARE(served.int64(3), at(18, 0));
    QVERIFY(!served.next());

    // Numbers resolve within their day: today's A001 is today's ticket, not yesterday's.
    QCOMPARE(TicketStore(d.db()).byNumber(QStringLiteral("A001"), today)->id, fresh->id);
}

void TestQueueService::transferKeepsNumberAndArrival()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    const Ticket issued = *queue.issue(serviceId(d.db(), "RESIDENCE"), {});
    clock.advance(300);
    QVERIFY(queue.callNext(5).ok());
    auto moved = queue.transferToService(issued.id, serviceId(d.db(), "EDS"), "needs a signature");
    QVERIFY(moved.ok());
    QCOMPARE(moved->number, issued.number);
    QCOMPARE(moved->arrival(), issued.arrival());
    QCOMPARE(moved->state, TicketState::Transferred);
    auto note = Query::scalar(d.db(), "SELECT count(*) FROM events WHERE note = 'needs a signature'", {}, "t");
    QCOMPARE(note->value_or(0), 1);
}

void TestQueueService::transferRefusesItsOwnServiceAndClosedWindows()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    const Ticket issued = *queue.issue(serviceId(d.db(), "RESIDENCE"), {});
    QVERIFY(queue.callNext(5).ok());
    auto sameService = queue.transferToService(issued.id, serviceId(d.db(), "RESIDENCE"), {});
    QVERIFY(!sameService.ok());
    QVERIFY2(sameService.message().contains("already for RESIDENCE"), qPrintable(sameService.message()));
    QVERIFY(queue.setWindowState(9, WindowState::Closed, std::nullopt).ok());
    auto closed = queue.transferToWindow(issued.id, 9, {});
    QVERIFY(!closed.ok());
    QVERIFY2(closed.message().contains("closed"), qPrintable(closed.message()));
    QCOMPARE(TicketStore(d.db()).byId(issued.id)->state, TicketState::Called);
}

void TestQueueService::bookingOnlyCenterRefusesWalkIns()
{
    TestDatabase d;
    Query mode(d.db(), "UPDATE center SET mode = 'booking-only'");
    QVERIFY(mode.exec("t").ok());
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    auto refused = queue.issue(serviceId(d.db(), "ID-CARD"), {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QLatin1String("booked citizens only")), qPrintable(refused.message()));
    // A consultation cannot be booked, so it stays a walk-in service even here.
    QVERIFY(queue.issue(serviceId(d.db(), "CONSULT"), {}).ok());
}

void TestQueueService::checkInTellsLateness()
{
    TestDatabase d;
    Query book(d.db(), "INSERT INTO bookings (channel, booking_id, iin, service_id, slot_start, created_at) "
                       "VALUES ('egov', 'EG-1', '950815350123', :s, :slot, 0)");
    book.bind(":s", serviceId(d.db(), "ID-CARD")).bind(":slot", at(10, 15));
    QVERIFY(book.exec("t").ok());
    FixedClock clock(at(10, 37));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    auto checked = queue.checkInByIin("950815350123");
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.message()));
    QVERIFY(checked->late);
    QCOMPARE(checked->lateBySeconds, 22 * 60);
    QCOMPARE(checked->ticket.lane, Lane::WalkIn);
    QCOMPARE(checked->ticket.source, TicketSource::Egov);
    QCOMPARE(checked->ticket.arrival(), at(10, 37));
    auto again = queue.checkIn("EG-1");
    QVERIFY(!again.ok());
    QVERIFY2(again.message().contains(QLatin1String("already checked in")), qPrintable(again.message()));
}

void TestQueueService::iinTypedAsABookingCodeIsMasked()
{
    TestDatabase d;
    FixedClock clock(at(10));
    auto checkedIn = Kezek::Test::StaffedQueue(d.db(), clock).checkIn("950815350123");
    QVERIFY(!checkedIn);
    QVERIFY2(checkedIn.message().contains("9508******23") && !checkedIn.message().contains("950815350123"),
             qPrintable(checkedIn.message()));
    auto ticket = TicketStore(d.db()).byNumber("950815350123", "2020-05-18");
    QVERIFY(!ticket);
    QVERIFY2(!ticket.message().contains("950815350123"), qPrintable(ticket.message()));
}

void TestQueueService::unknownPriorityCategoryIsRefused()
{
    TestDatabase d;
    FixedClock clock(at(9, 0));
    Kezek::Test::StaffedQueue queue(d.db(), clock);
    auto refused = queue.issue(serviceId(d.db(), "ID-CARD"), "vip");
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QLatin1String("veteran")), qPrintable(refused.message()));
}

// Ticket events, served services and window events stay as they were written: nobody changes or removes them,
// through Kezek or with the database's own tools (SQL on the file, psql on the server).
void TestQueueService::theQueueHistoryCannotBeChanged()
{
    TestDatabase t;
    FixedClock clock(at(10));
    StaffedQueue queue(t.db(), clock);
    const int idCard = serviceId(t.db(), "ID-CARD");
    auto ticket = queue.issue(idCard, {});
    QVERIFY(ticket);
    QVERIFY(queue.callNext(1));
    QVERIFY(queue.startServing(ticket->id));
    QVERIFY(queue.finish(ticket->id, {{idCard, Outcome::Done, {}}}));
    QVERIFY(queue.setWindowState(1, WindowState::Paused, PauseReason::Break).ok());
    RawDatabase raw(t.path(), "tamper");
    for (const char *table : {"events", "served_services", "window_events"}) {
        const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        const int before = raw.scalar(count).toInt();
        QVERIFY2(before > 0, table);
        QVERIFY2(!raw.exec(QStringLiteral("UPDATE %1 SET id = id + 1000").arg(QLatin1String(table))), table);
        QVERIFY2(!raw.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))), table);
        QCOMPARE(raw.scalar(count).toInt(), before);
    }
    // The queue goes on writing its history.
    QVERIFY(queue.setWindowState(1, WindowState::Open, std::nullopt).ok());
}

QTEST_GUILESS_MAIN(TestQueueService)
#include "tst_queueservice.moc"
