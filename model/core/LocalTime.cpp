#include "LocalTime.h"

#include <QDateTime>

namespace Kezek::LocalTime {

QDate dateOf(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds).date();
}

QString dayKey(qint64 epochSeconds)
{
    return dateOf(epochSeconds).toString(Qt::ISODate);
}

qint64 startOfDay(QDate date)
{
    return date.startOfDay().toSecsSinceEpoch();
}

qint64 at(QDate date, int secondsFromMidnight)
{
    return QDateTime(date, QTime(0, 0).addSecs(secondsFromMidnight)).toSecsSinceEpoch();
}

int secondsFromMidnight(qint64 epochSeconds)
{
    return QTime(0, 0).secsTo(QDateTime::fromSecsSinceEpoch(epochSeconds).time());
}

QString hhmm(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds).time().toString(QStringLiteral("HH:mm"));
}

std::optional<qint64> parse(const QString &text)
{
    QString normalised = text.trimmed();
    if (normalised.size() > 10 && normalised.at(10) == QLatin1Char(' '))
        normalised[10] = QLatin1Char('T');
    // Only the two documented shapes; QDateTime's ISO parser would also take offsets and fractions.
    for (const QString &format : {QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm")}) {
        const QDateTime parsed = QDateTime::fromString(normalised, format);
        if (parsed.isValid())
            return parsed.toSecsSinceEpoch();
    }
    return std::nullopt;
}

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace Kezek::LocalTime
