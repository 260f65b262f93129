#include "SimulateBench.h"
#include "BenchStaff.h"

#include "db/Database.h"
#include "domain/DemoCenter.h"

#include <QDir>
#include <QFile>

namespace Kezek::Bench {

SimulationSummary measureSimulation(const QString &folder, int windows, int citizens)
{
    const QString path = QDir(folder).filePath(QStringLiteral("simulate.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto opened = Database::open({path}, OpenOptions{true, 5000});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    if (auto status = DemoCenter::install(**opened); !status)
        qFatal("%s", qPrintable(status.message()));
    SimulationRequest request;
    request.date = QDate(2020, 5, 18);
    request.windows = windows;
    request.citizens = citizens;
    request.seed = 7;
    auto summary = DaySimulator(**opened).run(request, benchAccount(**opened, QStringLiteral("admin")));
    if (!summary)
        qFatal("%s", qPrintable(summary.message()));
    return *summary;
}

} // namespace Kezek::Bench
