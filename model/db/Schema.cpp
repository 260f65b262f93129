#include "Schema.h"

namespace Kezek {

// Written in the SQL common to SQLite and PostgreSQL; times are INTEGER seconds since the epoch.
static QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE center (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('booking-only', 'mixed', 'walk-in')),
            hall_capacity INTEGER NOT NULL DEFAULT 40,
            opens_s INTEGER NOT NULL DEFAULT 32400,
            closes_s INTEGER NOT NULL DEFAULT 64800,
            slot_s INTEGER NOT NULL DEFAULT 900,
            early_allowance_s INTEGER NOT NULL DEFAULT 300,
            late_tolerance_s INTEGER NOT NULL DEFAULT 900,
            recall_max INTEGER NOT NULL DEFAULT 3,
            recall_spacing_s INTEGER NOT NULL DEFAULT 60,
            priority_streak_cap INTEGER NOT NULL DEFAULT 3,
            wait_target_s INTEGER NOT NULL DEFAULT 900))"),
        QStringLiteral(R"(CREATE TABLE services (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            letter TEXT NOT NULL,
            name_kk TEXT NOT NULL,
            name_ru TEXT NOT NULL,
            name_en TEXT NOT NULL,
            norm_s INTEGER NOT NULL,
            bookable INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE operators (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('operator', 'reception', 'supervisor', 'admin')),
            password_hash TEXT,
            active INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE windows (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'paused', 'closed')),
            pause_reason TEXT,
            operator_id INTEGER REFERENCES operators(id),
            priority_streak INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE window_services (
            window_id INTEGER NOT NULL REFERENCES windows(id),
            service_id INTEGER NOT NULL REFERENCES services(id),
            PRIMARY KEY (window_id, service_id)))"),
        QStringLiteral(R"(CREATE TABLE window_events (
            id INTEGER PRIMARY KEY,
            window_id INTEGER NOT NULL REFERENCES windows(id),
            state TEXT NOT NULL,
            reason TEXT,
            operator_id INTEGER REFERENCES operators(id),
            at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE priority_categories (
            code TEXT PRIMARY KEY,
            name_kk TEXT NOT NULL,
            name_ru TEXT NOT NULL,
            name_en TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE sequences (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE bookings (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL CHECK (channel IN ('egov', 'telegram', 'call1414', 'onsite')),
            booking_id TEXT NOT NULL,
            iin TEXT NOT NULL,
            full_name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            service_id INTEGER NOT NULL REFERENCES services(id),
            slot_start INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            ticket_id INTEGER,
            UNIQUE (channel, booking_id)))"),
        QStringLiteral("CREATE INDEX bookings_by_slot ON bookings(service_id, slot_start)"),
        QStringLiteral("CREATE INDEX bookings_by_iin ON bookings(iin, slot_start)"),
        QStringLiteral(R"(CREATE TABLE tickets (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            number TEXT NOT NULL,
            service_id INTEGER NOT NULL REFERENCES services(id),
            source TEXT NOT NULL CHECK (source IN ('egov', 'telegram', 'call1414', 'onsite', 'walkin')),
            booking_id INTEGER REFERENCES bookings(id),
            priority TEXT REFERENCES priority_categories(code),
            state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'served', 'no_show',
                                                 'transferred', 'postponed', 'cancelled')),
            lane INTEGER NOT NULL,
            order_key INTEGER NOT NULL,
            issued_at INTEGER NOT NULL,
            slot_start INTEGER,
            due_at INTEGER,
            target_window_id INTEGER REFERENCES windows(id),
            window_id INTEGER REFERENCES windows(id),
            operator_id INTEGER REFERENCES operators(id),
            first_called_at INTEGER,
            called_at INTEGER,
            serving_at INTEGER,
            finished_at INTEGER,
            call_count INTEGER NOT NULL DEFAULT 0,
            last_call_at INTEGER,
            UNIQUE (day, number)))"),
        // The queue: only tickets that wait are indexed, so a million past tickets cost nothing here.
        QStringLiteral("CREATE INDEX tickets_waiting ON tickets(lane, service_id, order_key) "
                       "WHERE state IN ('waiting', 'transferred', 'postponed')"),
        QStringLiteral("CREATE INDEX tickets_at_window ON tickets(window_id) WHERE state IN ('called', 'serving')"),
        QStringLiteral("CREATE INDEX tickets_by_day ON tickets(day, service_id)"),
        QStringLiteral(R"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id),
            action TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT NOT NULL,
            window_id INTEGER REFERENCES windows(id),
            operator_id INTEGER REFERENCES operators(id),
            at INTEGER NOT NULL,
            note TEXT))"),
        QStringLiteral("CREATE INDEX events_by_ticket ON events(ticket_id, id)"),
        QStringLiteral("CREATE INDEX events_by_time ON events(at)"),
        QStringLiteral(R"(CREATE TABLE served_services (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id),
            service_id INTEGER NOT NULL REFERENCES services(id),
            outcome TEXT NOT NULL CHECK (outcome IN ('done', 'refused', 'redirected')),
            note TEXT NOT NULL DEFAULT '',
            started_at INTEGER NOT NULL,
            ended_at INTEGER NOT NULL,
            window_id INTEGER REFERENCES windows(id),
            operator_id INTEGER REFERENCES operators(id)))"),
        QStringLiteral("CREATE INDEX served_by_time ON served_services(ended_at)"),
        QStringLiteral("CREATE INDEX served_by_ticket ON served_services(ticket_id)"),
    };
}

