#pragma once

#include <QStringList>

namespace Kezek {

// The languages Kezek ships (kk, ru, en) and which of them the system asks for.
struct Languages
{
    static QStringList shipped();
    // The first shipped language among the system's user-interface languages (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG), else English.
    static QString system();
};

} // namespace Kezek
