#include "ConcurrencyBench.h"
#include "BenchStaff.h"

#include "BenchFixture.h"

#include "core/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/QueueService.h"

#include <QElapsedTimer>
#include <QProcess>

#include <memory>
#include <vector>

namespace Kezek::Bench {

int runWorker(const QString &path, int window, int seconds)
{
    auto opened = Database::open({path});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    // The fixture's day at noon, moving on with the wall clock (queues hold only the day's tickets).
    FixedClock clock(benchTime(12, 0));
    QueueService queue(**opened, clock);
    const Actor atWindow = benchOperatorAt(**opened, window);
    QElapsedTimer timer;
    timer.start();
    int calls = 0;
    while (timer.elapsed() < seconds * 1000) {
        clock.set(benchTime(12, 0) + timer.elapsed() / 1000);
        auto called = queue.callNext(window, atWindow);
        if (!called) {
            if (called.failure().kind == Failure::Kind::NothingToDo)
                break;
            qFatal("worker at window %d: %s", window, qPrintable(called.message()));
        }
        ++calls;
        const Ticket &ticket = called->ticket;
        if (auto served = queue.startServing(ticket.id, atWindow); !served)
            qFatal("worker at window %d: %s", window, qPrintable(served.message()));
        if (auto done = queue.finish(ticket.id, {{ticket.serviceId, Outcome::Done, {}}}, atWindow); !done)
            qFatal("worker at window %d: %s", window, qPrintable(done.message()));
    }
    return calls;
}

ConcurrencyFigures measureConcurrentCalls(const QString &program, const QString &path, int processes, int seconds)
{
    // Windows 1-4 and 12 all serve ID-CARD and RESULT; 5, 6, 10 and 11 share RESULT with them. Beyond ten
    // processes, one each at windows 1 to 30 (13 to 30 serve everything).
    const int windows[] = {1, 2, 3, 4, 12, 5, 10, 6, 11, 7};
    const auto windowOf = [&](int i) { return processes > 10 ? 1 + i % 30 : windows[i % 10]; };
    ConcurrencyFigures figures;
    figures.processes = processes;
    std::vector<std::unique_ptr<QProcess>> workers;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < processes; ++i) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker->start(program, {QStringLiteral("--worker"), path, QString::number(windowOf(i)),
                                QString::number(seconds)});
        workers.push_back(std::move(worker));
    }
    for (auto &worker : workers) {
        worker->waitForFinished(-1);
        figures.calls += QString::fromUtf8(worker->readAllStandardOutput()).trimmed().toInt();
        if (worker->exitCode() != 0)
            qWarning("a worker failed with status %d", worker->exitCode());
    }
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;

    auto opened = Database::open({path});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    auto twice = Query::scalar(**opened,
                               QStringLiteral("SELECT count(*) FROM (SELECT ticket_id FROM events WHERE action = 'call' "
                                              "GROUP BY ticket_id HAVING count(*) > 1) AS twice"),
                               {}, QStringLiteral("counting duplicate calls"));
    figures.calledTwice = int(twice ? twice->value_or(0) : -1);
    auto mismatched = Query::scalar(
        **opened,
        QStringLiteral("SELECT count(*) FROM tickets t WHERE t.state <> (SELECT e.to_state FROM events e "
                       "WHERE e.ticket_id = t.id ORDER BY e.id DESC LIMIT 1)"),
        {}, QStringLiteral("checking tickets against their events"));
    figures.lost = int(mismatched ? mismatched->value_or(0) : -1);
    return figures;
}

} // namespace Kezek::Bench
