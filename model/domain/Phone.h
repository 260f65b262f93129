#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kezek {

// Kazakh mobile numbers as citizens write them, brought to the one stored form +77XXXXXXXXX.
class Phone final
{
    Q_DECLARE_TR_FUNCTIONS(Phone)

public:
    // "+7 701 555 01 01", "8 (701) 555-01-01", "7 701 5550101" and the bare national "701 555 01 01"
    // all give "+77015550101". The national number must be 10 digits of a mobile code (70x or 77x);
    // anything else, including an empty text, gives nullopt.
    static std::optional<QString> normalise(const QString &text);

    // The phone to store with a booking. Citizens may book without a phone, so an empty (or blank) text
    // is kept empty; any other text must normalise, because a number we cannot text is worse than none
    // and silently dropping it would hide the problem from the channel that sent it.
    static Result<QString> forBooking(const QString &text);
};

} // namespace Kezek
