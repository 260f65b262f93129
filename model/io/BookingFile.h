#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Kezek {

// One record of a booking file, fields as written (untrimmed, unvalidated), with where it came from.
struct BookingRow
{
    QString file;
    int line = 0; // physical line where the record starts (CSV) or where the object's '{' is (JSON)
    QString bookingId;
    QString channel;
    QString iin;
    QString fullName;
    QString phone;
    QString serviceCode;
    QString slotStart;
    // Set when the record itself is malformed (wrong field count, not a JSON object): the row must be rejected.
    QString problem;

    // Each field's name in the file (booking_id, ...) with its value, in the documented order.
    QList<std::pair<QString, QString>> namedValues() const;
};

// Reads the channels' daily booking files (DOMAIN.md "Data exchange"), CSV or JSON, into rows.
// Only the file's shape is checked here; the booking rules are the importer's.
class BookingFile final
{
    Q_DECLARE_TR_FUNCTIONS(BookingFile)

public:
    enum class Format { Csv, Json };

    // The format is taken from the extension (.csv, .json), else sniffed from the first non-space character.
    // A missing, unreadable or non-UTF-8 file, bad JSON or a CSV header lacking a field is a Failure naming the file.
    static Result<QList<BookingRow>> read(const QString &path);
    // The same on bytes already in memory; `fileName` is what rows and failures name.
    static Result<QList<BookingRow>> parse(const QByteArray &data, const QString &fileName,
                                           std::optional<Format> format = std::nullopt);

    // The field names, in the documented order: booking_id, channel, iin, full_name, phone, service_code, slot_start.
    static QStringList fieldNames();

private:
    static Result<QList<BookingRow>> parseCsv(const QString &text, const QString &fileName);
    static Result<QList<BookingRow>> parseJson(const QByteArray &data, const QString &fileName);
};

} // namespace Kezek
