// libFuzzer target: the fuzz input is one booking file (DOMAIN.md "Data exchange"), CSV or JSON as BookingFile
// sniffs it, parsed and imported twice into a fresh demo-center database. Checks what the reader and the importer
// promise: a file that is read is well-formed UTF-8 (and, as JSON, well-formed JSON), every row is counted once,
// what is counted as imported is what is stored, a re-import changes nothing, and every rejection names a line of
// the file. See docs/FUZZING.md.
#include "FuzzSupport.h"
#include "StrictFormats.h"

#include "db/Database.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "io/BookingFile.h"
#include "io/BookingImporter.h"

#include <QByteArray>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Kezek;

namespace {

const QString fileName = QStringLiteral("fuzz-bookings");

// How each input gets a fresh demo database. By default one copy of the template stays open and the bookings are
// deleted after each input: the importer writes nothing but bookings, and this runs about 6 times as many inputs
// per second as KEZEK_FUZZ_RESET=copy, which copies and opens the template file for every input.
enum class Fresh { Copy, Delete };
Fresh fresh = Fresh::Delete;
std::unique_ptr<Database> kept;

std::unique_ptr<Database> open(const QString &path)
{
    auto db = Database::open(DatabaseLocation{path});
    if (!db)
        Fuzz::broken(QStringLiteral("setup: cannot open the database copy"), db.message());
    return std::move(db).value();
}

qint64 storedBookings(const Database &db)
{
    auto n = Query::scalar(db, QStringLiteral("SELECT count(*) FROM bookings"), {}, QStringLiteral("fuzz"));
    if (!n)
        Fuzz::broken(QStringLiteral("setup: cannot count bookings"), n.message());
    return n->value_or(-1);
}

// Rows inserted, updated or deleted through this connection since it was opened (SQLite's total_changes()).
qint64 totalChanges(const Database &db)
{
    auto n = Query::scalar(db, QStringLiteral("SELECT total_changes()"), {}, QStringLiteral("fuzz"));
    if (!n)
        Fuzz::broken(QStringLiteral("setup: cannot count changes"), n.message());
    return n->value_or(-1);
}

// Every column of every stored booking, in a fixed order, to compare byte for byte.
QString snapshot(const Database &db)
{
    Query q(db, QStringLiteral("SELECT id, channel, booking_id, iin, full_name, phone, service_id, slot_start, "
                               "created_at, ticket_id FROM bookings ORDER BY id"));
    if (auto status = q.exec(QStringLiteral("fuzz")); !status)
        Fuzz::broken(QStringLiteral("setup: cannot list bookings"), status.message());
    QString text;
    while (q.next()) {
        for (int c = 0; c < 10; ++c) {
            const QVariant value = q.value(c);
            text += value.isNull() ? QStringLiteral("NULL") : QLatin1Char('"') + value.toString() + QLatin1Char('"');
            text += c < 9 ? QLatin1Char('|') : QLatin1Char('\n');
        }
    }
    return text;
}

// Lines as a reader counts them: CRLF, LF and a lone CR each end one (the CSV reader honours all three).
int lineCount(const QByteArray &data)
{
    int lines = 1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == data.size() || data[i + 1] != '\n')))
            ++lines;
    }
    return lines;
}

QString counts(const ImportReport &report)
{
    return QStringLiteral("imported %1, updated %2, unchanged %3, rejected %4")
        .arg(report.imported)
        .arg(report.updated)
        .arg(report.unchanged)
        .arg(report.rejected.size());
}

void checkReport(const ImportReport &report, qsizetype rows, int lines, const QString &which)
{
    Fuzz::require(report.rows() == rows, which + QStringLiteral(": every row is counted once"),
                  QStringLiteral("%1 rows parsed; %2").arg(rows).arg(counts(report)));
    for (const ImportRejection &rejection : report.rejected) {
        Fuzz::require(rejection.line >= 1 && rejection.line <= lines,
                      which + QStringLiteral(": a rejection names a line of the file"),
                      QStringLiteral("file has %1 lines; rejection: %2").arg(lines).arg(rejection.formatRejection()));
        Fuzz::require(rejection.file == fileName && !rejection.reason.trimmed().isEmpty(),
                      which + QStringLiteral(": a rejection names the file and a reason"), rejection.formatRejection());
    }
}

