#pragma once

#include "auth/Actor.h"
#include "core/Result.h"
#include "io/BookingFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Kezek {

class Database;

// A booking row that was not imported, and why.
struct ImportRejection
{
    QString file;
    int line = 0;
    QString reason;

    // "FILE:LINE: reason", as kezekctl prints it.
    QString formatRejection() const;
};

// What an import did. Every row read lands in exactly one of the four counts.
struct ImportReport
{
    int imported = 0;  // new bookings
    int updated = 0;   // known bookings (same channel and booking_id) whose data changed, not yet checked in
    int unchanged = 0; // known bookings sent again as they are
    QList<ImportRejection> rejected;

    int rows() const { return imported + updated + unchanged + int(rejected.size()); }
    QStringList formatRejections() const;
};

// Imports the channels' booking files (DOMAIN.md "Data exchange"): each row is checked against the IIN, catalogue,
// channel and slot rules; good rows are written, bad ones reported by file and line. All rows of one call are one
// write transaction, so a cancelled or failed import leaves the database as it was, and re-importing a file
// changes nothing.
class BookingImporter final
{
    Q_DECLARE_TR_FUNCTIONS(BookingImporter)

public:
    // Called about every 1% of rows and at the end; return false to cancel (everything is rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit BookingImporter(const Database &db) : m_db(db) { }

    // Reads every file first: a file that cannot be read as a booking file fails the whole call before anything
    // is written. `now` is recorded as the creation time of new bookings. Who imports needs
    // Permission::ImportBookings; the import leaves an audit row naming them, the files and the counts.
    Result<ImportReport> importFiles(const QStringList &paths, qint64 now, const Actor &by,
                                     const Progress &progress = {}) const;
    Result<ImportReport> importRows(const QList<BookingRow> &rows, qint64 now, const Actor &by,
                                    const Progress &progress = {}) const;

private:
    const Database &m_db;
};

} // namespace Kezek
