#pragma once

#include "auth/Actor.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace Kezek {

class Database;

// What a role may do (the role × action matrix of docs/ROLES.md). One table, so the model, kezekctl and the
// screens refuse alike and in the same words.
enum class Permission {
    WorkAtWindow,   // sign in at a window; call, serve, finish, recall, postpone, transfer there
    IssueTickets,   // walk-in tickets, out of turn too
    CheckIn,        // booked citizens arriving, by code or IIN
    Book,           // a booking on the spot
    ImportBookings, // the channels' booking files
    CancelWaiting,  // a waiting ticket whose citizen left
    ManageWindows,  // pause, close or reopen any window; release a window a console holds
    Export,         // reports and the audit trail out of Kezek
    SetUpCenter,    // the center, its services, windows and categories
    ManageStaff,    // accounts: add, disable, set passwords
};

class Access final
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    static bool allows(Role role, Permission permission);
    // Refuses, naming the person, the role and what it would take: "Aigerim Bekova (operator) may not issue
    // tickets: that is for reception.". The setting-up actor passes only SetUpCenter and ManageStaff, and only
    // while `db` has no administrator who can sign in.
    static Status check(const Actor &actor, Permission permission, const Database *db = nullptr);
    // What a permission lets one do, for refusals and docs/ROLES.md ("issue tickets").
    static QString describe(Permission permission);
    // The roles allowed, in words ("reception", "a supervisor or an administrator").
    static QString whoMay(Permission permission);
    // Whether `db` has an active administrator with a password: from then on setting up needs one signed in.
    static Result<bool> hasAdministrator(const Database &db);
};

} // namespace Kezek
