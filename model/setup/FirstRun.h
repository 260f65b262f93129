#pragma once

#include "core/Result.h"
#include "setup/CenterSetup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Kezek {

class Clock;
class Database;

// What the first-run wizard asks for a new center: the center itself, which of the standard services it offers,
// how many windows it has (each serves every chosen service at first; the center file changes that), and its
// first administrator.
struct FirstRunChoices
{
    CenterSettings center;
    QStringList serviceCodes; // of DemoCenter::standardServices()
    int windows = 4;
    QString adminLogin;
    QString adminName;
    QString adminPassword;
};

// Setting up a database that has no center: the center, its services, windows and out-of-turn categories in one
// setup (CenterConfigurator, audited as the first-run wizard), then the administrator's permanent password. From
// then on the database has an administrator, and only they set it up further.
class FirstRun final
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    static constexpr int maxWindows = 200;

    // Whether `db` has no center yet.
    static Result<bool> needed(const Database &db);
    // The center setup the choices make.
    static CenterSetup setupOf(const FirstRunChoices &choices);
    // Everything wrong with the choices, each naming the field: empty when they can be applied.
    static QStringList problems(const FirstRunChoices &choices);
    static Status create(const Database &db, const Clock &clock, const FirstRunChoices &choices);
};

} // namespace Kezek
