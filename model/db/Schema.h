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
    // Run on a PostgreSQL server only, after `statements`, as they are (not respelled): what SQLite does without
    // schema objects, such as telling the other programs about a commit.
    QStringList serverStatements = {};
    // Run on an SQLite file only, after `statements`: SQLite's spelling of what the server statements do.
    QStringList fileStatements = {};
};

const std::vector<Migration> &schemaMigrations();

} // namespace Kezek
