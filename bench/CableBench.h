#pragma once

#include <QString>

namespace Kezek::Bench {

struct CableFigures
{
    double lostAfterSeconds = -1;     // from the pulled cable to the feed's connectionLost(); -1: never
    double restoredAfterSeconds = -1; // from the cable back to connectionRestored(); -1: never
    QString message;                  // what the screens say
};

// A pulled network cable under a watching screen: a process's change feed on `serverUrl` (over TCP to 127.0.0.1),
// idle, while the loopback link is down (`ip link set dev lo down`) and after it is up again. Only for a network
// namespace of its own, as root (`unshare -n`, docs/BENCHMARKS.md): it takes down the loopback of whatever
// namespace it runs in.
CableFigures measurePulledCable(const QString &serverUrl, int pulledSeconds);

} // namespace Kezek::Bench