// The supervisor figures (model/reports): each closed day's sums per dimension, so that a year of history
// is read from a few thousand rows instead of half a million tickets; and window states by window and time.
static QStringList version2()
{
    return {
        // `tickets` and `signature` say what a day's figures were computed from: a later ticket on that day,
        // another wait target or changed norms make them stale.
        QStringLiteral(R"(CREATE TABLE report_days (
            day TEXT PRIMARY KEY,
            tickets INTEGER NOT NULL,
            signature TEXT NOT NULL,
            computed_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE report_figures (
            day TEXT NOT NULL REFERENCES report_days(day),
            dimension TEXT NOT NULL,
            item TEXT NOT NULL,
            arrivals INTEGER NOT NULL DEFAULT 0,
            served INTEGER NOT NULL DEFAULT 0,
            served_services INTEGER NOT NULL DEFAULT 0,
            booked_served INTEGER NOT NULL DEFAULT 0,
            walk_ins INTEGER NOT NULL DEFAULT 0,
            no_shows INTEGER NOT NULL DEFAULT 0,
            cancelled INTEGER NOT NULL DEFAULT 0,
            waits INTEGER NOT NULL DEFAULT 0,
            wait_sum_s INTEGER NOT NULL DEFAULT 0,
            wait_max_s INTEGER NOT NULL DEFAULT 0,
            within_target INTEGER NOT NULL DEFAULT 0,
            service_count INTEGER NOT NULL DEFAULT 0,
            service_sum_s INTEGER NOT NULL DEFAULT 0,
            norm_sum_s INTEGER NOT NULL DEFAULT 0,
            idle_s INTEGER NOT NULL DEFAULT 0,
            waiting INTEGER NOT NULL DEFAULT 0,
            bookings INTEGER NOT NULL DEFAULT 0,
            bookings_missed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, dimension, item)))"),
        QStringLiteral("CREATE INDEX window_events_by_window ON window_events(window_id, at)"),
    };
}

// Finding tickets left waiting on earlier days (to close them out) by time alone.
static QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX tickets_waiting_by_time ON tickets(order_key) "
                       "WHERE state IN ('waiting', 'transferred', 'postponed')"),
    };
}

// Finding tickets left at a window on earlier days (to close them out at the first step of a day) by day alone.
static QStringList version4()
{
    return {
        QStringLiteral("CREATE INDEX tickets_at_window_by_day ON tickets(day) WHERE state IN ('called', 'serving')"),
    };
}

