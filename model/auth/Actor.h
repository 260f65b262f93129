#pragma once

#include "audit/AuditTrail.h"
#include "domain/Catalogue.h"

#include <optional>

namespace Kezek {

// Who does a step: the signed-in account and, for an operator's console, the window it works at (a step on a
// ticket at another window is refused). Every state-changing call of model/ takes one; Access decides what the
// person's role allows. The step's event row and audit row name the person.
struct Actor
{
    Operator person;
    std::optional<int> windowId;

    // The one actor without an account: whoever sets up a database that has no administrator yet (the first-run
    // wizard, `kezekctl center apply` or `staff add` on a new database). Access allows it only that far.
    static Actor settingUp(const QString &what)
    {
        return Actor{Operator{0, QString(), what, Role::Admin}, std::nullopt};
    }
    bool isSettingUp() const { return person.id == 0; }

    AuditActor audited() const
    {
        if (isSettingUp())
            return AuditActor{std::nullopt, person.fullName};
        return AuditActor{person.id, person.login};
    }
};

} // namespace Kezek
