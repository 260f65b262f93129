#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

class Database;
struct Actor;

// Who did something, as the audit trail names them: a signed-in account, or a program acting without one (a shell
// command before accounts act there too, a sign-in attempt with a login nobody has).
struct AuditActor
{
    std::optional<int> accountId;
    QString name; // the account's login, or what acted ("kezekctl (root)")
};

// One row of the audit trail (schema version 7).
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<int> accountId;
    QString actor;
    QString action;  // a stable key: AuditTrail::signIn, …
    QString subject; // what it was done to: a login, a file, a period
    QString details; // before and after, or why
};

// The audit trail: an append-only record of who did what and when. record() runs inside the caller's write
// transaction, so a step and its audit row are committed together or not at all; nothing in Kezek changes or removes
// a row, and the database refuses it (Schema.cpp, version 7).
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // The actions recorded, as stored.
    static inline const QString signIn = QStringLiteral("sign-in");
    static inline const QString signInFailed = QStringLiteral("sign-in-failed");
    static inline const QString accountLocked = QStringLiteral("account-locked");
    static inline const QString signOut = QStringLiteral("sign-out");
    static inline const QString consoleLocked = QStringLiteral("console-locked");
    static inline const QString consoleUnlocked = QStringLiteral("console-unlocked");
    static inline const QString passwordChanged = QStringLiteral("password-changed");
    static inline const QString passwordSet = QStringLiteral("password-set");
    static inline const QString staffAdded = QStringLiteral("staff-added");
    static inline const QString staffDisabled = QStringLiteral("staff-disabled");
    static inline const QString setupChanged = QStringLiteral("setup-changed");
    static inline const QString windowChanged = QStringLiteral("window-changed");   // by someone not at it
    static inline const QString windowReleased = QStringLiteral("window-released"); // from a console that left it
    static inline const QString bookingsImported = QStringLiteral("bookings-imported");
    static inline const QString exported = QStringLiteral("exported");
    static inline const QString iinLookedUp = QStringLiteral("iin-looked-up");

    explicit AuditTrail(const Database &db) : m_db(db) { }

    Status record(qint64 at, const AuditActor &actor, const QString &action, const QString &subject = {},
                  const QString &details = {}) const;
    // An export out of Kezek (a report, the audit trail, the center's setup): refused unless `by` may export
    // (Permission::Export), else recorded in a write of its own, before the file is written. `what` names the
    // file or where it went, `period` what it covers.
    Status recordExport(qint64 at, const Actor &by, const QString &what, const QString &period) const;
    // The rows of [from, to), oldest first.
    Result<QList<AuditEntry>> between(qint64 from, qint64 to) const;

private:
    const Database &m_db;
};

} // namespace Kezek