// The change feed on a server: every commit that touches the queue or the catalogue sends one NOTIFY "kezek" per
// changed row, from inside the committing transaction, so that kezekctl and any other writer announce their changes
// too. PostgreSQL delivers them at commit, drops those of a rolled-back transaction, and folds repeats of one
// payload within a transaction into one. The payload says what changed: "ticket:ID", "window:ID", "booking:ID", or
// "catalogue" for the center, services, windows' services, staff and categories. A transaction that sets
// kezek.bulk_copy (a copy of a whole center) sends none per row. SQLite has no such thing; its programs notice
// commits through PRAGMA data_version instead.
static QStringList version5ForServers()
{
    QStringList statements{QStringLiteral(R"(CREATE FUNCTION kezek_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        DECLARE
            changed record;
        BEGIN
            -- A bulk copy (kezekctl copy-to) announces itself once, at its end.
            IF current_setting('kezek.bulk_copy', true) = 'on' THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
            IF TG_ARGV[0] = 'catalogue' THEN
                PERFORM pg_notify('kezek', 'catalogue');
            ELSIF TG_ARGV[0] = 'window_event' THEN
                PERFORM pg_notify('kezek', 'window:' || changed.window_id);
            ELSIF TG_ARGV[0] = 'served_service' THEN
                PERFORM pg_notify('kezek', 'ticket:' || changed.ticket_id);
            ELSE
                PERFORM pg_notify('kezek', TG_ARGV[0] || ':' || changed.id);
            END IF;
            RETURN NULL;
        END
        $body$)")};
    const std::pair<const char *, const char *> watched[] = {
        {"tickets", "ticket"},       {"windows", "window"},          {"window_events", "window_event"},
        {"bookings", "booking"},     {"served_services", "served_service"},
        {"center", "catalogue"},     {"services", "catalogue"},      {"window_services", "catalogue"},
        {"operators", "catalogue"},  {"priority_categories", "catalogue"},
    };
    for (const auto &[table, kind] : watched) {
        statements << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                                     "EXECUTE FUNCTION kezek_notify_change('%2')")
                          .arg(QLatin1String(table), QLatin1String(kind));
    }
    return statements;
}

// The change log (version 6): every commit that touches the queue or the catalogue leaves one row per changed row
// in change_log, written by triggers inside the committing transaction, so that kezekctl and any other writer log
// their changes too. Each program's change feed (model/live/ChangeFeed) reads the rows after the last id it saw: at
// its own commits, when another program committed (PRAGMA data_version on SQLite, a notification on a server), and
// after a connection came back, so that nothing missed meanwhile is lost. An item says what changed, in the words of
// version 5's payloads ("ticket:ID", "window:ID", "booking:ID", "catalogue"); "all" (after a copy of a whole
// center) means everything. Ids grow in commit order, since every writer holds the write lock from its first
// statement to its commit. The log keeps the last changeLogKept rows: a program further behind reads everything
// afresh.
namespace {

constexpr int changeLogKept = 50000;
constexpr int changeLogPruneEvery = 1000;

// Table, item kind, and the column naming the changed item (empty: the kind alone is the item).
struct LoggedTable
{
    const char *table;
    const char *kind;
    const char *idColumn;
};

constexpr LoggedTable loggedTables[] = {
    {"tickets", "ticket", "id"},
    {"windows", "window", "id"},
    {"window_events", "window", "window_id"},
    {"bookings", "booking", "id"},
    {"served_services", "ticket", "ticket_id"},
    {"center", "catalogue", ""},
    {"services", "catalogue", ""},
    {"window_services", "catalogue", ""},
    {"operators", "catalogue", ""},
    {"priority_categories", "catalogue", ""},
};

// Version 9's tables, logged as the catalogue from the start.
constexpr LoggedTable loggedTablesV9[] = {
    {"opening_hours", "catalogue", ""},
    {"closed_days", "catalogue", ""},
};

// The change_log triggers of SQLite for `tables`.
template<std::size_t N>
QStringList changeLogTriggersForFiles(const LoggedTable (&tables)[N])
{
    QStringList statements;
    const std::pair<const char *, const char *> operations[] = {{"INSERT", "NEW"}, {"UPDATE", "NEW"}, {"DELETE", "OLD"}};
    for (const LoggedTable &logged : tables) {
        for (const auto &[operation, row] : operations) {
            const QString item = *logged.idColumn
                ? QStringLiteral("'%1:' || %2.%3").arg(QLatin1String(logged.kind), QLatin1String(row), QLatin1String(logged.idColumn))
                : QStringLiteral("'%1'").arg(QLatin1String(logged.kind));
            statements << QStringLiteral("CREATE TRIGGER %1_log_%2 AFTER %3 ON %1 FOR EACH ROW BEGIN "
                                         "INSERT INTO change_log (item) VALUES (%4); END")
                              .arg(QLatin1String(logged.table), QString::fromLatin1(operation).toLower(),
                                   QLatin1String(operation), item);
        }
    }
    return statements;
}

} // namespace

