#pragma once

#include "common/Session.h"

#include <functional>
#include <vector>

class QWidget;

namespace Kezek {

class ChangeFeed;
class Clock;
class Database;
class LiveCenter;

// What a page is built from: the frame's database, live picture, clock, feed and who is signed in.
struct PageContext
{
    const Database &db;
    LiveCenter &center;
    const Clock &clock;
    ChangeFeed *feed;
    const Session &session;
};

// One page of the main window: its object name, who sees it, and how it is made (a QWidget that is also a Page).
struct PageRegistration
{
    const char *objectName;
    std::function<bool(const Session &)> shownTo;
    std::function<QWidget *(const PageContext &, QWidget *parent)> make;
};

// Every page in tab order: the role → pages table.
const std::vector<PageRegistration> &pageRegistrations();

} // namespace Kezek
