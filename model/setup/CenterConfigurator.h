#pragma once

#include "audit/AuditTrail.h"
#include "auth/Actor.h"
#include "core/Result.h"
#include "setup/CenterSetup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Kezek {

class Clock;
class Database;

// One change a setup makes: what it concerns ("service EDS") and how ("norm 10 → 12 min").
struct SetupChange
{
    QString subject;
    QString change;
};

// Makes the database hold a CenterSetup, declaratively: what the setup says is added or changed, a service it no
// longer names is retired (never deleted: its history stays), a category switched off, an account disabled; a
// window it no longer names is removed, unless it has a history (served anyone, or was opened). Everything is checked before anything is
// written, and it is all one transaction with an audit row per change, so a setup is applied whole or not at all;
// applying it again changes nothing. `kezekctl center` and the administration page both go through here.
class CenterConfigurator final
{
    Q_DECLARE_TR_FUNCTIONS(CenterConfigurator)

public:
    CenterConfigurator(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // The center as the database holds it now (retired services, inactive categories and accounts included).
    Result<CenterSetup> current() const;
    // What makes no sense in `setup`, each in words ("services ID-CARD and EDS have the same letter A"); empty when
    // it may be applied.
    static QStringList problems(const CenterSetup &setup);
    // The changes applying `desired` would make; nothing is written.
    Result<QList<SetupChange>> plan(const CenterSetup &desired) const;
    // Applies `desired`; returns the changes made (none when the database held it already).
    // Needs Permission::SetUpCenter (or setting up a database without an administrator).
    Result<QList<SetupChange>> apply(const CenterSetup &desired, const Actor &by) const;

private:
    struct Step
    {
        SetupChange change;
        std::function<Status()> run;
    };

    Result<QList<Step>> steps(const CenterSetup &desired) const;
    Status checkRemovedWindows(const CenterSetup &current, const CenterSetup &desired) const;
    QList<Step> centerSteps(const CenterSetup &current, const CenterSetup &desired) const;
    // A notice (changing nothing) when bookings to come fall outside the desired hours.
    Result<QList<Step>> strandedBookings(const CenterSetup &current, const CenterSetup &desired) const;
    QList<Step> serviceSteps(const CenterSetup &current, const CenterSetup &desired) const;
    QList<Step> windowSteps(const CenterSetup &current, const CenterSetup &desired) const;
    QList<Step> categorySteps(const CenterSetup &current, const CenterSetup &desired) const;
    QList<Step> staffSteps(const CenterSetup &current, const CenterSetup &desired) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace Kezek
