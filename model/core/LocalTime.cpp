#include "LocalTime.h"

#include <QDateTime>
#include <QRegularExpression>

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
    // 24:00 (a day that closes at midnight) is the next day's start, not this one's: QTime wraps, the date does not.
    return QDateTime(date.addDays(secondsFromMidnight / 86400), QTime(0, 0).addSecs(secondsFromMidnight % 86400))
        .toSecsSinceEpoch();
}

int secondsFromMidnight(qint64 epochSeconds)
{
    return QTime(0, 0).secsTo(QDateTime::fromSecsSinceEpoch(epochSeconds).time());
}

QString hhmm(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds).time().toString(QStringLiteral("HH:mm"));
}

QString clockOfDay(int secondsFromMidnight)
{
    return QStringLiteral("%1:%2")
        .arg(secondsFromMidnight / 3600, 2, 10, QLatin1Char('0'))
        .arg(secondsFromMidnight / 60 % 60, 2, 10, QLatin1Char('0'));
}

bool isInRange(QDate date)
{
    return date.isValid() && date.year() >= firstYear && date.year() <= lastYear;
}

std::optional<qint64> parse(const QString &text)
{
    // Only the documented shapes, matched whole: QDateTime::fromString would also take a sign before the
    // year, and Qt::ISODate offsets, fractions and trailing text.
    static const QRegularExpression shape(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.hasCaptured(6) ? match.captured(6).toInt() : 0);
    if (!isInRange(date) || !time.isValid())
        return std::nullopt;
    const QDateTime local(date, time);
    // A local time the clocks skip (a daylight-saving gap) is no time at all.
    if (!local.isValid() || local.date() != date || local.time() != time)
        return std::nullopt;
    return local.toSecsSinceEpoch();
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!isInRange(date))
        return std::nullopt;
    return date;
}

} // namespace Kezek::LocalTime
