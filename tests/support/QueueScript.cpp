#include "QueueScript.h"

#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "domain/TicketStore.h"

namespace Kezek::Test {

namespace {

qint64 timeOf(const QString &hhmm)
{
    const QStringList parts = hhmm.split(QLatin1Char(':'));
    return at(parts.value(0).toInt(), parts.value(1).toInt());
}

Failure bad(const QString &line, const QString &why)
{
    return Failure{Failure::Kind::Invalid, QStringLiteral("step \"%1\": %2").arg(line, why)};
}

} // namespace

QueueScript::QueueScript(Database &db)
    : m_db(db)
    , m_clock(at(9, 0))
{
}

Status QueueScript::run(const QStringList &steps)
{
    for (const QString &line : steps) {
        if (auto status = step(line); !status)
            return status;
    }
    return success();
}

Status QueueScript::step(const QString &line)
{
    const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (w.size() < 2)
        return bad(line, QStringLiteral("too short"));
    m_clock.set(timeOf(w[0]));
    const QString verb = w[1];
    Kezek::Test::StaffedQueue queue(m_db, m_clock);
    const Catalogue catalogue(m_db);
    const auto fail = [&line](const Failure &f) -> Status { return bad(line, f.message); };

    if (verb == QLatin1String("issue")) {
        auto service = catalogue.service(w.value(2));
        if (!service)
            return fail(service.failure());
        auto ticket = queue.issue(service->id, w.value(3));
        return ticket ? success() : fail(ticket.failure());
    }
    if (verb == QLatin1String("book")) {
        auto service = catalogue.service(w.value(3));
        if (!service)
            return fail(service.failure());
        Query q(m_db, QStringLiteral("INSERT INTO bookings (channel, booking_id, iin, full_name, phone, service_id, "
                                     "slot_start, created_at) VALUES ('egov', :code, '950815350123', 'Test', '', "
                                     ":service, :slot, :now)"));
        q.bind(QStringLiteral(":code"), w.value(2))
            .bind(QStringLiteral(":service"), service->id)
            .bind(QStringLiteral(":slot"), timeOf(w.value(4)))
            .bind(QStringLiteral(":now"), m_clock.now());
        auto status = q.exec(QStringLiteral("booking"));
        return status ? success() : fail(status.failure());
    }
    if (verb == QLatin1String("checkin")) {
        auto result = queue.checkIn(w.value(2));
        return result ? success() : fail(result.failure());
    }

    auto window = catalogue.window(w.value(2).toInt());
    if (!window)
        return fail(window.failure());
    auto current = TicketStore(m_db).atWindow(window->id, LocalTime::dayKey(m_clock.now()));
    if (!current)
        return fail(current.failure());

    if (verb == QLatin1String("call")) {
        if (current->has_value()) {
            const Ticket &t = current->value();
            if (t.state == TicketState::Called) {
                if (auto served = queue.startServing(t.id); !served)
                    return fail(served.failure());
            }
            if (auto done = queue.finish(t.id, {{t.serviceId, Outcome::Done, {}}}); !done)
                return fail(done.failure());
        }
        auto called = queue.callNext(window->number);
        if (called) {
            m_calls.append(called->ticket.number);
            return success();
        }
        if (called.failure().kind == Failure::Kind::NothingToDo) {
            m_calls.append(QStringLiteral("-"));
            return success();
        }
        return fail(called.failure());
    }
    if (verb == QLatin1String("pause") || verb == QLatin1String("resume")) {
        const bool pause = verb == QLatin1String("pause");
        auto status = queue.setWindowState(window->number, pause ? WindowState::Paused : WindowState::Open,
                                           pause ? std::optional(PauseReason::Break) : std::nullopt);
        return status ? success() : fail(status.failure());
    }
    if (!current->has_value())
        return bad(line, QStringLiteral("window %1 holds no ticket").arg(window->number));
    const qint64 ticketId = current->value().id;
    if (verb == QLatin1String("transfer")) {
        Result<Ticket> moved = w.value(3) == QLatin1String("to-window")
            ? queue.transferToWindow(ticketId, w.value(4).toInt(), {})
            : [&]() -> Result<Ticket> {
                  auto service = catalogue.service(w.value(4));
                  if (!service)
                      return service.failure();
                  return queue.transferToService(ticketId, service->id, {});
              }();
        return moved ? success() : fail(moved.failure());
    }
    if (verb == QLatin1String("postpone")) {
        auto postponed = queue.postpone(ticketId, timeOf(w.value(3)));
        return postponed ? success() : fail(postponed.failure());
    }
    return bad(line, QStringLiteral("unknown verb"));
}

} // namespace Kezek::Test
