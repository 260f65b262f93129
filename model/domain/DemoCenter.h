#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace Kezek {

class Database;

// Fills an empty database with DOMAIN.md's demo center: a mixed city center, 8 services,
// 12 windows with one operator each, a reception and a supervisor login, and the out-of-turn categories.
class DemoCenter final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCenter)

public:
    // Does nothing (and succeeds) if a center already exists, so init --demo can be repeated.
    static Status install(const Database &db);
};

} // namespace Kezek
