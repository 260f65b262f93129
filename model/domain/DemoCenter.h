#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"

#include <QList>

#include <QCoreApplication>

namespace Kezek {

class Database;

// Fills an empty database with DOMAIN.md's demo center: a mixed city center, 8 services,
// 12 windows with one operator each, a reception, a supervisor and an administrator login, and the out-of-turn
// categories. Every demo account signs in with `password` (not a temporary one: a demo is for looking around).
class DemoCenter final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCenter)

public:
    static inline const QString password = QStringLiteral("demo1234");
    // Its Argon2id hash (PasswordHash::of), as stored for every demo account.
    static inline const QString passwordHash =
        QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$z05txkoXBzZ603IXvlJHoA$OItBwywbQRmXXngZICesHL5fcUbGe32aOtdikZX20VQ");

    // Does nothing (and succeeds) if a center already exists, so init --demo can be repeated.
    static Status install(const Database &db);

    // The services and out-of-turn categories of a Public Service Center (DOMAIN.md), as the demo has them: what a
    // new center starts from in the first-run wizard.
    static QList<Service> standardServices();
    static QList<PriorityCategory> standardCategories();
};

} // namespace Kezek