static QStringList version6ForFiles()
{
    // AUTOINCREMENT: SQLite would otherwise give the next row the largest id left plus one, and a log emptied by
    // hand would start its ids again below what the feeds have seen.
    QStringList statements{
        QStringLiteral("CREATE TABLE change_log (id INTEGER PRIMARY KEY AUTOINCREMENT, item TEXT NOT NULL)")};
    statements << changeLogTriggersForFiles(loggedTables);
    statements << QStringLiteral("CREATE TRIGGER change_log_prune AFTER INSERT ON change_log "
                                 "WHEN NEW.id % %1 = 0 BEGIN DELETE FROM change_log WHERE id <= NEW.id - %2; END")
                      .arg(changeLogPruneEvery)
                      .arg(changeLogKept);
    return statements;
}

// On a server the triggers of version 5 log the change and wake the other programs with one payload-less
// notification per transaction (PostgreSQL folds repeats within a transaction into one); the log is pruned as on
// SQLite.
static QStringList version6ForServers()
{
    return {QStringLiteral("CREATE TABLE change_log (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                           "item TEXT NOT NULL)"),
            QStringLiteral(R"(CREATE OR REPLACE FUNCTION kezek_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        DECLARE
            changed record;
            item text;
        BEGIN
            -- A bulk copy (kezekctl copy-to) logs "all" once, at its end.
            IF current_setting('kezek.bulk_copy', true) = 'on' THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
            IF TG_ARGV[0] = 'catalogue' THEN
                item := 'catalogue';
            ELSIF TG_ARGV[0] = 'window_event' THEN
                item := 'window:' || changed.window_id;
            ELSIF TG_ARGV[0] = 'served_service' THEN
                item := 'ticket:' || changed.ticket_id;
            ELSE
                item := TG_ARGV[0] || ':' || changed.id;
            END IF;
            INSERT INTO change_log (item) VALUES (item);
            PERFORM pg_notify('kezek', '');
            RETURN NULL;
        END
        $body$)"),
            QStringLiteral(R"(CREATE FUNCTION kezek_prune_change_log() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        BEGIN
            DELETE FROM change_log WHERE id <= NEW.id - %1;
            RETURN NULL;
        END
        $body$)").arg(changeLogKept),
            QStringLiteral("CREATE TRIGGER change_log_prune AFTER INSERT ON change_log FOR EACH ROW "
                           "WHEN (NEW.id % %1 = 0) EXECUTE FUNCTION kezek_prune_change_log()")
                .arg(changeLogPruneEvery)};
}

// Setting up a center and its accounts (version 7). What `kezekctl center apply` and the administration set: the
// center's name in Kazakh and Russian beside the English `name`, its code and address; services retired rather than
// deleted (their history stays); out-of-turn categories switched off rather than deleted. Each account's password
// hash (Argon2id in libsodium's crypto_pwhash_str form, salt and cost inside; NULL: no password yet, nobody can sign
// in), whether it is a temporary one to be changed at the next sign-in, the failed sign-ins in a row and until when
// they lock the account; how long a console may stay idle before it locks; and the audit trail: who did what and
// when, written in the transaction of what it records. Kezek only ever adds to the trail: a trigger refuses to
// change or remove a row, on both engines.
static QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE operators ADD COLUMN password_temporary INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE operators ADD COLUMN failed_signins INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE operators ADD COLUMN locked_until INTEGER"),
        QStringLiteral("ALTER TABLE center ADD COLUMN idle_lock_s INTEGER NOT NULL DEFAULT 600"),
        QStringLiteral("ALTER TABLE center ADD COLUMN name_kk TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE center ADD COLUMN name_ru TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE center ADD COLUMN code TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE center ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE services ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE priority_categories ADD COLUMN active INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            actor_id INTEGER REFERENCES operators(id),
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log(at)"),
    };
}

