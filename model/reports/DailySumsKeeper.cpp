#include "DailySumsKeeper.h"

#include "core/LocalTime.h"
#include "reports/ReportEngine.h"

namespace Kezek {

DailySumsKeeper::DailySumsKeeper(const Database &db, int lookbackDays)
    : m_db(db)
    , m_lookbackDays(lookbackDays)
{
}

Result<bool> DailySumsKeeper::step(qint64 now, int daysPerStep)
{
    const QDate today = LocalTime::dateOf(now);
    if (today != m_today) {
        m_today = today;
        m_cursor = today.addDays(-1);
    }
    const QDate oldest = today.addDays(-m_lookbackDays);
    const ReportEngine engine(m_db);
    for (int looked = 0; looked < daysPerStep && m_cursor >= oldest; ++looked) {
        const QDate day = m_cursor;
        m_cursor = m_cursor.addDays(-1);
        auto missing = engine.daysToCompute(day, day, now);
        if (!missing)
            return missing.failure();
        if (*missing == 0)
            continue;
        if (auto summed = engine.sums(day, day, now); !summed)
            return summed.failure();
        return true;
    }
    return m_cursor >= oldest;
}

} // namespace Kezek
