#include "Accounts.h"

#include "auth/Access.h"

#include "auth/PasswordHash.h"
#include "auth/ServerLogins.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"

#include <QRegularExpression>

namespace Kezek {

namespace {

// What the trail names when a login that nobody has was tried: never the text typed, which may be a password typed
// into the wrong field.
const QString unknownLogin = QStringLiteral("(unknown login)");

AuditActor actorOf(const Operator &person)
{
    return AuditActor{person.id, person.login};
}

} // namespace

Result<QList<Accounts::Stored>> Accounts::select(const QString &where, const QVariant &value) const
{
    Query q(m_db, QStringLiteral("SELECT id, login, full_name, role, active, password_hash, password_temporary, "
                                 "locked_until FROM operators ")
                      + where + QStringLiteral(" ORDER BY login"));
    if (!where.isEmpty())
        q.bind(QStringLiteral(":v"), value);
    if (auto status = q.exec(tr("reading the staff accounts")); !status)
        return status.failure();
    QList<Stored> found;
    while (q.next()) {
        Stored stored;
        Account &account = stored.account;
        account.person = Operator{q.integer(0), q.text(1), q.text(2), Names::role(q.text(3)).value_or(Role::Operator)};
        account.active = q.integer(4) != 0;
        stored.hash = q.text(5);
        account.hasPassword = !stored.hash.isEmpty();
        account.temporaryPassword = q.integer(6) != 0;
        account.lockedUntil = q.optionalInt64(7);
        found.append(stored);
    }
    return found;
}

Result<std::optional<Accounts::Stored>> Accounts::find(const QString &where, const QVariant &value) const
{
    auto found = select(where, value);
    if (!found)
        return found.failure();
    return found->isEmpty() ? std::nullopt : std::optional<Stored>(found->first());
}

Failure Accounts::wrongPassword() const
{
    return Failure{Failure::Kind::Invalid, tr("The login or the password is wrong.")};
}

Failure Accounts::locked(qint64 until) const
{
    return Failure{Failure::Kind::Conflict,
                   tr("This account is locked after %n failed sign-ins in a row; try again at %1.", nullptr,
                      failuresBeforeLock)
                       .arg(LocalTime::hhmm(until))};
}

Result<Account> Accounts::signIn(const QString &login, const QString &password) const
{
    auto stored = find(QStringLiteral("WHERE login = :v"), login.trimmed());
    if (!stored)
        return stored.failure();
    if (!*stored) {
        const qint64 now = m_clock.now();
        auto recorded = m_db.write([&] {
            return AuditTrail(m_db).record(now, AuditActor{std::nullopt, unknownLogin}, AuditTrail::signInFailed,
                                           unknownLogin);
        });
        if (!recorded)
            return recorded.failure();
        return wrongPassword();
    }
    return check(**stored, password, AuditTrail::signIn);
}

Result<Account> Accounts::unlock(int accountId, const QString &password) const
{
    auto stored = find(QStringLiteral("WHERE id = :v"), accountId);
    if (!stored)
        return stored.failure();
    if (!*stored)
        return wrongPassword();
    return check(**stored, password, AuditTrail::consoleUnlocked);
}

Result<Account> Accounts::check(const Stored &stored, const QString &password, const QString &action) const
{
    const Account &account = stored.account;
    const qint64 now = m_clock.now();
    if (account.lockedUntil && *account.lockedUntil > now)
        return locked(*account.lockedUntil);
    if (account.active && !account.hasPassword) {
        return Failure{Failure::Kind::Invalid,
                       tr("%1 has no password yet: an administrator sets one (kezekctl staff passwd %1).")
                           .arg(account.person.login)};
    }
    // The password is checked before the write transaction: a hash takes a tenth of a second, a server login a
    // round trip.
    auto matched = account.active ? matches(stored, password) : Result<Match>(Match{});
    if (!matched)
        return matched.failure();
    auto verdict = settle(stored, matched->accepted, action);
    if (!verdict)
        return verdict.failure();
    switch (*verdict) {
    case Verdict::Accepted: {
        // From a sign-in on, the person's steps run as their own server login, with their role's privileges.
        if (action == AuditTrail::signIn && matched->serverLogin) {
            if (auto status = m_db.useServerLogin(matched->serverLogin); !status)
                return status.failure();
        }
        Account signedIn = account;
        signedIn.lockedUntil.reset();
        return signedIn;
    }
    case Verdict::Locked:
        return locked(now + lockSeconds);
    case Verdict::Wrong:
        break;
    }
    return wrongPassword();
}

Result<Accounts::Match> Accounts::matches(const Stored &stored, const QString &password) const
{
    auto server = ServerLogins::enabled(m_db);
    if (!server)
        return server.failure();
    // Without server logins the file (or the PC's account) is the boundary: nothing to switch to.
    if (!*server)
        return Match{PasswordHash::matches(stored.hash, password), std::nullopt};
    auto role = ServerLogins::roleOf(m_db, stored.account.person.login);
    if (!role)
        return role.failure();
    const ServerLogin login{*role, password};
    auto accepted = m_db.acceptsServerLogin(login);
    if (!accepted)
        return accepted.failure();
    return *accepted ? Match{true, login} : Match{};
}

Result<Accounts::Verdict> Accounts::settle(const Stored &stored, bool matched, const QString &action) const
{
    const Operator &person = stored.account.person;
    const qint64 now = m_clock.now();
    const AuditTrail trail(m_db);
    return m_db.write([&]() -> Result<Verdict> {
        if (matched) {
            Query reset(m_db, QStringLiteral("UPDATE operators SET failed_signins = 0, locked_until = NULL "
                                             "WHERE id = :id AND (failed_signins <> 0 OR locked_until IS NOT NULL)"));
            reset.bind(QStringLiteral(":id"), person.id);
            if (auto status = reset.exec(tr("signing in")); !status)
                return status.failure();
            if (!action.isEmpty()) {
                if (auto status = trail.record(now, actorOf(person), action, person.login); !status)
                    return status.failure();
            }
            return Verdict::Accepted;
        }
        Query count(m_db, QStringLiteral("UPDATE operators SET failed_signins = failed_signins + 1 WHERE id = :id"));
        count.bind(QStringLiteral(":id"), person.id);
        if (auto status = count.exec(tr("counting a failed sign-in")); !status)
            return status.failure();
        auto failures = Query::scalar(m_db, QStringLiteral("SELECT failed_signins FROM operators WHERE id = :id"),
                                      {{QStringLiteral(":id"), person.id}}, tr("counting a failed sign-in"));
        if (!failures)
            return failures.failure();
        const QString why = action == AuditTrail::consoleUnlocked ? tr("at the locked console")
                            : action.isEmpty()                    ? tr("changing the password")
                                                                  : QString();
        if (auto status = trail.record(now, actorOf(person), AuditTrail::signInFailed, person.login, why);
            !status) {
            return status.failure();
        }
        if (failures->value_or(0) < failuresBeforeLock)
            return Verdict::Wrong;
        Query lock(m_db, QStringLiteral("UPDATE operators SET failed_signins = 0, locked_until = :until WHERE id = :id"));
        lock.bind(QStringLiteral(":until"), now + lockSeconds).bind(QStringLiteral(":id"), person.id);
        if (auto status = lock.exec(tr("locking the account")); !status)
            return status.failure();
        if (auto status = trail.record(now, actorOf(person), AuditTrail::accountLocked, person.login,
                                       tr("until %1").arg(LocalTime::hhmm(now + lockSeconds)));
            !status) {
            return status.failure();
        }
        return Verdict::Locked;
    });
}

Status Accounts::recordPlain(const Operator &person, const QString &action) const
{
    const qint64 now = m_clock.now();
    return m_db.write([&] { return AuditTrail(m_db).record(now, actorOf(person), action, person.login); });
}

Status Accounts::recordSignOut(const Operator &person) const
{
    if (auto status = recordPlain(person, AuditTrail::signOut); !status)
        return status;
    // The PC's own account again: it reads, and nothing more.
    return m_db.useServerLogin(std::nullopt);
}

Status Accounts::recordLock(const Operator &person) const
{
    return recordPlain(person, AuditTrail::consoleLocked);
}

Status Accounts::changePassword(int accountId, const QString &current, const QString &next) const
{
    auto stored = find(QStringLiteral("WHERE id = :v"), accountId);
    if (!stored)
        return stored.failure();
    if (!*stored)
        return wrongPassword();
    const Operator &person = (*stored)->account.person;
    if (auto problem = PasswordHash::problem(next, person.login))
        return Failure{Failure::Kind::Invalid, *problem};
    if (next == current)
        return Failure{Failure::Kind::Invalid, tr("Choose a password other than the current one.")};
    // The current password is checked, and a wrong one counted, as at sign-in; a right one is recorded only as the
    // change that follows.
    if (auto checked = check(**stored, current, {}); !checked)
        return checked.failure();
    auto hash = hashFor(next);
    if (!hash)
        return hash.failure();
    const qint64 now = m_clock.now();
    auto changed = m_db.write([&]() -> Status {
        if (auto status = storePassword(person, next, *hash, false, tr("changing the password")); !status)
            return status;
        return AuditTrail(m_db).record(now, actorOf(person), AuditTrail::passwordChanged, person.login);
    });
    if (!changed)
        return changed;
    // The connection keeps the person's login for when it has to connect again: with the new password now.
    if (const auto &login = m_db.serverLogin(); login && !hash->has_value())
        return m_db.useServerLogin(ServerLogin{login->user, next});
    return success();
}

Result<std::optional<QString>> Accounts::hashFor(const QString &password) const
{
    auto server = ServerLogins::enabled(m_db);
    if (!server)
        return server.failure();
    if (*server)
        return std::optional<QString>();
    auto hash = PasswordHash::of(password);
    if (!hash)
        return hash.failure();
    return std::optional<QString>(*hash);
}

Status Accounts::storePassword(const Operator &person, const QString &password, const std::optional<QString> &hash,
                               bool temporary, const QString &doing) const
{
    if (!hash)
        return ServerLogins::setPassword(m_db, person.login, password, temporary);
    Query q(m_db, QStringLiteral("UPDATE operators SET password_hash = :hash, password_temporary = :temporary, "
                                 "failed_signins = 0, locked_until = NULL WHERE id = :id"));
    q.bind(QStringLiteral(":hash"), *hash)
        .bind(QStringLiteral(":temporary"), temporary ? 1 : 0)
        .bind(QStringLiteral(":id"), person.id);
    return q.exec(doing);
}

Status Accounts::setPassword(const QString &login, const QString &password, bool temporary,
                             const Actor &by) const
{
    auto account = byLogin(login);
    if (!account)
        return account.failure();
    if (auto problem = PasswordHash::problem(password, account->person.login))
        return Failure{Failure::Kind::Invalid, *problem};
    auto hash = hashFor(password);
    if (!hash)
        return hash.failure();
    const qint64 now = m_clock.now();
    return m_db.write([&]() -> Status {
        if (auto allowed = Access::check(by, Permission::ManageStaff, &m_db); !allowed)
            return allowed;
        if (auto status = storePassword(account->person, password, *hash, temporary, tr("setting the password"));
            !status)
            return status;
        return AuditTrail(m_db).record(now, by.audited(), AuditTrail::passwordSet, account->person.login,
                                       temporary ? tr("temporary") : tr("permanent"));
    });
}

Result<Account> Accounts::add(const NewAccount &account, const QString &password, const Actor &by) const
{
    const QString login = account.login.trimmed();
    if (auto problem = loginProblem(login))
        return Failure{Failure::Kind::Invalid, *problem};
    const QString fullName = account.fullName.simplified();
    if (fullName.isEmpty())
        return Failure{Failure::Kind::Invalid, tr("%1: the full name is missing").arg(login)};
    if (auto problem = PasswordHash::problem(password, login))
        return Failure{Failure::Kind::Invalid, *problem};
    auto hash = hashFor(password);
    if (!hash)
        return hash.failure();
    const qint64 now = m_clock.now();
    auto added = m_db.write([&]() -> Status {
        if (auto allowed = Access::check(by, Permission::ManageStaff, &m_db); !allowed)
            return allowed;
        auto taken = Query::scalar(m_db, QStringLiteral("SELECT count(*) FROM operators WHERE login = :login"),
                                   {{QStringLiteral(":login"), login}}, tr("adding %1").arg(login));
        if (!taken)
            return taken.failure();
        if (taken->value_or(0) > 0)
            return Failure{Failure::Kind::Conflict, tr("the login %1 is taken").arg(login)};
        // On a server the row's trigger makes the account's server role, which then gets the password.
        Query q(m_db, QStringLiteral("INSERT INTO operators (login, full_name, role, password_hash, "
                                     "password_temporary) VALUES (:login, :name, :role, :hash, 1)"));
        q.bind(QStringLiteral(":login"), login)
            .bind(QStringLiteral(":name"), fullName)
            .bind(QStringLiteral(":role"), Names::key(account.role))
            .bind(QStringLiteral(":hash"), *hash ? QVariant(**hash) : QVariant());
        if (auto status = q.exec(tr("adding %1").arg(login)); !status)
            return status;
        if (!*hash) {
            if (auto status = ServerLogins::setPassword(m_db, login, password, true); !status)
                return status;
        }
        return AuditTrail(m_db).record(now, by.audited(), AuditTrail::staffAdded, login,
                                       tr("%1, %2").arg(fullName, Names::key(account.role)));
    });
    if (!added)
        return added.failure();
    return byLogin(login);
}

std::optional<QString> Accounts::loginProblem(const QString &login)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (loginPattern.match(login).hasMatch())
        return std::nullopt;
    return tr("login \"%1\": use 2 to 32 small Latin letters, digits, dots, dashes or underscores, starting with a "
              "letter")
        .arg(login);
}