static const char auditIsAppendOnly[] = "the audit trail is append-only: its rows cannot be changed or removed";

// What the screens show of a person (login, name, role, whether they may sign in) is the catalogue; a sign-in that
// counts a failure or a password changed is not, and no screen reads the catalogue again for it.
static const char staffShownColumns[] = "login, full_name, role, active";

static QStringList version7ForFiles()
{
    QStringList statements{
        QStringLiteral("DROP TRIGGER operators_log_update"),
        QStringLiteral("CREATE TRIGGER operators_log_update AFTER UPDATE OF %1 ON operators FOR EACH ROW BEGIN "
                       "INSERT INTO change_log (item) VALUES ('catalogue'); END")
            .arg(QLatin1String(staffShownColumns))};
    for (const char *operation : {"UPDATE", "DELETE"}) {
        statements << QStringLiteral("CREATE TRIGGER audit_log_no_%1 BEFORE %2 ON audit_log "
                                     "BEGIN SELECT RAISE(ABORT, '%3'); END")
                          .arg(QString::fromLatin1(operation).toLower(), QLatin1String(operation),
                               QLatin1String(auditIsAppendOnly));
    }
    return statements;
}

static QStringList version7ForServers()
{
    return {QStringLiteral(R"(CREATE FUNCTION kezek_audit_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        BEGIN
            RAISE EXCEPTION '%1' USING ERRCODE = 'insufficient_privilege';
        END
        $body$)").arg(QLatin1String(auditIsAppendOnly)),
            QStringLiteral("DROP TRIGGER operators_notify ON operators"),
            QStringLiteral("CREATE TRIGGER operators_notify AFTER INSERT OR DELETE OR UPDATE OF %1 ON operators "
                           "FOR EACH ROW EXECUTE FUNCTION kezek_notify_change('catalogue')")
                .arg(QLatin1String(staffShownColumns)),
            QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                           "FOR EACH ROW EXECUTE FUNCTION kezek_audit_append_only()"),
            QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                           "FOR EACH STATEMENT EXECUTE FUNCTION kezek_audit_append_only()")};
}

// The account of night jobs (version 8): role 'system', for kezekctl run from cron. SQLite cannot widen a CHECK
// constraint in place, so the table is rebuilt the documented way (foreign keys are not enforced on Kezek's files,
// and the other tables' references name "operators", which the rebuilt table is called again); its triggers go with
// the old table and are made anew.
static const char rolesV8[] = "'operator', 'reception', 'supervisor', 'admin', 'system'";

static QStringList version8ForFiles()
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE operators_v8 (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN (%1)),
            password_hash TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            password_temporary INTEGER NOT NULL DEFAULT 0,
            failed_signins INTEGER NOT NULL DEFAULT 0,
            locked_until INTEGER))").arg(QLatin1String(rolesV8)),
        QStringLiteral("INSERT INTO operators_v8 (id, login, full_name, role, password_hash, active, password_temporary, "
                       "failed_signins, locked_until) SELECT id, login, full_name, role, password_hash, active, "
                       "password_temporary, failed_signins, locked_until FROM operators"),
        QStringLiteral("DROP TABLE operators"),
        QStringLiteral("ALTER TABLE operators_v8 RENAME TO operators"),
        QStringLiteral("CREATE TRIGGER operators_log_update AFTER UPDATE OF %1 ON operators FOR EACH ROW BEGIN "
                       "INSERT INTO change_log (item) VALUES ('catalogue'); END")
            .arg(QLatin1String(staffShownColumns))};
    for (const char *operation : {"INSERT", "DELETE"}) {
        statements << QStringLiteral("CREATE TRIGGER operators_log_%1 AFTER %2 ON operators FOR EACH ROW BEGIN "
                                     "INSERT INTO change_log (item) VALUES ('catalogue'); END")
                          .arg(QString::fromLatin1(operation).toLower(), QLatin1String(operation));
    }
    return statements;
}

