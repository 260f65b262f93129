#pragma once

#include "audit/AuditTrail.h"
#include "core/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kezek {

class Database;

// Staff logins on a center's PostgreSQL server (docs/ROLES.md, "Server logins"). Once enabled, every account is a
// server role of its own ("<database>.<login>") in the group of its Kezek role ("<database>_operator", …), and
// the PCs' shared account is only in "<database>_pc", which reads and keeps the sign-in count, nothing more. So
// what a person's credentials allow with psql is what their role allows in Kezek: an operator cannot edit the
// catalogue or the staff, nobody but the owner changes or removes history, and the PC's own password lets one
// read, not act. The server checks the passwords (scram-sha-256); Kezek sends it only their SCRAM verifiers.
//
// The accounts' server roles follow the staff table by a trigger (added, role changed, disabled), so Accounts,
// the administration and `kezekctl center apply` need not know; a password set or changed goes to the server in
// the same transaction (setPassword()).
class ServerLogins final
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogins)

public:
    // What operators.password_hash holds for an account whose password the server keeps (no hash of it: it is
    // not Kezek's to check).
    static const QString &keptByServer();

    // Whether `db` is on a server with staff logins enabled. Always false on SQLite.
    static Result<bool> enabled(const Database &db);
    // The account's server role: "<database>.<login>".
    static Result<QString> roleOf(const Database &db, const QString &login);
    // The group role of a Kezek role, or of the PCs' shared account ("pc").
    static QString group(const QString &database, const QString &kezekRole);

    // Gives `login` the server password `password` (its SCRAM verifier only), temporary or not, inside the caller's
    // transaction; the server refuses it unless the connection is an administrator's, the person's own or the owner's.
    static Status setPassword(const Database &db, const QString &login, const QString &password, bool temporary);

    struct Enabled
    {
        QString database;
        QStringList groups;          // created or refreshed
        QStringList pcRoles;         // the PCs' accounts now in the pc group
        QStringList needingPassword; // accounts whose Argon2 hash went: an administrator sets them a password
    };
    // Run by the database's owner (it needs CREATEROLE): creates the groups, gives each its privileges and no
    // more, takes every other privilege on Kezek's tables away from everyone else, makes each account a server
    // role and puts `pcRoles` in the PCs' group. One transaction; run again after an upgrade, it changes nothing
    // but what the new version needs.
    static Result<Enabled> enable(const Database &db, const QStringList &pcRoles, qint64 now, const AuditActor &by);
};

} // namespace Kezek