Status Accounts::disable(const QString &login, const Actor &by) const
{
    auto account = byLogin(login);
    if (!account)
        return account.failure();
    if (!account->active)
        return Failure{Failure::Kind::NothingToDo, tr("%1 is disabled already").arg(account->person.login)};
    const qint64 now = m_clock.now();
    return m_db.write([&]() -> Status {
        if (auto allowed = Access::check(by, Permission::ManageStaff, &m_db); !allowed)
            return allowed;
        Query q(m_db, QStringLiteral("UPDATE operators SET active = 0 WHERE id = :id"));
        q.bind(QStringLiteral(":id"), account->person.id);
        if (auto status = q.exec(tr("disabling %1").arg(account->person.login)); !status)
            return status;
        return AuditTrail(m_db).record(now, by.audited(), AuditTrail::staffDisabled, account->person.login);
    });
}

Result<QList<Account>> Accounts::list() const
{
    auto found = select({}, {});
    if (!found)
        return found.failure();
    QList<Account> accounts;
    for (const Stored &stored : std::as_const(*found))
        accounts.append(stored.account);
    return accounts;
}

Result<Account> Accounts::byLogin(const QString &login) const
{
    auto stored = find(QStringLiteral("WHERE login = :v"), login.trimmed());
    if (!stored)
        return stored.failure();
    if (!*stored)
        return Failure{Failure::Kind::NotFound, tr("There is no account with the login \"%1\".").arg(login.trimmed())};
    return (*stored)->account;
}

} // namespace Kezek
