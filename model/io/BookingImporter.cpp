#include "BookingImporter.h"

#include "auth/Access.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"
#include "domain/Iin.h"
#include "domain/Phone.h"
#include "domain/Types.h"

#include <QHash>

#include <algorithm>

#include <variant>
#include <vector>

namespace Kezek {

QString ImportRejection::formatRejection() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
}

QStringList ImportReport::formatRejections() const
{
    QStringList lines;
    lines.reserve(rejected.size());
    for (const ImportRejection &rejection : rejected)
        lines.append(rejection.formatRejection());
    return lines;
}

namespace {

enum class RowOutcome { Imported, Updated, Unchanged, Rejected };

struct RowDecision
{
    RowOutcome outcome = RowOutcome::Rejected;
    QString reason; // why, when Rejected
};

// A row whose fields passed every check that does not depend on the stored bookings.
struct CleanRow
{
    QString channel;
    QString code;
    QString iin;
    QString fullName;
    QString phone;
    const Service *service = nullptr;
    qint64 slotStart = 0;
};

// What the database holds for a booking that a row names.
struct StoredBooking
{
    qint64 id = 0;
    QString iin;
    QString fullName;
    QString phone;
    int serviceId = 0;
    qint64 slotStart = 0;
    bool checkedIn = false;
};

// A row that names its booking first in this import and passed its own checks.
struct Candidate
{
    qsizetype index = 0;
    CleanRow clean;
    std::optional<StoredBooking> stored;

    bool sameSlot() const { return stored->serviceId == clean.service->id && stored->slotStart == clean.slotStart; }
    bool unchanged() const
    {
        return sameSlot() && stored->iin == clean.iin && stored->fullName == clean.fullName
            && stored->phone == clean.phone;
    }
};

// One import call inside its write transaction: statements prepared once, the catalogue, parsed slot times and
// slot counts cached, because a channel's file may hold 100,000 rows.
//
// Importing the same rows twice must change nothing the second time, whatever they hold. So:
// - only the first row naming a booking (channel + booking_id) counts: a later one with other data is rejected;
// - a row refused because its slot is full is tried again after a later row moved a booking out of a slot,
//   until a pass frees nothing; so each refusal stands against the final state and is made again next time.
class ImportRun final
{
    Q_DISABLE_COPY_MOVE(ImportRun)

public:
    ImportRun(const Database &db, qint64 now)
        : m_db(db)
        , m_now(now)
        , m_ledger(db)
        , m_find(db, QStringLiteral("SELECT id, iin, full_name, phone, service_id, slot_start, ticket_id FROM bookings "
                                    "WHERE channel = :channel AND booking_id = :code"))
        // COALESCE: an empty QString may be null and bind as SQL NULL; these columns hold '' for "none".
        , m_insert(db, QStringLiteral("INSERT INTO bookings (channel, booking_id, iin, full_name, phone, service_id, "
                                      "slot_start, created_at) VALUES (:channel, :code, :iin, COALESCE(:name, ''), "
                                      "COALESCE(:phone, ''), :service, :slot, :now)"))
        , m_update(db, QStringLiteral("UPDATE bookings SET iin = :iin, full_name = COALESCE(:name, ''), "
                                      "phone = COALESCE(:phone, ''), service_id = :service, slot_start = :slot "
                                      "WHERE id = :id AND ticket_id IS NULL"))
    {
    }

    Status load()
    {
        const Catalogue catalogue(m_db);
        auto settings = catalogue.settings();
        if (!settings)
            return settings.failure();
        m_grid.emplace(*settings);
        auto services = catalogue.services();
        if (!services)
            return services.failure();
        for (const Service &service : std::as_const(*services))
            m_services.insert(service.code, service);
        return m_ledger.load();
    }

