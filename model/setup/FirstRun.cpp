#include "FirstRun.h"

#include "auth/Accounts.h"
#include "auth/Actor.h"
#include "auth/PasswordHash.h"
#include "db/Query.h"
#include "domain/DemoCenter.h"
#include "setup/CenterConfigurator.h"

namespace Kezek {

Result<bool> FirstRun::needed(const Database &db)
{
    auto centers = Query::scalar(db, QStringLiteral("SELECT count(*) FROM center"), {}, tr("reading the center"));
    if (!centers)
        return centers.failure();
    return centers->value_or(0) == 0;
}

CenterSetup FirstRun::setupOf(const FirstRunChoices &choices)
{
    CenterSetup setup;
    setup.center = choices.center;
    for (const Service &service : DemoCenter::standardServices()) {
        if (choices.serviceCodes.contains(service.code))
            setup.services.append(service);
    }
    QStringList codes;
    for (const Service &service : std::as_const(setup.services))
        codes.append(service.code);
    for (int number = 1; number <= choices.windows; ++number)
        setup.windows.append(WindowSetup{number, codes});
    setup.categories = DemoCenter::standardCategories();
    setup.staff.append(StaffSetup{choices.adminLogin.trimmed(), choices.adminName.simplified(), Role::Admin, true});
    return setup;
}

QStringList FirstRun::problems(const FirstRunChoices &choices)
{
    QStringList problems;
    if (choices.serviceCodes.isEmpty())
        problems << tr("services: choose at least one service the center offers");
    if (choices.windows < 1 || choices.windows > maxWindows)
        problems << tr("windows: a center has 1 to %1 windows").arg(maxWindows);
    if (auto problem = Accounts::loginProblem(choices.adminLogin.trimmed()))
        problems << tr("administrator: %1").arg(*problem);
    if (choices.adminName.simplified().isEmpty())
        problems << tr("administrator: the full name is missing");
    if (auto problem = PasswordHash::problem(choices.adminPassword, choices.adminLogin.trimmed()))
        problems << tr("administrator's password: %1").arg(*problem);
    if (problems.isEmpty())
        problems << CenterConfigurator::problems(setupOf(choices));
    return problems;
}

Status FirstRun::create(const Database &db, const Clock &clock, const FirstRunChoices &choices)
{
    if (const QStringList wrong = problems(choices); !wrong.isEmpty())
        return Failure{Failure::Kind::Invalid, wrong.join(QLatin1Char('\n'))};
    auto empty = needed(db);
    if (!empty)
        return empty.failure();
    if (!*empty)
        return Failure{Failure::Kind::Conflict, tr("This database has a center already; its administrator sets it up.")};
    const Actor wizard = Actor::settingUp(tr("first-run wizard"));
    if (auto applied = CenterConfigurator(db, clock).apply(setupOf(choices), wizard); !applied)
        return applied.failure();
    // The administrator chose the password here, in person: it is theirs, not a temporary one.
    return Accounts(db, clock).setPassword(choices.adminLogin.trimmed(), choices.adminPassword, false, wizard);
}

} // namespace Kezek
