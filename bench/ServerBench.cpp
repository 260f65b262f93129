#include "ServerBench.h"
#include "BenchStaff.h"

#include "BenchFixture.h"

#include "core/Clock.h"
#include "db/Database.h"
#include "domain/QueueService.h"
#include "io/CenterCopy.h"
#include "live/ChangeFeed.h"
#include "live/LiveCenter.h"
#include "models/CurrentTicketModel.h"
#include "models/HallModel.h"
#include "models/QueueModel.h"
#include "models/ServiceTotalsModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Kezek::Bench {

QString copyToServer(const QString &file, const QString &serverUrl, double &seconds)
{
    auto source = Database::open({file});
    if (!source)
        return source.message();
    OpenOptions options;
    options.create = true;
    auto target = Database::open({serverUrl}, options);
    if (!target)
        return target.message();
    QElapsedTimer timer;
    timer.start();
    auto copied = CenterCopy(**source, **target).run();
    seconds = double(timer.nsecsElapsed()) / 1e9;
    return copied ? QString() : copied.message();
}

int runCommitter(const QString &location, int commits)
{
    auto opened = Database::open({location});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    FixedClock clock(benchTime(12, 0));
    QueueService queue(**opened, clock);
    const Actor desk = benchAccount(**opened, QStringLiteral("reception"));
    for (int i = 0; i < commits; ++i) {
        QThread::msleep(30);
        if (auto ticket = queue.issue(1, {}, desk); !ticket)
            qFatal("committer: %s", qPrintable(ticket.message()));
        std::printf("%lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    }
    return 0;
}

PropagationFigures measurePropagation(const QString &program, const QString &location, int commits)
{
    auto opened = Database::open({location});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    const Database &db = **opened;
    FixedClock clock(benchTime(12, 0));
    ChangeFeed watcher(db);
    LiveCenter center(db, clock, &watcher);
    watcher.start();
    if (auto loaded = center.load(); !loaded)
        qFatal("%s", qPrintable(loaded.message()));
    QueueModel queue(center, clock);
    queue.setWindowNumber(1);
    std::vector<qint64> changedAt;
    QObject::connect(&queue, &QAbstractItemModel::rowsInserted, &watcher,
                     [&] { changedAt.push_back(QDateTime::currentMSecsSinceEpoch()); });
    const qint64 statementsBefore = db.statementsRun();
    int catchUps = 0;
    QObject::connect(&watcher, &ChangeFeed::changed, &watcher, [&] { ++catchUps; });

    QProcess committer;
    committer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&committer, &QProcess::finished, &loop, [&] { QTimer::singleShot(500, &loop, &QEventLoop::quit); });
    committer.start(program, {QStringLiteral("--committer"), location, QString::number(commits)});
    loop.exec();

    std::vector<qint64> committed;
    for (const QByteArray &line : committer.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            committed.push_back(line.trimmed().toLongLong());
    }
    PropagationFigures figures;
    figures.commits = int(committed.size());
    figures.catchUps = catchUps;
    figures.readsPerCatchUp = catchUps ? double(db.statementsRun() - statementsBefore) / double(catchUps) : 0;
    std::vector<double> latencies;
    for (qint64 at : committed) {
        const auto next = std::lower_bound(changedAt.begin(), changedAt.end(), at);
        if (next != changedAt.end())
            latencies.push_back(double(*next - at));
    }
    figures.seen = int(latencies.size());
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        const auto at = [&](double q) { return latencies[std::min(latencies.size() - 1, size_t(q * double(latencies.size())))]; };
        figures.p50Millis = at(0.5);
        figures.p99Millis = at(0.99);
    }
    return figures;
}

ActingFigures measureActingConsole(const QString &location, int calls)
{
    auto opened = Database::open({location});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    const Database &db = **opened;
    FixedClock clock(benchTime(12, 0));
    QueueService service(db, clock);
    const Actor atWindow = benchOperatorAt(db, 1);
    qint64 atCommit = 0;
    QObject::connect(&db.commits(), &CommitSignal::committed, &db.commits(), [&] { atCommit = db.statementsRun(); });
    ChangeFeed feed(db);
    LiveCenter center(db, clock, &feed);
    feed.start();
    if (auto loaded = center.load(); !loaded)
        qFatal("%s", qPrintable(loaded.message()));
    QueueModel queue(center, clock);
    queue.setWindowNumber(1);
    CurrentTicketModel current(center, clock);
    current.setWindowNumber(1);
    HallModel hall(center);
    ServiceTotalsModel totals(center, clock);

    ActingFigures figures;
    qint64 reads = 0;
    std::vector<double> micros;
    for (int i = 0; i < calls; ++i) {
        clock.advance(1);
        QElapsedTimer timer;
        timer.start();
        auto called = service.callNext(1, atWindow);
        const double elapsed = double(timer.nsecsElapsed()) / 1000.0;
        if (!called)
            qFatal("acting console: %s", qPrintable(called.message()));
        if (!current.ticket() || current.ticket()->id != called->ticket.id)
            qFatal("acting console: the model does not show the ticket called");
        reads += db.statementsRun() - atCommit;
        micros.push_back(elapsed);
        // The operator serves and finishes, outside the measurement.
        (void)service.startServing(called->ticket.id, atWindow);
        (void)service.finish(called->ticket.id, {{called->ticket.serviceId, Outcome::Done, {}}}, atWindow);
    }
    figures.calls = calls;
    figures.readsAfterCommit = calls ? double(reads) / calls : 0;
    std::sort(micros.begin(), micros.end());
    if (!micros.empty()) {
        figures.p50Micros = micros[micros.size() / 2];
        figures.p99Micros = micros[std::min(micros.size() - 1, size_t(0.99 * double(micros.size())))];
    }
    return figures;
}

} // namespace Kezek::Bench
