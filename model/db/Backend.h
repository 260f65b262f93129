#pragma once

namespace Kezek {

// Which SQL engine is behind a Database. Rules never look at this; only the db/ layer does (Dialect).
enum class Backend { Sqlite, Postgres };

} // namespace Kezek
