#pragma once

// The queue as the demo center's staff work it: QueueService with each step done by the person whose work it is,
// so that tests about call order, figures or screens read as before. Reception issues, checks in and cancels; the
// operator holding a window calls there and works on the tickets at it. Tests of who may do what (tst_roles) call
// QueueService with actors of their own.
#include "auth/Actor.h"
#include "db/Database.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "domain/TicketStore.h"

#include <QTest>

namespace Kezek::Test {

// A demo account as signed in; a missing one ends the test run (the fixture is broken, not the code). When the
// database cannot be read (the tests of a lost database), an unknown operator stands in, and the step itself meets
// the failure the test is about.
inline Actor account(const Database &db, const QString &login, Role role = Role::Operator)
{
    auto person = Catalogue(db).operatorByLogin(login);
    if (!person && person.failure().kind == Failure::Kind::NotFound)
        qFatal("test fixture: no account %s: %s", qPrintable(login), qPrintable(person.message()));
    if (!person)
        return Actor{Operator{-1, login, login, role}, std::nullopt};
    return Actor{*person, std::nullopt};
}

inline Actor desk(const Database &db)
{
    return account(db, QStringLiteral("reception"), Role::Reception);
}

inline Actor supervisor(const Database &db)
{
    return account(db, QStringLiteral("supervisor"), Role::Supervisor);
}

inline Actor administrator(const Database &db)
{
    return account(db, QStringLiteral("admin"), Role::Admin);
}

// The operator who holds window `number` (in the demo center opNN holds window NN), at it.
inline Actor atWindow(const Database &db, int number)
{
    auto window = Catalogue(db).window(number);
    if (!window && window.failure().kind == Failure::Kind::NotFound)
        qFatal("test fixture: no window %d: %s", number, qPrintable(window.message()));
    if (!window)
        return Actor{Operator{-1, QString(), QString(), Role::Operator}, std::nullopt};
    const QString login = window->operatorId
        ? Catalogue(db).operatorById(*window->operatorId).value().login
        : QStringLiteral("op%1").arg(number, 2, 10, QLatin1Char('0'));
    Actor actor = account(db, login);
    actor.windowId = window->id;
    return actor;
}

class StaffedQueue final
{
public:
    StaffedQueue(const Database &db, const Clock &clock) : m_db(db), m_queue(db, clock) { }

    Result<Ticket> issue(int serviceId, const QString &category) { return m_queue.issue(serviceId, category, desk(m_db)); }
    Result<CheckInResult> checkIn(const QString &code) { return m_queue.checkIn(code, desk(m_db)); }
    Result<CheckInResult> checkInByIin(const QString &iin) { return m_queue.checkInByIin(iin, desk(m_db)); }
    Result<CallResult> callNext(int window) { return m_queue.callNext(window, atWindow(m_db, window)); }
    Result<Ticket> callChosen(int window, qint64 id) { return m_queue.callChosen(window, id, atWindow(m_db, window)); }
    Result<Ticket> callNumber(int window, const QString &number)
    {
        return m_queue.callNumber(window, number, atWindow(m_db, window));
    }
    Result<Ticket> recall(qint64 id) { return m_queue.recall(id, worker(id)); }
    Result<Ticket> startServing(qint64 id) { return m_queue.startServing(id, worker(id)); }
    Result<Ticket> finish(qint64 id, const QList<ServedServiceInput> &served)
    {
        return m_queue.finish(id, served, worker(id));
    }
    Result<Ticket> markNoShow(qint64 id) { return m_queue.markNoShow(id, worker(id)); }
    Result<Ticket> postpone(qint64 id, qint64 returnAt) { return m_queue.postpone(id, returnAt, worker(id)); }
    Result<Ticket> transferToWindow(qint64 id, int window, const QString &note)
    {
        return m_queue.transferToWindow(id, window, note, worker(id));
    }
    Result<Ticket> transferToService(qint64 id, int serviceId, const QString &note)
    {
        return m_queue.transferToService(id, serviceId, note, worker(id));
    }
    Result<Ticket> cancel(qint64 id) { return m_queue.cancel(id, CancelReason::CitizenLeft, desk(m_db)); }
    Status signIn(int window, int operatorId)
    {
        return m_queue.signIn(window, Actor{Catalogue(m_db).operatorById(operatorId).value(), std::nullopt});
    }
    Status setWindowState(int window, WindowState state, std::optional<PauseReason> reason)
    {
        return m_queue.setWindowState(window, state, reason, atWindow(m_db, window));
    }

    // The engine itself, for a step with an actor of the test's choosing.
    QueueService &engine() { return m_queue; }

private:
    // Who works on the ticket: the operator holding its window; for a ticket at no window (a step the lifecycle
    // refuses), the operator of window 1.
    Actor worker(qint64 ticketId) const
    {
        auto ticket = TicketStore(m_db).byId(ticketId);
        if (ticket && ticket->windowId) {
            if (auto window = Catalogue(m_db).windowById(*ticket->windowId); window && window->operatorId)
                return Actor{Catalogue(m_db).operatorById(*window->operatorId).value(), std::nullopt};
        }
        return atWindow(m_db, 1);
    }

    const Database &m_db;
    QueueService m_queue;
};

} // namespace Kezek::Test
