#pragma once

#include "domain/Catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kezek {

// One window as a center's setup describes it: its number and the codes of the services it serves.
struct WindowSetup
{
    int number = 0;
    QStringList services;

    bool operator==(const WindowSetup &other) const = default;
};

// One staff account as a center's setup describes it; passwords are not part of a setup (kezekctl staff passwd).
struct StaffSetup
{
    QString login;
    QString fullName;
    Role role = Role::Operator;
    bool active = true;
};

// A whole center's configuration, declaratively: what `kezekctl center export` writes and `center apply` makes the
// database hold (docs/CENTER-FILE.md). Services and categories are named by code, windows by number, staff by login.
struct CenterSetup
{
    CenterSettings center;
    QList<Service> services;
    QList<WindowSetup> windows;
    QList<PriorityCategory> categories;
    QList<StaffSetup> staff;
};

} // namespace Kezek
