#include "ServerBench.h"

#include "BenchFixture.h"

#include "core/Clock.h"
#include "db/Database.h"
#include "domain/QueueService.h"
#include "io/CenterCopy.h"
#include "live/ChangeFeed.h"

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
    for (int i = 0; i < commits; ++i) {
        QThread::msleep(30);
        if (auto ticket = queue.issue(1, {}); !ticket)
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
    ChangeFeed watcher(**opened);
    std::vector<qint64> changedAt;
    QObject::connect(&watcher, &ChangeFeed::changed, &watcher,
                     [&] { changedAt.push_back(QDateTime::currentMSecsSinceEpoch()); });
    watcher.start();

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

} // namespace Kezek::Bench