// A file BookingFile accepted must be what DOMAIN.md says booking files are: UTF-8, and JSON when it is read as JSON.
void checkWellFormed(const QByteArray &data)
{
    const QByteArrayView bom("\xEF\xBB\xBF");
    const QByteArrayView body = data.startsWith(bom) ? QByteArrayView(data).sliced(bom.size()) : QByteArrayView(data);
    Fuzz::require(Fuzz::isStrictUtf8(body), QStringLiteral("a file that is read is well-formed UTF-8"));
    // The same sniffing as BookingFile::parse (no extension given): JSON when the first non-space character is '['.
    const QString text = QString::fromUtf8(body);
    const auto first = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
    if (first == text.cend() || *first != u'[')
        return;
    const std::optional<bool> strict = Fuzz::isStrictJson(body);
    Fuzz::require(strict.value_or(true), QStringLiteral("a file that is read as JSON is well-formed JSON (RFC 8259)"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    if (qEnvironmentVariable("KEZEK_FUZZ_RESET") == QLatin1String("copy"))
        fresh = Fresh::Copy;
    else
        kept = open(Fuzz::copyOf(Fuzz::demoTemplate(), QStringLiteral("kept.sqlite")));
    // Closed before Qt's own globals go away at exit (they were created after `kept`, so they would go first).
    std::atexit([] { kept.reset(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const auto parsed = BookingFile::parse(data, fileName);
    if (!parsed) {
        Fuzz::require(!parsed.message().trimmed().isEmpty(), QStringLiteral("a file that cannot be read says why"));
        return 0;
    }
    const QList<BookingRow> &rows = *parsed;
    const int lines = lineCount(data);
    checkWellFormed(data);

    std::unique_ptr<Database> copied;
    if (fresh == Fresh::Copy)
        copied = open(Fuzz::copyOf(Fuzz::demoTemplate(), QStringLiteral("input.sqlite")));
    Database &db = fresh == Fresh::Copy ? *copied : *kept;
    Fuzz::require(storedBookings(db) == 0, QStringLiteral("setup: each input starts without bookings"));

    const BookingImporter importer(db);
    const qint64 now = Fuzz::sampleDay(8, 0);
    // The demo center's reception imports, as a desk would.
    const auto desk = Catalogue(db).operatorByLogin(QStringLiteral("reception"));
    Fuzz::require(desk.ok(), QStringLiteral("setup: the demo center has its reception account"));
    const Actor by{*desk, std::nullopt};
    const auto first = importer.importRows(rows, now, by);
    Fuzz::require(first.ok(), QStringLiteral("first import: only a failing database makes an import fail"),
                  first.ok() ? QString() : first.message());
    checkReport(*first, rows.size(), lines, QStringLiteral("first import"));
    const qint64 stored = storedBookings(db);
    Fuzz::require(stored == first->imported, QStringLiteral("first import: the bookings stored are those imported"),
                  QStringLiteral("%1 stored; %2").arg(stored).arg(counts(*first)));

    const QString before = snapshot(db);
    const qint64 changesBefore = totalChanges(db);
    const auto second = importer.importRows(rows, now + 3600, by);
    Fuzz::require(second.ok(), QStringLiteral("re-import: only a failing database makes an import fail"),
                  second.ok() ? QString() : second.message());
    checkReport(*second, rows.size(), lines, QStringLiteral("re-import"));
    Fuzz::require(second->imported == 0 && second->updated == 0,
                  QStringLiteral("re-import: the same file imports and updates nothing"),
                  QStringLiteral("first: %1\nsecond: %2").arg(counts(*first), counts(*second)));
    const QString after = snapshot(db);
    Fuzz::require(after == before, QStringLiteral("re-import: the stored bookings are byte-identical"),
                  QStringLiteral("before:\n%1after:\n%2").arg(before, after));
    // Also no write to any other table, nor a rewrite of a booking with its own values: the one row written is the
    // import's own line in the audit trail (who imported which file).
    const qint64 changes = totalChanges(db) - changesBefore;
    Fuzz::require(changes == 1, QStringLiteral("re-import: no row of the database is written but its audit row"),
                  QStringLiteral("%1 rows written; %2").arg(changes).arg(counts(*second)));
    auto audited = Query::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'bookings-imported'"),
                                 {}, QStringLiteral("fuzz"));
    Fuzz::require(audited && audited->value_or(0) >= 2, QStringLiteral("both imports are in the audit trail"));

    if (fresh == Fresh::Delete) {
        Query wipe(db, QStringLiteral("DELETE FROM bookings"));
        if (auto status = wipe.exec(QStringLiteral("fuzz")); !status)
            Fuzz::broken(QStringLiteral("setup: cannot delete the bookings"), status.message());
    }
    return 0;
}
