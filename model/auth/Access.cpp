#include "Access.h"

#include "db/Database.h"
#include "db/Query.h"

namespace Kezek {

bool Access::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::WorkAtWindow:
        return role == Role::Operator;
    case Permission::IssueTickets:
    case Permission::CheckIn:
    case Permission::Book:
        return role == Role::Reception;
    case Permission::ImportBookings:
        return role == Role::Reception || role == Role::System;
    case Permission::CancelWaiting:
        return role == Role::Reception || role == Role::Supervisor;
    case Permission::ManageWindows:
    case Permission::Export:
        return role == Role::Supervisor || role == Role::Admin || role == Role::System;
    case Permission::SetUpCenter:
    case Permission::ManageStaff:
        return role == Role::Admin;
    }
    return false;
}

QString Access::describe(Permission permission)
{
    switch (permission) {
    case Permission::WorkAtWindow:
        return tr("work at a window");
    case Permission::IssueTickets:
        return tr("issue tickets");
    case Permission::CheckIn:
        return tr("check in booked citizens");
    case Permission::Book:
        return tr("book citizens into slots");
    case Permission::ImportBookings:
        return tr("import booking files");
    case Permission::CancelWaiting:
        return tr("cancel waiting tickets");
    case Permission::ManageWindows:
        return tr("pause, close, reopen or release other windows");
    case Permission::Export:
        return tr("export reports and the audit trail");
    case Permission::SetUpCenter:
        return tr("set up the center");
    case Permission::ManageStaff:
        return tr("manage staff accounts");
    }
    return {};
}

QString Access::whoMay(Permission permission)
{
    QStringList roles;
    for (Role role : {Role::Operator, Role::Reception, Role::Supervisor, Role::Admin, Role::System}) {
        if (allows(role, permission))
            roles.append(Names::display(role));
    }
    return roles.join(tr(" or "));
}

Result<bool> Access::hasAdministrator(const Database &db)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM operators WHERE role = 'admin' AND active = 1 "
                               "AND password_hash IS NOT NULL"));
    if (auto status = q.exec(tr("looking for the center's administrator")); !status)
        return status.failure();
    return q.next() && q.int64(0) > 0;
}

Status Access::check(const Actor &actor, Permission permission, const Database *db)
{
    if (actor.isSettingUp()) {
        if (permission != Permission::SetUpCenter && permission != Permission::ManageStaff) {
            return Failure{Failure::Kind::Forbidden,
                           tr("To %1, sign in first: only setting up a new center needs no account.")
                               .arg(describe(permission))};
        }
        if (!db)
            return success();
        auto administered = hasAdministrator(*db);
        if (!administered)
            return administered.failure();
        if (*administered) {
            return Failure{Failure::Kind::Forbidden,
                           tr("This center has an administrator: sign in as one to %1.").arg(describe(permission))};
        }
        return success();
    }
    if (allows(actor.person.role, permission))
        return success();
    return Failure{Failure::Kind::Forbidden, tr("%1 (%2) may not %3: that is for the %4.")
                                                 .arg(actor.person.fullName, Names::display(actor.person.role),
                                                      describe(permission), whoMay(permission))};
}

} // namespace Kezek