static QStringList version8ForServers()
{
    return {QStringLiteral("ALTER TABLE operators DROP CONSTRAINT operators_role_check"),
            QStringLiteral("ALTER TABLE operators ADD CONSTRAINT operators_role_check CHECK (role IN (%1))")
                .arg(QLatin1String(rolesV8))};
}

// Hours per weekday and closed days (version 9). A center open on Saturday for duty hours, closed on Sunday and on
// public holidays: each weekday has its row, with no opening time on a day off (a center that had one set of hours
// keeps it every day), and a closed day is a date with its reason. The center's single pair of hours goes.
static QStringList version9()
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE opening_hours (
            weekday INTEGER NOT NULL PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
            opens_s INTEGER CHECK (opens_s BETWEEN 0 AND 86400),
            closes_s INTEGER CHECK (closes_s BETWEEN 0 AND 86400),
            CHECK ((opens_s IS NULL) = (closes_s IS NULL)),
            CHECK (closes_s > opens_s)))"),
        QStringLiteral(R"(CREATE TABLE closed_days (
            day TEXT PRIMARY KEY,
            reason TEXT NOT NULL DEFAULT ''))")};
    for (int weekday = 1; weekday <= 7; ++weekday) {
        statements << QStringLiteral("INSERT INTO opening_hours (weekday, opens_s, closes_s) "
                                     "SELECT %1, opens_s, closes_s FROM center")
                          .arg(weekday);
    }
    statements << QStringLiteral("ALTER TABLE center DROP COLUMN opens_s")
               << QStringLiteral("ALTER TABLE center DROP COLUMN closes_s");
    return statements;
}

static QStringList version9ForFiles()
{
    return changeLogTriggersForFiles(loggedTablesV9);
}

static QStringList version9ForServers()
{
    QStringList statements;
    for (const LoggedTable &logged : loggedTablesV9) {
        statements << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                                     "EXECUTE FUNCTION kezek_notify_change('%2')")
                          .arg(QLatin1String(logged.table), QLatin1String(logged.kind));
    }
    return statements;
}

// The queue's history is append-only too (version 10): every ticket event, served service and window event stays as
// it was written, on both engines, like the audit trail; the database's owner alone can switch a guard off for
// maintenance (ALTER TABLE … DISABLE TRIGGER). Kezek itself never changes or removes such a row.
namespace {

constexpr const char *historyTables[] = {"events", "served_services", "window_events"};
const char historyIsAppendOnly[] = "the history of the queue is append-only: its rows cannot be changed or removed";

} // namespace

static QStringList version10ForFiles()
{
    QStringList statements;
    for (const char *table : historyTables) {
        for (const char *operation : {"UPDATE", "DELETE"}) {
            statements << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%1: %4'); END")
                              .arg(QLatin1String(table), QString::fromLatin1(operation).toLower(),
                                   QLatin1String(operation), QLatin1String(historyIsAppendOnly));
        }
    }
    return statements;
}

static QStringList version10ForServers()
{
    QStringList statements{QStringLiteral(R"(CREATE FUNCTION kezek_history_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        BEGIN
            RAISE EXCEPTION '%: %1', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END
        $body$)").arg(QLatin1String(historyIsAppendOnly))};
    for (const char *table : historyTables) {
        statements << QStringLiteral("CREATE TRIGGER %1_no_change BEFORE UPDATE OR DELETE ON %1 "
                                     "FOR EACH ROW EXECUTE FUNCTION kezek_history_append_only()")
                          .arg(QLatin1String(table))
                   << QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 "
                                     "FOR EACH STATEMENT EXECUTE FUNCTION kezek_history_append_only()")
                          .arg(QLatin1String(table));
    }
    return statements;
}

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> migrations{
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4()},
        {5, {}, version5ForServers()},
        {6, {}, version6ForServers(), version6ForFiles()},
        {7, version7(), version7ForServers(), version7ForFiles()},
        {8, {}, version8ForServers(), version8ForFiles()},
        {9, version9(), version9ForServers(), version9ForFiles()},
        {10, {}, version10ForServers(), version10ForFiles()},
    };
    return migrations;
}

} // namespace Kezek
