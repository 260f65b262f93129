#pragma once

#include "live/ChangeFeed.h"
#include "live/LiveCenter.h"

#include <QTest>

namespace Kezek::Test {

// A process's change feed and live picture of the center, as MainWindow keeps them: every write through the
// database reaches the picture (and the models on it) at its commit.
struct LivePicture
{
    LivePicture(const Database &db, const Clock &clock)
        : feed(db)
        , center(db, clock, &feed)
    {
        feed.start();
        const Status loaded = center.load();
        if (!loaded)
            qFatal("the live picture could not be read: %s", qPrintable(loaded.message()));
    }

    ChangeFeed feed;
    LiveCenter center;
};

} // namespace Kezek::Test
