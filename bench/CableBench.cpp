#include "CableBench.h"

#include "db/Database.h"
#include "live/ChangeFeed.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <functional>

namespace Kezek::Bench {

namespace {

// The cable of the loopback "network card": `ip link set dev lo down|up`.
void setLink(bool up)
{
    QProcess ip;
    ip.start(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("dev"),
                                    QStringLiteral("lo"), up ? QStringLiteral("up") : QStringLiteral("down")});
    if (!ip.waitForFinished(5000) || ip.exitCode() != 0)
        qFatal("ip link set dev lo: %s", ip.readAllStandardError().constData());
}

// Runs the event loop until `done` or `seconds` passed.
void waitFor(const std::function<bool()> &done, int seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < seconds * 1000) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace

CableFigures measurePulledCable(const QString &serverUrl, int pulledSeconds)
{
    auto opened = Database::open({serverUrl});
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    ChangeFeed feed(**opened);
    CableFigures figures;
    QElapsedTimer sincePulled;
    QElapsedTimer sinceBack;
    QObject::connect(&feed, &ChangeFeed::connectionLost, &feed, [&](const QString &message) {
        figures.lostAfterSeconds = double(sincePulled.elapsed()) / 1000.0;
        figures.message = message;
    });
    QObject::connect(&feed, &ChangeFeed::connectionRestored, &feed,
                     [&] { figures.restoredAfterSeconds = double(sinceBack.elapsed()) / 1000.0; });
    feed.start();
    waitFor([] { return false; }, 1); // settled and idle

    setLink(false);
    sincePulled.start();
    waitFor([&] { return figures.lostAfterSeconds >= 0; }, pulledSeconds);
    waitFor([] { return false; }, std::max(0, pulledSeconds - int(sincePulled.elapsed() / 1000)));
    setLink(true);
    sinceBack.start();
    waitFor([&] { return figures.restoredAfterSeconds >= 0; }, 60);
    return figures;
}

} // namespace Kezek::Bench
