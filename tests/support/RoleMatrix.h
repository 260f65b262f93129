#pragma once

// The role × action matrix of docs/ROLES.md as test data: each action with what it needs made ready by those whose
// work it is, and who may do it. tst_roles runs it through the model, tst_serverlogins with each person connected
// as their own server login.
#include "StaffedQueue.h"

#include "core/Clock.h"
#include "core/Result.h"
#include "db/Database.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <functional>

namespace Kezek::Test {

// What a refused step must leave as it was: every table a step writes, row by row.
QString snapshot(const QString &location);

template<typename T>
Status statusOf(const Result<T> &result)
{
    return result ? success() : Status(result.failure());
}

int serviceId(Database &db, const char *code);

// One action of the matrix: what its step needs, made ready by those whose work it is (a waiting ticket, a called
// one; returns a ticket id or 0) on `ready`, then the step itself, done as the actor under test on `db`.
struct Action
{
    std::function<qint64(Database &ready, const Clock &)> prepare;
    std::function<Status(Database &db, const Clock &, const Actor &, qint64)> step;
};

QMap<QString, Action> actions();

// Who may do what: the table of docs/ROLES.md, written out again here on purpose. "night" is a system account
// the tests add.
const QHash<QString, QStringList> &allowedLogins();

} // namespace Kezek::Test
