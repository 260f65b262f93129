#pragma once

#include <QStringList>

#include <vector>

namespace Kezek {

// The ordered schema migrations. Migration N brings a database from version N-1 to N;
// each runs in one transaction together with the version bump.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration> &schemaMigrations();

} // namespace Kezek
