#pragma once

#include "audit/AuditTrail.h"
#include "auth/Actor.h"
#include "core/Result.h"
#include "db/ServerAddress.h"
#include "domain/Catalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

class Clock;
class Database;

// A staff account as the administration sees it: the person, and the state of their password.
struct Account
{
    Operator person;
    bool active = true;
    bool hasPassword = false;
    bool temporaryPassword = false;     // to be changed at the next sign-in
    std::optional<qint64> lockedUntil;  // after too many failed sign-ins
};

// A new account: who, and in which role.
struct NewAccount
{
    QString login;
    QString fullName;
    Role role = Role::Operator;
};

// Signing in and the staff accounts: passwords checked against their Argon2id hashes (PasswordHash), five failed
// sign-ins in a row lock an account for five minutes, a temporary password must be changed before anything else,
// and every sign-in, failure, lock, sign-out and account change leaves an audit row (AuditTrail) in the same
// transaction. A password is hashed before the write transaction starts, so the write lock is never held for it.
//
// A refusal says what to do, never which half was wrong: "the login or the password is wrong" for an unknown
// login, a wrong password and a disabled account alike, so that nobody learns from the console who has an account.
class Accounts final
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    static constexpr int failuresBeforeLock = 5;
    static constexpr int lockSeconds = 5 * 60;

    Accounts(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // Checks the password of `login`. A wrong one is counted (the fifth in a row locks the account) and audited.
    Result<Account> signIn(const QString &login, const QString &password) const;
    // The same person's password at their locked console; failures count as at sign-in.
    Result<Account> unlock(int accountId, const QString &password) const;
    // Audit rows for what a console did without a password: it signed out, or it locked itself when idle.
    Status recordSignOut(const Operator &person) const;
    Status recordLock(const Operator &person) const;

    // The person's own change, with their current password; clears a temporary one.
    Status changePassword(int accountId, const QString &current, const QString &next) const;
    // An administrator's (or the shell's) setting of someone's password, temporary unless said otherwise.
    // Needs Permission::ManageStaff (or setting up a database without an administrator), as do add and disable.
    Status setPassword(const QString &login, const QString &password, bool temporary, const Actor &by) const;
    // A new account with a temporary password.
    Result<Account> add(const NewAccount &account, const QString &password, const Actor &by) const;
    // A disabled account cannot sign in; its history stays.
    Status disable(const QString &login, const Actor &by) const;

    // Why `login` cannot name an account ("login \"Has Space\": use 2 to 32 small Latin letters, …"); nullopt when it can.
    static std::optional<QString> loginProblem(const QString &login);

    // Every account, disabled ones too, by login.
    Result<QList<Account>> list() const;
    Result<Account> byLogin(const QString &login) const;

private:
    struct Stored
    {
        Account account;
        QString hash;
    };
    enum class Verdict { Accepted, Wrong, Locked };

    Result<QList<Stored>> select(const QString &where, const QVariant &value) const;
    Result<std::optional<Stored>> find(const QString &where, const QVariant &value) const;
    // Records the outcome of a password check of `stored`: resets or counts the failures, audits a failure, and a
    // success as `action` (none when empty: the caller records what the check was for).
    Result<Verdict> settle(const Stored &stored, bool matched, const QString &action) const;
    Result<Account> check(const Stored &stored, const QString &password, const QString &action) const;
    // Whether `password` is the account's: checked against its hash, or by the server, which then gives the login
    // the person's steps run as from a sign-in on.
    struct Match
    {
        bool accepted = false;
        std::optional<ServerLogin> serverLogin;
    };
    Result<Match> matches(const Stored &stored, const QString &password) const;
    // The Argon2id hash to store for a new password, or nullopt where the server keeps passwords.
    Result<std::optional<QString>> hashFor(const QString &password) const;
    // Writes a new password (inside the caller's transaction) and clears the failed sign-ins.
    Status storePassword(const Operator &person, const QString &password, const std::optional<QString> &hash,
                         bool temporary, const QString &doing) const;
    Status recordPlain(const Operator &person, const QString &action) const;
    Failure wrongPassword() const;
    Failure locked(qint64 until) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace Kezek