    // Decides every row (decisions[i] is rows[i]'s) and writes the accepted ones. `cancelled` is returned when
    // `progress` asks to stop; a Failure otherwise only when the database fails.
    Result<QList<RowDecision>> run(const QList<BookingRow> &rows, const BookingImporter::Progress &progress,
                                   const Failure &cancelled)
    {
        QList<RowDecision> decisions(rows.size());
        std::vector<Candidate> candidates;
        QHash<QString, qsizetype> firstRowOf; // channel + booking_id -> index of the row that names it first

        const qint64 total = rows.size();
        const qint64 step = qMax<qint64>(1, total / 100);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (progress && i > 0 && i % step == 0 && !progress(i, total))
                return cancelled;
            const BookingRow &row = rows[i];
            RowDecision &decision = decisions[i];
            if (!row.problem.isEmpty()) {
                decision.reason = row.problem;
                continue;
            }
            if (const auto key = bookingKey(row)) {
                if (const auto first = firstRowOf.constFind(*key); first != firstRowOf.cend()) {
                    const BookingRow &earlier = rows[*first];
                    if (sameFields(row, earlier)) {
                        decision.outcome = RowOutcome::Unchanged;
                    } else {
                        decision.reason = BookingImporter::tr("booking %1 appears again with different data; only "
                                                              "its first row (%2:%3) counts")
                                              .arg(row.bookingId.trimmed(), earlier.file)
                                              .arg(earlier.line);
                    }
                    continue;
                }
                firstRowOf.insert(*key, i);
            }
            auto checked = check(row);
            if (auto *problems = std::get_if<QStringList>(&checked)) {
                decision.reason = problems->join(QStringLiteral("; "));
                continue;
            }
            Candidate candidate{i, std::get<CleanRow>(std::move(checked)), std::nullopt};
            auto stored = find(candidate.clean);
            if (!stored)
                return stored.failure();
            candidate.stored = *stored;
            candidates.push_back(std::move(candidate));
        }

        std::vector<const Candidate *> waiting; // refused for a full slot, in file order
        bool freed = false;
        for (const Candidate &candidate : candidates) {
            if (auto status = decide(candidate, decisions[candidate.index], waiting, freed); !status)
                return status.failure();
        }
        while (freed && !waiting.empty()) {
            freed = false;
            std::vector<const Candidate *> still;
            for (const Candidate *candidate : waiting) {
                if (auto status = place(*candidate, decisions[candidate->index], still, freed); !status)
                    return status.failure();
            }
            waiting = std::move(still);
        }
        if (progress && !progress(total, total))
            return cancelled;
        return decisions;
    }

private:
    // The row's channel and booking_id as stored, when both can be read; what makes two rows the same booking.
    static std::optional<QString> bookingKey(const BookingRow &row)
    {
        const QString channel = row.channel.trimmed().toLower();
        const QString code = row.bookingId.trimmed();
        if (code.isEmpty() || !Names::channel(channel))
            return std::nullopt;
        return channel + QLatin1Char('\n') + code;
    }

    Result<std::optional<StoredBooking>> find(const CleanRow &clean)
    {
        m_find.bind(QStringLiteral(":channel"), clean.channel).bind(QStringLiteral(":code"), clean.code);
        if (auto status = m_find.exec(BookingImporter::tr("looking up a booking")); !status)
            return status.failure();
        if (!m_find.next())
            return std::optional<StoredBooking>();
        return std::optional<StoredBooking>(StoredBooking{m_find.int64(0), m_find.text(1), m_find.text(2),
                                                          m_find.text(3), m_find.integer(4), m_find.int64(5),
                                                          !m_find.value(6).isNull()});
    }

    // A NUL, a line break, another control or an invisible character inside a value is refused, not dropped or stored: it
    // would end up on the ticket and the hall display. Spaces around a value are trimmed as everywhere.
    static QStringList controlCharacters(const BookingRow &row)
    {
        QStringList problems;
        for (const auto &[name, raw] : row.namedValues()) {
            const QString value = raw.trimmed();
            // Invisible format characters too: SQLite drops a leading U+FEFF from text it stores, so a name
            // with one would be "changed" again at every import. Noncharacters (U+FFFF, U+FDD0…) likewise do not
            // come back from the database as they went in.
            const auto control = std::find_if(value.cbegin(), value.cend(), [](QChar c) {
                return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                    || c.isNonCharacter();
            });
            if (control != value.cend()) {
                problems.append(BookingImporter::tr("%1 contains a control or invisible character (U+%2)")
                                    .arg(name, QString::number(control->unicode(), 16).toUpper().rightJustified(
                                                       4, QLatin1Char('0'))));
            }
        }
        return problems;
    }

    // Whether two rows naming the same booking say the same about it.
    static bool sameFields(const BookingRow &a, const BookingRow &b)
    {
        for (const QString BookingRow::*field : {&BookingRow::iin, &BookingRow::fullName, &BookingRow::phone,
                                                 &BookingRow::serviceCode, &BookingRow::slotStart}) {
            if ((a.*field).trimmed() != (b.*field).trimmed())
                return false;
        }
        return true;
    }

