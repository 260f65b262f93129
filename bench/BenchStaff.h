#pragma once

// The demo center's people for the benchmarks, looked up once before anything is measured: reception, the
// administrator, and the operator holding each window.
#include "auth/Actor.h"
#include "db/Database.h"
#include "domain/Catalogue.h"

#include <QtGlobal>

namespace Kezek::Bench {

inline Actor benchAccount(const Database &db, const QString &login)
{
    auto person = Catalogue(db).operatorByLogin(login);
    if (!person)
        qFatal("bench fixture: no account %s: %s", qPrintable(login), qPrintable(person.message()));
    return Actor{*person, std::nullopt};
}

// The operator holding window `number` (opNN in the demo center), at it.
inline Actor benchOperatorAt(const Database &db, int number)
{
    auto window = Catalogue(db).window(number);
    if (!window || !window->operatorId)
        qFatal("bench fixture: nobody holds window %d", number);
    auto person = Catalogue(db).operatorById(*window->operatorId);
    if (!person)
        qFatal("bench fixture: %s", qPrintable(person.message()));
    return Actor{*person, window->id};
}

} // namespace Kezek::Bench
