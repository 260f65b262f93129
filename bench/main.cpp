// kezek_bench: prints the speed figures recorded in docs/BENCHMARKS.md.
#include "BenchFixture.h"
#include "CableBench.h"
#include "CallNextBench.h"
#include "ConcurrencyBench.h"
#include "DashboardBench.h"
#include "KeeperBench.h"
#include "ImportBench.h"
#include "ServerBench.h"
#include "SimulateBench.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Kezek::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 5 && arguments.at(1) == QLatin1String("--worker")) {
        out << runWorker(arguments.at(2), arguments.at(3).toInt(), arguments.at(4).toInt()) << Qt::endl;
        return 0;
    }
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--committer"))
        return runCommitter(arguments.at(2), arguments.at(3).toInt());
    // kezek_bench --pulled-cable URL SECONDS: only inside a network namespace of its own (see CableBench.h).
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--pulled-cable")) {
        const CableFigures f = measurePulledCable(arguments.at(2), arguments.at(3).toInt());
        out << "pulled cable for " << arguments.at(3) << " s under an idle screen: lost after " << f.lostAfterSeconds
            << " s (target: within 3 s), connected again " << f.restoredAfterSeconds
            << " s after the cable was back; the screen said: " << f.message << Qt::endl;
        return 0;
    }
    // KEZEK_BENCH_SERVER: an empty PostgreSQL database to measure the server side by side with SQLite, e.g.
    //   pg_virtualenv sh -c 'createdb kezek_bench && KEZEK_BENCH_SERVER=postgresql:///kezek_bench kezek_bench'
    const QString server = qEnvironmentVariable("KEZEK_BENCH_SERVER");
    // KEZEK_BENCH_DIR keeps the generated files for inspection; by default they go to a temporary folder.
    QTemporaryDir temporary;
    const QDir dir(qEnvironmentVariableIsSet("KEZEK_BENCH_DIR") ? qEnvironmentVariable("KEZEK_BENCH_DIR")
                                                                 : temporary.path());
    const QString base = dir.filePath(QStringLiteral("history.sqlite"));

    const int pastTickets = qEnvironmentVariableIntValue("KEZEK_BENCH_PAST") > 0
        ? qEnvironmentVariableIntValue("KEZEK_BENCH_PAST")
        : 1000000;
    QElapsedTimer timer;
    timer.start();
    if (const QString error = buildHistory(base, pastTickets, 2000); !error.isEmpty()) {
        out << "fixture: " << error << Qt::endl;
        return 2;
    }
    out << "fixture: " << pastTickets << " past tickets + 2000 waiting built in " << timer.elapsed() << " ms"
        << Qt::endl;

    const auto copy = [&](const QString &name) {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        QFile::copy(base, path);
        return path;
    };
    const QString kezekFile = copy(QStringLiteral("kezek.sqlite"));
    const QString bareFile = copy(QStringLiteral("bare.sqlite"));
    const QString concurrentFile = copy(QStringLiteral("concurrent.sqlite"));
    const QString concurrent30File = copy(QStringLiteral("concurrent30.sqlite"));
    const QString propagationFile = copy(QStringLiteral("propagation.sqlite"));
    double copySeconds = 0;
    if (!server.isEmpty()) {
        if (const QString error = copyToServer(base, server, copySeconds); !error.isEmpty()) {
            out << "server: " << error << Qt::endl;
            return 2;
        }
    }

    {
        // Every program start and every kezekctl command opens the file, and opening runs SQLite's quick check.
        QList<qint64> opens;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer openTimer;
            openTimer.start();
            auto db = Kezek::Database::open({kezekFile});
            opens.append(openTimer.elapsed());
            if (!db) {
                out << "open: " << db.message() << Qt::endl;
                return 2;
            }
        }
        out << "open of the " << QFileInfo(kezekFile).size() / (1024 * 1024) << " MiB file (checked at open only up to "
            << Kezek::OpenOptions{}.checkAtOpenUpTo / (1024 * 1024) << " MiB): " << opens[0] << " ms first, then "
            << opens[1] << " and " << opens[2] << " ms" << Qt::endl;
        // What IntegrityWatch runs in the background for such a file, and what opening would cost with it.
        auto db = Kezek::Database::open({kezekFile});
        QElapsedTimer checkTimer;
        checkTimer.start();
        const Kezek::Status checked = (*db)->checkIntegrity();
        out << "quick integrity check of that file: " << checkTimer.elapsed() << " ms ("
            << (checked ? QStringLiteral("ok") : checked.message()) << ")" << Qt::endl;
    }

    const Latency kezek = measureKezekCallNext(kezekFile, 1000);
    const Latency bare = measureBareCallNext(bareFile, 1000);
    out << Qt::fixed;
    out.setRealNumberPrecision(1);
    out << "call-next (Kezek, QSQLITE)   over " << kezek.calls << " calls: p50 " << kezek.p50Micros << " us, p99 "
        << kezek.p99Micros << " us, mean " << kezek.meanMicros << " us" << Qt::endl;
    out << "call-next (bare sqlite3 API) over " << bare.calls << " calls: p50 " << bare.p50Micros << " us, p99 "
        << bare.p99Micros << " us, mean " << bare.meanMicros << " us" << Qt::endl;
    out.setRealNumberPrecision(2);
    out << "ratio Kezek / bare: p50 " << kezek.p50Micros / bare.p50Micros << "x, p99 " << kezek.p99Micros / bare.p99Micros
        << "x (target: within 2x; p99 under 1000 us)" << Qt::endl;

    const ConcurrencyFigures concurrent = measureConcurrentCalls(app.applicationFilePath(), concurrentFile, 8, 5);
    out.setRealNumberPrecision(0);
    out << "8 processes calling at once: " << concurrent.calls << " calls in " << concurrent.seconds << " s = "
        << concurrent.calls / concurrent.seconds << " calls/s (" << 3 * concurrent.calls / concurrent.seconds
        << " state changes/s: call, serve, finish); tickets called twice: " << concurrent.calledTwice
        << "; tickets whose state differs from their last event: " << concurrent.lost << Qt::endl;

    const auto printConcurrency = [&](const QString &engine, const ConcurrencyFigures &f) {
        out.setRealNumberPrecision(0);
        out << f.processes << " processes calling at once (" << engine << "): " << f.calls << " calls in " << f.seconds
            << " s = " << f.calls / f.seconds << " calls/s; tickets called twice: " << f.calledTwice
            << "; tickets whose state differs from their last event: " << f.lost << Qt::endl;
    };
    const ConcurrencyFigures thirty = measureConcurrentCalls(app.applicationFilePath(), concurrent30File, 30, 5);
    printConcurrency(QStringLiteral("SQLite"), thirty);
    const auto printPropagation = [&](const QString &engine, const PropagationFigures &f) {
        out.setRealNumberPrecision(0);
        out << "change propagation (" << engine << "), commit in one process to the queue model's row signal in "
            << "another: " << f.seen << " of " << f.commits << " commits seen, p50 " << f.p50Millis << " ms, p99 "
            << f.p99Millis << " ms (target: p99 under 250 ms)";
        out.setRealNumberPrecision(1);
        out << "; the watching process read " << f.catchUps << " change sets with " << f.readsPerCatchUp
            << " statements each" << Qt::endl;
    };
    const auto printActing = [&](const QString &engine, const ActingFigures &f) {
        out.setRealNumberPrecision(1);
        out << "call-next in the acting console (" << engine << "), " << f.calls
            << " calls: statements after the commit per call " << f.readsAfterCommit
            << " (target: at most 5); pressed to every model up to date p50 " << f.p50Micros << " us, p99 "
            << f.p99Micros << " us" << Qt::endl;
    };
    printPropagation(QStringLiteral("SQLite, data_version every 200 ms"),
                     measurePropagation(app.applicationFilePath(), propagationFile, 200));
    printActing(QStringLiteral("SQLite"), measureActingConsole(propagationFile, 200));
    ConcurrencyFigures thirtyOnServer;
    if (!server.isEmpty()) {
        out.setRealNumberPrecision(1);
        out << "copy-to of the fixture into " << server << ": " << copySeconds << " s" << Qt::endl;
        const Latency onServer = measureKezekCallNext(server, 600);
        out << "call-next (Kezek, QPSQL, loopback) over " << onServer.calls << " calls: p50 " << onServer.p50Micros
            << " us, p99 " << onServer.p99Micros << " us, mean " << onServer.meanMicros
            << " us (target: p99 under 5000 us)" << Qt::endl;
        const Latency bareOnServer = measureBareServerCallNext(server, 600);
        out << "call-next (bare libpq, loopback) over " << bareOnServer.calls << " calls: p50 "
            << bareOnServer.p50Micros << " us, p99 " << bareOnServer.p99Micros << " us, mean "
            << bareOnServer.meanMicros << " us" << Qt::endl;
        out.setRealNumberPrecision(2);
        out << "ratio Kezek / bare libpq: p50 " << onServer.p50Micros / bareOnServer.p50Micros << "x, p99 "
            << onServer.p99Micros / bareOnServer.p99Micros << "x (target: within 1.5x)" << Qt::endl;
        out.setRealNumberPrecision(1);
        thirtyOnServer = measureConcurrentCalls(app.applicationFilePath(), server, 30, 5);
        printConcurrency(QStringLiteral("PostgreSQL"), thirtyOnServer);
        printPropagation(QStringLiteral("PostgreSQL, NOTIFY"), measurePropagation(app.applicationFilePath(), server, 200));
        printActing(QStringLiteral("PostgreSQL"), measureActingConsole(server, 200));
    }

    const ImportFigures import = measureImport(dir.path(), 100000);
    out.setRealNumberPrecision(2);
    out << "import of " << import.rows << " booking rows (CSV, one transaction): " << import.firstSeconds << " s ("
        << import.imported << " imported); the same file again: " << import.againSeconds << " s (" << import.unchanged
        << " unchanged)" << Qt::endl;

    const Kezek::SimulationSummary day = measureSimulation(dir.path(), 30, 2400);
    out << "simulate a day of " << day.citizens << " citizens at 30 windows: " << day.elapsedMs / 1000.0 << " s ("
        << day.served << " served, " << day.noShowsNeverCame + day.noShowsCalled << " no-shows, average wait "
        << day.averageWaitSeconds() / 60.0 << " min)" << Qt::endl;

    const DashboardFigures dashboard = measureDashboard(copy(QStringLiteral("dashboard.sqlite")));
    out.setRealNumberPrecision(1);
    out << "dashboard figures: today so far " << dashboard.todayMs << " ms; a past day " << dashboard.dayWarmMs
        << " ms (first time " << dashboard.dayColdMs << " ms); a year of " << dashboard.yearTickets << " tickets "
        << dashboard.yearWarmMs << " ms (first time " << dashboard.yearColdMs << " ms); staffing forecast "
        << dashboard.forecastMs << " ms (targets: day under 50 ms, year under 500 ms)" << dashboard.error << Qt::endl;

    const KeeperFigures keeper = measureKeeper(copy(QStringLiteral("keeper.sqlite")));
    out << "daily sums kept in the background: two years of closed days summed in " << keeper.steps << " steps, "
        << keeper.totalMs << " ms in all, the longest step " << keeper.longestStepMs
        << " ms; then a year opens in " << keeper.yearAfterMs << " ms" << Qt::endl;
    const bool exact = concurrent.calledTwice == 0 && concurrent.lost == 0 && thirty.calledTwice == 0 && thirty.lost == 0
        && thirtyOnServer.calledTwice == 0 && thirtyOnServer.lost == 0;
    return exact ? 0 : 1;
}
