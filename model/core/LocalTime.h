#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace Kezek {

// Conversions between stored epoch seconds and the center's local calendar (the machine's time zone).
namespace LocalTime {

// The years a date or time read from outside (command line, booking files) may fall in. A queue day far
// outside them is a typo, and years before 0 or after 9999 have no ISO text at all, so day keys and
// booking codes built from them would come out empty or malformed.
inline constexpr int firstYear = 2000;
inline constexpr int lastYear = 2100;

QDate dateOf(qint64 epochSeconds);
QString dayKey(qint64 epochSeconds); // "2020-05-18": the day tickets are numbered in
qint64 startOfDay(QDate date);
qint64 at(QDate date, int secondsFromMidnight);
int secondsFromMidnight(qint64 epochSeconds);
QString hhmm(qint64 epochSeconds);
// "09:00" for a time of day given as seconds from midnight (opening hours, not a moment).
QString clockOfDay(int secondsFromMidnight);

// Exactly "2020-05-18T10:05", "2020-05-18T10:05:00", "2020-05-18 10:05" or "2020-05-18 10:05:00" as local
// time, with surrounding whitespace only: no offset, fraction or trailing text, a year from firstYear to
// lastYear. nullopt otherwise.
std::optional<qint64> parse(const QString &text);
// Exactly "2020-05-18" (surrounding whitespace allowed), a year from firstYear to lastYear.
std::optional<QDate> parseDate(const QString &text);
// Whether a date is within firstYear..lastYear.
bool isInRange(QDate date);

} // namespace LocalTime
} // namespace Kezek
