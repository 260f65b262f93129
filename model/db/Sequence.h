#pragma once

#include "core/Result.h"

namespace Kezek {

class Database;

// Named counters (ticket numbers per letter per day, generated booking codes). Call inside a
// WriteTransaction: the increment is then as atomic as the change that uses it.
namespace Sequence {
Result<qint64> next(const Database &db, const QString &name);
}

} // namespace Kezek
