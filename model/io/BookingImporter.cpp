#include "BookingImporter.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/WriteTransaction.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"
#include "domain/Iin.h"
#include "domain/Phone.h"
#include "domain/Types.h"

#include <QHash>

#include <variant>

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

// One import call inside its write transaction: statements prepared once, the catalogue, parsed slot times and
// slot counts cached, because a channel's file may hold 100,000 rows.
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

    // The row's outcome; `reason` says why when it is Rejected. A Failure only when the database fails.
    Result<RowOutcome> apply(const BookingRow &row, QString &reason)
    {
        if (!row.problem.isEmpty()) {
            reason = row.problem;
            return RowOutcome::Rejected;
        }
        auto checked = check(row);
        if (auto *problems = std::get_if<QStringList>(&checked)) {
            reason = problems->join(QStringLiteral("; "));
            return RowOutcome::Rejected;
        }
        const CleanRow &clean = std::get<CleanRow>(checked);
        const QString key = clean.channel + QLatin1Char('\n') + clean.code;
        const QString here = QStringLiteral("%1:%2").arg(row.file).arg(row.line);

        m_find.bind(QStringLiteral(":channel"), clean.channel).bind(QStringLiteral(":code"), clean.code);
        if (auto status = m_find.exec(BookingImporter::tr("looking up a booking")); !status)
            return status.failure();
        if (!m_find.next()) {
            if (auto full = slotRefusal(clean); !full)
                return full.failure();
            else if (*full) {
                reason = **full;
                return RowOutcome::Rejected;
            }
            bindFields(m_insert, clean);
            m_insert.bind(QStringLiteral(":channel"), clean.channel)
                .bind(QStringLiteral(":code"), clean.code)
                .bind(QStringLiteral(":now"), m_now);
            if (auto status = m_insert.exec(BookingImporter::tr("saving a booking")); !status)
                return status.failure();
            m_ledger.take(clean.service->id, clean.slotStart);
            m_accepted.insert(key, here);
            return RowOutcome::Imported;
        }

        const qint64 id = m_find.int64(0);
        const int storedService = m_find.integer(4);
        const qint64 storedSlot = m_find.int64(5);
        const bool checkedIn = !m_find.value(6).isNull();
        const bool sameSlot = storedService == clean.service->id && storedSlot == clean.slotStart;
        if (sameSlot && m_find.text(1) == clean.iin && m_find.text(2) == clean.fullName
            && m_find.text(3) == clean.phone) {
            return RowOutcome::Unchanged;
        }
        if (const QString first = m_accepted.value(key); !first.isEmpty()) {
            reason = BookingImporter::tr("booking %1 appears again with different data (first on %2)")
                         .arg(clean.code, first);
            return RowOutcome::Rejected;
        }
        if (checkedIn) {
            reason = BookingImporter::tr("booking %1 is already checked in, so it cannot be changed any more")
                         .arg(clean.code);
            return RowOutcome::Rejected;
        }
        if (!sameSlot) {
            if (auto full = slotRefusal(clean); !full)
                return full.failure();
            else if (*full) {
                reason = **full;
                return RowOutcome::Rejected;
            }
        }
        bindFields(m_update, clean);
        m_update.bind(QStringLiteral(":id"), id);
        if (auto status = m_update.exec(BookingImporter::tr("updating a booking")); !status)
            return status.failure();
        if (!sameSlot) {
            m_ledger.release(storedService, storedSlot);
            m_ledger.take(clean.service->id, clean.slotStart);
        }
        m_accepted.insert(key, here);
        return RowOutcome::Updated;
    }

private:
    // Every problem of the row's own fields, so a channel can fix them all at once.
    std::variant<CleanRow, QStringList> check(const BookingRow &row)
    {
        QStringList problems;
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

    Result<std::optional<QString>> slotRefusal(const CleanRow &clean)
    {
        return m_ledger.refusal(*clean.service, clean.slotStart);
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
    QHash<QString, QString> m_accepted; // channel+code -> FILE:LINE of the row accepted in this call
    Query m_find;
    Query m_insert;
    Query m_update;
};

} // namespace

Result<ImportReport> BookingImporter::importFiles(const QStringList &paths, qint64 now, const Progress &progress) const
{
    if (paths.isEmpty())
        return Failure{Failure::Kind::NothingToDo, tr("no booking files were given")};
    QList<BookingRow> rows;
    for (const QString &path : paths) {
        auto read = BookingFile::read(path);
        if (!read)
            return read.failure();
        rows.append(std::move(read).value());
    }
    return importRows(rows, now, progress);
}

Result<ImportReport> BookingImporter::importRows(const QList<BookingRow> &rows, qint64 now,
                                                 const Progress &progress) const
{
    const qint64 total = rows.size();
    const qint64 step = qMax<qint64>(1, total / 100);
    const Failure cancelled{Failure::Kind::NothingToDo, tr("the import was cancelled; no booking was written")};
    if (progress && !progress(0, total))
        return cancelled;

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.status().failure();
    ImportRun run(m_db, now);
    if (auto status = run.load(); !status)
        return status.failure();

    ImportReport report;
    for (qint64 i = 0; i < total; ++i) {
        const BookingRow &row = rows[i];
        QString reason;
        auto outcome = run.apply(row, reason);
        if (!outcome)
            return outcome.failure();
        switch (*outcome) {
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
            report.rejected.append(ImportRejection{row.file, row.line, reason});
            break;
        }
        const qint64 done = i + 1;
        if (progress && (done % step == 0 || done == total) && !progress(done, total))
            return cancelled; // the transaction rolls back as it goes out of scope
    }
    if (auto status = transaction.commit(); !status)
        return status.failure();
    return report;
}

} // namespace Kezek
