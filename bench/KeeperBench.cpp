#include "KeeperBench.h"

#include "BenchFixture.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "reports/DailySumsKeeper.h"
#include "reports/ReportEngine.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Kezek::Bench {

KeeperFigures measureKeeper(const QString &path)
{
    auto opened = Database::open({path});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    const qint64 now = benchTime(12, 0);
    KeeperFigures figures;
    DailySumsKeeper keeper(**opened, 800);
    QElapsedTimer total;
    total.start();
    for (;;) {
        QElapsedTimer step;
        step.start();
        auto more = keeper.step(now);
        figures.longestStepMs = std::max(figures.longestStepMs, double(step.nsecsElapsed()) / 1e6);
        ++figures.steps;
        if (!more)
            qFatal("%s", qPrintable(more.message()));
        if (!*more)
            break;
    }
    figures.totalMs = double(total.nsecsElapsed()) / 1e6;
    const QDate today = LocalTime::dateOf(now);
    QElapsedTimer year;
    year.start();
    if (auto report = ReportEngine(**opened).report(today.addDays(-365), today.addDays(-1), now); !report)
        qFatal("%s", qPrintable(report.message()));
    figures.yearAfterMs = double(year.nsecsElapsed()) / 1e6;
    return figures;
}

} // namespace Kezek::Bench
