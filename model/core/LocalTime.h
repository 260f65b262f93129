#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace Kezek {

// Conversions between stored epoch seconds and the center's local calendar (the machine's time zone).
namespace LocalTime {

QDate dateOf(qint64 epochSeconds);
QString dayKey(qint64 epochSeconds); // "2020-05-18": the day tickets are numbered in
qint64 startOfDay(QDate date);
qint64 at(QDate date, int secondsFromMidnight);
int secondsFromMidnight(qint64 epochSeconds);
QString hhmm(qint64 epochSeconds);

// Accepts "2020-05-18T10:05", "2020-05-18T10:05:00" and "2020-05-18 10:05[:00]" as local time.
std::optional<qint64> parse(const QString &text);
std::optional<QDate> parseDate(const QString &text);

} // namespace LocalTime
} // namespace Kezek