    Status decide(const Candidate &candidate, RowDecision &decision, std::vector<const Candidate *> &waiting,
                  bool &freed)
    {
        if (!candidate.stored)
            return place(candidate, decision, waiting, freed);
        if (candidate.unchanged()) {
            decision.outcome = RowOutcome::Unchanged;
            return success();
        }
        if (candidate.stored->checkedIn) {
            decision.reason = BookingImporter::tr("booking %1 is already checked in, so it cannot be changed any more")
                                  .arg(candidate.clean.code);
            return success();
        }
        if (candidate.sameSlot())
            return write(candidate, decision);
        return place(candidate, decision, waiting, freed);
    }

    // A new booking, or a known one moving to another slot: written if its slot has room, else left waiting
    // with the refusal as its reason. `freed` is set when a move leaves a slot.
    Status place(const Candidate &candidate, RowDecision &decision, std::vector<const Candidate *> &waiting,
                 bool &freed)
    {
        const CleanRow &clean = candidate.clean;
        auto full = m_ledger.refusal(*clean.service, clean.slotStart);
        if (!full)
            return full.failure();
        if (*full) {
            decision.reason = **full;
            waiting.push_back(&candidate);
            return success();
        }
        if (auto status = write(candidate, decision); !status)
            return status;
        if (candidate.stored) {
            m_ledger.release(candidate.stored->serviceId, candidate.stored->slotStart);
            freed = true;
        }
        m_ledger.take(clean.service->id, clean.slotStart);
        return success();
    }

    Status write(const Candidate &candidate, RowDecision &decision)
    {
        const CleanRow &clean = candidate.clean;
        Query &query = candidate.stored ? m_update : m_insert;
        bindFields(query, clean);
        if (candidate.stored) {
            query.bind(QStringLiteral(":id"), candidate.stored->id);
        } else {
            query.bind(QStringLiteral(":channel"), clean.channel)
                .bind(QStringLiteral(":code"), clean.code)
                .bind(QStringLiteral(":now"), m_now);
        }
        if (auto status = query.exec(candidate.stored ? BookingImporter::tr("updating a booking")
                                                      : BookingImporter::tr("saving a booking"));
            !status) {
            return status;
        }
        decision = {candidate.stored ? RowOutcome::Updated : RowOutcome::Imported, {}};
        return success();
    }

    // Every problem of the row's own fields, so a channel can fix them all at once.
    std::variant<CleanRow, QStringList> check(const BookingRow &row)
    {
        QStringList problems = controlCharacters(row);
        CleanRow clean;

        clean.code = row.bookingId.trimmed();
        if (clean.code.isEmpty())
            problems.append(BookingImporter::tr("booking_id is missing"));

        clean.channel = row.channel.trimmed().toLower();
        if (clean.channel.isEmpty()) {
            problems.append(BookingImporter::tr("channel is missing"));
        } else if (!Names::channel(clean.channel)) {
            problems.append(BookingImporter::tr("unknown channel \"%1\" (expected egov, telegram, call1414 or onsite)")
                                .arg(row.channel.trimmed()));
        }

        clean.iin = row.iin.trimmed();
        if (clean.iin.isEmpty())
            problems.append(BookingImporter::tr("iin is missing"));
        else if (auto problem = Iin::problem(clean.iin))
            problems.append(BookingImporter::tr("bad IIN %1: %2").arg(Iin::masked(clean.iin), *problem));

        const QString serviceCode = row.serviceCode.trimmed().toUpper();
        const auto service = m_services.constFind(serviceCode);
        if (serviceCode.isEmpty()) {
            problems.append(BookingImporter::tr("service_code is missing"));
        } else if (service == m_services.cend()) {
            problems.append(BookingImporter::tr("unknown service \"%1\"").arg(row.serviceCode.trimmed()));
        } else if (auto refusal = BookingCalendar::serviceRefusal(*service)) {
            problems.append(*refusal);
        } else {
            clean.service = &*service;
        }

        const auto slot = slotStart(row.slotStart.trimmed());
        if (const QString *problem = std::get_if<QString>(&slot))
            problems.append(*problem);
        else
            clean.slotStart = std::get<qint64>(slot);

        auto phone = Phone::forBooking(row.phone);
        if (phone)
            clean.phone = *phone;
        else
            problems.append(phone.message());

        clean.fullName = row.fullName.trimmed();
        if (!problems.isEmpty())
            return problems;
        return clean;
    }

    // Slot times repeat across thousands of rows; parsing and the grid check are done once per distinct text.
    std::variant<qint64, QString> slotStart(const QString &text)
    {
        if (text.isEmpty())
            return BookingImporter::tr("slot_start is empty");
        if (auto cached = m_slots.constFind(text); cached != m_slots.cend())
            return *cached;
        std::variant<qint64, QString> result;
        if (const auto parsed = LocalTime::parse(text)) {
            if (auto problem = m_grid->problem(*parsed))
                result = *problem;
            else
                result = *parsed;
        } else {
            result = BookingImporter::tr("slot_start \"%1\" is not a local time like 2020-05-18T09:15").arg(text);
        }
        m_slots.insert(text, result);
        return result;
    }

    static void bindFields(Query &query, const CleanRow &clean)
    {
        query.bind(QStringLiteral(":iin"), clean.iin)
            .bind(QStringLiteral(":name"), clean.fullName)
            .bind(QStringLiteral(":phone"), clean.phone)
            .bind(QStringLiteral(":service"), clean.service->id)
            .bind(QStringLiteral(":slot"), clean.slotStart);
    }

    const Database &m_db;
    const qint64 m_now;
    SlotLedger m_ledger;
    std::optional<SlotGrid> m_grid;
    QHash<QString, Service> m_services; // by code; rows point into it, so it is filled once and never changed
    QHash<QString, std::variant<qint64, QString>> m_slots;
    Query m_find;
    Query m_insert;
    Query m_update;
};

} // namespace

Result<ImportReport> BookingImporter::importFiles(const QStringList &paths, qint64 now, const Actor &by,
                                                  const Progress &progress) const
{
    if (auto allowed = Access::check(by, Permission::ImportBookings); !allowed)
        return allowed.failure();
    if (paths.isEmpty())
        return Failure{Failure::Kind::NothingToDo, tr("no booking files were given")};
    QList<BookingRow> rows;
    for (const QString &path : paths) {
        auto read = BookingFile::read(path);
        if (!read)
            return read.failure();
        rows.append(std::move(read).value());
    }
    return importRows(rows, now, by, progress);
}

Result<ImportReport> BookingImporter::importRows(const QList<BookingRow> &rows, qint64 now, const Actor &by,
                                                 const Progress &progress) const
{
    if (auto allowed = Access::check(by, Permission::ImportBookings); !allowed)
        return allowed.failure();
    const Failure cancelled{Failure::Kind::NothingToDo, tr("the import was cancelled; no booking was written")};
    if (progress && !progress(0, rows.size()))
        return cancelled;

    return m_db.write([&]() -> Result<ImportReport> {
        ImportRun run(m_db, now);
        if (auto status = run.load(); !status)
            return status.failure();
        auto decisions = run.run(rows, progress, cancelled);
        if (!decisions)
            return decisions.failure(); // nothing of it is saved

        ImportReport report;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const RowDecision &decision = decisions->at(i);
            switch (decision.outcome) {
            case RowOutcome::Imported:
                ++report.imported;
                break;
            case RowOutcome::Updated:
                ++report.updated;
                break;
            case RowOutcome::Unchanged:
                ++report.unchanged;
                break;
            case RowOutcome::Rejected:
                // The reason may quote what the row held: an IIN in a wrong field is masked there too.
                report.rejected.append(ImportRejection{rows[i].file, rows[i].line, Iin::maskInText(decision.reason)});
                break;
            }
        }
        QStringList files;
        for (const BookingRow &row : rows) {
            if (!files.contains(row.file))
                files.append(row.file);
        }
        const QString counts = tr("%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected")
                                   .arg(report.rows())
                                   .arg(report.imported)
                                   .arg(report.updated)
                                   .arg(report.unchanged)
                                   .arg(report.rejected.size());
        if (auto status = AuditTrail(m_db).record(now, by.audited(), AuditTrail::bookingsImported,
                                                  files.join(QStringLiteral(", ")), counts);
            !status)
            return status.failure();
        return report;
    });
}

} // namespace Kezek
