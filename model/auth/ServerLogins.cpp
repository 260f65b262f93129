#include "ServerLogins.h"

#include "auth/ScramVerifier.h"
#include "db/Database.h"
#include "db/Query.h"

#include <QRegularExpression>

#include <functional>

namespace Kezek {

namespace {

const QString syncTrigger = QStringLiteral("operators_server_login");

// Kezek's roles, as the staff table spells them.
const QStringList kezekRoles{QStringLiteral("operator"), QStringLiteral("reception"), QStringLiteral("supervisor"),
                             QStringLiteral("admin"), QStringLiteral("system")};

// What each group may do beyond reading, table by table: what its steps write (the history tables take inserts
// only, and their triggers refuse the rest even to these). The change log is written by the owner's trigger
// functions, never directly.
struct Grant
{
    const char *group;
    const char *privileges;
    const char *tables;
};
const Grant grants[] = {
    // The PCs' own account: reads everything, counts failed sign-ins, and writes their audit rows.
    {"pc", "SELECT", "ALL TABLES IN SCHEMA public"},
    {"pc", "UPDATE (failed_signins, locked_until)", "operators"},
    {"pc", "INSERT", "audit_log"},
    {"operator", "UPDATE", "tickets, windows, bookings"},
    {"operator", "INSERT", "events, served_services, window_events"},
    {"reception", "INSERT, UPDATE", "tickets, bookings, sequences"},
    {"reception", "INSERT", "events"},
    {"supervisor", "UPDATE", "tickets, windows"},
    {"supervisor", "INSERT", "events, window_events"},
    {"supervisor", "INSERT, UPDATE, DELETE", "report_days, report_figures"},
    {"admin", "INSERT, UPDATE, DELETE",
     "center, services, windows, window_services, priority_categories, opening_hours, closed_days"},
    {"admin", "INSERT, UPDATE", "operators"},
};

// Who is in whom: every account is staff, and staff read as the PCs do; the night jobs' account does what
// reception and a supervisor do; an administrator plays whole simulated days, so does everything.
struct Membership
{
    const char *group;
    const char *member;
};
const Membership memberships[] = {
    {"pc", "staff"},           {"staff", "operator"},       {"staff", "reception"},  {"staff", "supervisor"},
    {"staff", "admin"},        {"staff", "system"},         {"reception", "system"}, {"supervisor", "system"},
    {"operator", "admin"},     {"reception", "admin"},      {"supervisor", "admin"},
};

// The functions the owner keeps (SECURITY DEFINER, with a fixed search path so that nobody's own objects stand in
// for Kezek's): the account's server role kept in step with its row, and a password set as a verifier.
const QString syncFunction = QStringLiteral(R"(CREATE OR REPLACE FUNCTION kezek_sync_server_login(p_login text, p_old_login text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
    DECLARE
        person text := current_database() || '.' || p_login;
        account record;
        kezek_role text;
        grp text;
        is_member boolean;
    BEGIN
        SELECT role, active INTO account FROM operators WHERE login = p_login;
        IF NOT FOUND THEN
            RETURN;
        END IF;
        IF p_old_login IS NOT NULL AND p_old_login <> p_login
           AND EXISTS (SELECT FROM pg_roles WHERE rolname = current_database() || '.' || p_old_login) THEN
            EXECUTE format('ALTER ROLE %I RENAME TO %I', current_database() || '.' || p_old_login, person);
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = person) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', person);
        END IF;
        FOREACH kezek_role IN ARRAY ARRAY['operator', 'reception', 'supervisor', 'admin', 'system'] LOOP
            grp := current_database() || '_' || kezek_role;
            SELECT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                           JOIN pg_roles p ON p.oid = m.member WHERE g.rolname = grp AND p.rolname = person)
                INTO is_member;
            IF kezek_role = account.role AND NOT is_member THEN
                EXECUTE format('GRANT %I TO %I', grp, person);
            ELSIF kezek_role <> account.role AND is_member THEN
                EXECUTE format('REVOKE %I FROM %I', grp, person);
            END IF;
        END LOOP;
        EXECUTE format('ALTER ROLE %I %s', person, CASE WHEN account.active <> 0 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END
    $body$)");

const QString syncTriggerFunction = QStringLiteral(R"(CREATE OR REPLACE FUNCTION kezek_sync_server_login_row()
    RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
    BEGIN
        PERFORM kezek_sync_server_login(NEW.login, CASE WHEN TG_OP = 'UPDATE' THEN OLD.login END);
        RETURN NULL;
    END
    $body$)");

// An administrator sets anyone's password, a person their own; the owner (setting up) anyone's. The account's row
// says the server keeps it, and whether it is temporary; the failed sign-ins start again.
const QString passwordFunction = QStringLiteral(R"(CREATE OR REPLACE FUNCTION kezek_set_server_password(p_login text, p_verifier text, p_temporary integer)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
    DECLARE
        person text := current_database() || '.' || p_login;
    BEGIN
        IF NOT (session_user::text = person
                OR pg_has_role(session_user, current_database() || '_admin', 'MEMBER')
                OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())
                OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
            RAISE EXCEPTION 'only an administrator may set the password of %', p_login
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
            RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = person) THEN
            RAISE EXCEPTION 'there is no server role %', person USING ERRCODE = 'undefined_object';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', person, p_verifier);
        UPDATE operators SET password_hash = '%1', password_temporary = CASE WHEN p_temporary <> 0 THEN 1 ELSE 0 END,
            failed_signins = 0, locked_until = NULL WHERE login = p_login;
    END
    $body$)");

// A name Kezek makes into SQL: checked, then quoted.
QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

const QString &ServerLogins::keptByServer()
{
    static const QString marker = QStringLiteral("(kept by the server: scram-sha-256)");
    return marker;
}

QString ServerLogins::group(const QString &database, const QString &kezekRole)
{
    return database + QLatin1Char('_') + kezekRole;
}

Result<bool> ServerLogins::enabled(const Database &db)
{
    if (db.backend() != Backend::Postgres)
        return false;
    auto found = Query::scalar(db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = :name"),
                               {{QStringLiteral(":name"), syncTrigger}}, tr("looking for the server logins"));
    if (!found)
        return found.failure();
    return found->value_or(0) > 0;
}

Result<QString> ServerLogins::roleOf(const Database &db, const QString &login)
{
    Query q(db, QStringLiteral("SELECT current_database()"));
    if (auto status = q.exec(tr("reading the database's name")); !status)
        return status.failure();
    if (!q.next())
        return Failure{Failure::Kind::Database, tr("The server did not say the database's name.")};
    return QString(q.text(0) + QLatin1Char('.') + login);
}

Status ServerLogins::setPassword(const Database &db, const QString &login, const QString &password, bool temporary)
{
    Query q(db, QStringLiteral("SELECT kezek_set_server_password(:login, :verifier, :temporary)"));
    q.bind(QStringLiteral(":login"), login)
        .bind(QStringLiteral(":verifier"), ScramVerifier::of(password))
        .bind(QStringLiteral(":temporary"), temporary ? 1 : 0);
    return q.exec(tr("giving %1 the password on the server").arg(login));
}

namespace {

// The steps of enable(), each inside its one transaction: who may, the groups, what each may do, the owner's
// functions, and the accounts.
class Enabling final
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogins)

public:
    Enabling(const Database &db, ServerLogins::Enabled &done) : m_db(db), m_done(done) { }

    Status checkOwner()
    {
        Query who(m_db, QStringLiteral("SELECT current_database(), current_user, "
                                       "(SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user), "
                                       "(SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())"));
        if (auto status = who.exec(tr("reading who is connected")); !status)
            return status;
        who.next();
        m_done.database = who.text(0);
        if (who.text(1) != who.text(3) || who.integer(2) == 0) {
            return Failure{Failure::Kind::Forbidden,
                           tr("Server logins are enabled by the database's owner (%1), and it needs CREATEROLE; this "
                              "connection is %2.")
                               .arg(who.text(3), who.text(1))};
        }
        if (!plainName().match(m_done.database).hasMatch() || m_done.database.size() > 30) {
            return Failure{Failure::Kind::Invalid,
                           tr("The database's name \"%1\" cannot prefix server roles: use up to 30 small Latin "
                              "letters, digits and '_'.")
                               .arg(m_done.database)};
        }
        // Granting what a role has already, or dropping what is not there, is no news.
        return run(QStringLiteral("SET LOCAL client_min_messages = warning"));
    }

    Status checkRolesExist(const QStringList &roles)
    {
        for (const QString &role : roles) {
            auto exists = roleExists(role);
            if (!exists)
                return exists.failure();
            if (!*exists) {
                return Failure{Failure::Kind::NotFound,
                               tr("There is no server role \"%1\": create the PCs' account first "
                                  "(CREATE ROLE %1 LOGIN; docs/DEPLOY.md).")
                                   .arg(role)};
            }
        }
        return success();
    }

    Status createGroups()
    {
        QStringList groups{QStringLiteral("pc"), QStringLiteral("staff")};
        groups << kezekRoles;
        for (const QString &kezekRole : std::as_const(groups)) {
            const QString name = group(kezekRole);
            auto exists = roleExists(name);
            if (!exists)
                return exists.failure();
            if (!*exists) {
                if (auto status = run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quotedName(name))); !status)
                    return status;
            }
            m_done.groups << name;
        }
        return success();
    }

    // Nobody keeps a privilege given before (the shared app role of docs/DEPLOY.md, section 1, and any default
    // privileges): what each may do comes from the lists above alone.
    Status revokeEverythingGiven()
    {
        Query holders(m_db, QStringLiteral(
                                "SELECT DISTINCT a.grantee::regrole::text FROM pg_class c "
                                "JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a "
                                "WHERE n.nspname = 'public' AND a.grantee <> 0 AND a.grantee <> c.relowner "
                                "UNION SELECT DISTINCT a.grantee::regrole::text FROM pg_default_acl d, "
                                "aclexplode(d.defaclacl) a WHERE d.defaclrole = current_user::regrole AND a.grantee <> 0"));
        if (auto status = holders.exec(tr("enabling server logins")); !status)
            return status;
        QStringList names;
        while (holders.next())
            names << holders.text(0);
        names << QStringLiteral("PUBLIC");
        for (const QString &holder : std::as_const(names)) {
            for (const QString &sql :
                 {QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1"),
                  QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1"),
                  QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM %1"),
                  QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM %1")}) {
                if (auto status = run(sql.arg(holder)); !status)
                    return status;
            }
        }
        return run(QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"));
    }

    Status grantPrivileges(const QStringList &pcRoles)
    {
        const QString pc = quotedName(group(QStringLiteral("pc")));
        QStringList statements{QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(pc),
                               // Tables of a later version are readable at once; their writes come with the next
                               // run of enable.
                               QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1")
                                   .arg(pc)};
        for (const Grant &grant : grants) {
            statements << QStringLiteral("GRANT %1 ON %2 TO %3")
                              .arg(QLatin1String(grant.privileges), QLatin1String(grant.tables),
                                   quotedName(group(QLatin1String(grant.group))));
        }
        for (const Membership &membership : memberships) {
            statements << QStringLiteral("GRANT %1 TO %2")
                              .arg(quotedName(group(QLatin1String(membership.group))),
                                   quotedName(group(QLatin1String(membership.member))));
        }
        for (const QString &role : pcRoles)
            statements << QStringLiteral("GRANT %1 TO %2").arg(pc, quotedName(role));
        for (const QString &sql : std::as_const(statements)) {
            if (auto status = run(sql); !status)
                return status;
        }
        m_done.pcRoles = pcRoles;
        return success();
    }

    Status installFunctions()
    {
        const QString staff = quotedName(group(QStringLiteral("staff")));
        const QStringList statements{
            // The change log is written by the feed's triggers whoever committed: as its owner, so that nobody needs
            // (or has) the right to write or prune it.
            QStringLiteral("ALTER FUNCTION kezek_notify_change() SECURITY DEFINER SET search_path = public, pg_temp"),
            QStringLiteral("ALTER FUNCTION kezek_prune_change_log() SECURITY DEFINER SET search_path = public, pg_temp"),
            syncFunction,
            syncTriggerFunction,
            passwordFunction.arg(ServerLogins::keptByServer()),
            QStringLiteral("REVOKE ALL ON FUNCTION kezek_sync_server_login(text, text) FROM PUBLIC"),
            QStringLiteral("REVOKE ALL ON FUNCTION kezek_sync_server_login_row() FROM PUBLIC"),
            QStringLiteral("REVOKE ALL ON FUNCTION kezek_set_server_password(text, text, integer) FROM PUBLIC"),
            QStringLiteral("GRANT EXECUTE ON FUNCTION kezek_set_server_password(text, text, integer) TO %1").arg(staff),
            QStringLiteral("DROP TRIGGER IF EXISTS %1 ON operators").arg(syncTrigger),
            QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR UPDATE OF login, role, active ON operators "
                           "FOR EACH ROW EXECUTE FUNCTION kezek_sync_server_login_row()")
                .arg(syncTrigger)};
        for (const QString &sql : statements) {
            if (auto status = run(sql); !status)
                return status;
        }
        return success();
    }

    // Every account becomes its server role; an Argon2 hash goes (the PC's account could read it), so its owner
    // needs a password set on the server.
    Status makeAccountsLogins()
    {
        Query accounts(m_db, QStringLiteral("SELECT login, password_hash IS NOT NULL AND password_hash <> :kept "
                                            "FROM operators ORDER BY login"));
        accounts.bind(QStringLiteral(":kept"), ServerLogins::keptByServer());
        if (auto status = accounts.exec(tr("enabling server logins")); !status)
            return status;
        QStringList logins;
        while (accounts.next()) {
            logins << accounts.text(0);
            if (accounts.integer(1) != 0)
                m_done.needingPassword << accounts.text(0);
        }
        for (const QString &login : std::as_const(logins)) {
            Query sync(m_db, QStringLiteral("SELECT kezek_sync_server_login(:login, NULL)"));
            sync.bind(QStringLiteral(":login"), login);
            if (auto status = sync.exec(tr("enabling server logins")); !status)
                return status;
        }
        Query wipe(m_db, QStringLiteral("UPDATE operators SET password_hash = NULL "
                                        "WHERE password_hash IS NOT NULL AND password_hash <> :kept"));
        wipe.bind(QStringLiteral(":kept"), ServerLogins::keptByServer());
        return wipe.exec(tr("enabling server logins"));
    }

    static const QRegularExpression &plainName()
    {
        static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_.-]*$"));
        return name;
    }

private:
    QString group(const QString &kezekRole) const { return ServerLogins::group(m_done.database, kezekRole); }
    Status run(const QString &sql) const { return m_db.execute(sql, tr("enabling server logins")); }
    Result<bool> roleExists(const QString &name) const
    {
        auto count = Query::scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :name"),
                                   {{QStringLiteral(":name"), name}}, tr("enabling server logins"));
        if (!count)
            return count.failure();
        return count->value_or(0) > 0;
    }

    const Database &m_db;
    ServerLogins::Enabled &m_done;
};

} // namespace

Result<ServerLogins::Enabled> ServerLogins::enable(const Database &db, const QStringList &pcRoles, qint64 now,
                                                    const AuditActor &by)
{
    if (db.backend() != Backend::Postgres) {
        return Failure{Failure::Kind::Invalid,
                       tr("Server logins are for a center's PostgreSQL server; an SQLite file is guarded by its "
                          "file permissions (docs/ROLES.md).")};
    }
    for (const QString &role : pcRoles) {
        if (!Enabling::plainName().match(role).hasMatch()) {
            return Failure{Failure::Kind::Invalid,
                           tr("\"%1\" is not a server role name Kezek can use: small Latin letters, digits, '_', "
                              "'.' and '-'.")
                               .arg(role)};
        }
    }
    return db.write([&]() -> Result<Enabled> {
        Enabled done;
        Enabling enabling(db, done);
        for (const auto &step : std::initializer_list<std::function<Status()>>{
                 [&] { return enabling.checkOwner(); }, [&] { return enabling.checkRolesExist(pcRoles); },
                 [&] { return enabling.createGroups(); }, [&] { return enabling.revokeEverythingGiven(); },
                 [&] { return enabling.grantPrivileges(pcRoles); }, [&] { return enabling.installFunctions(); },
                 [&] { return enabling.makeAccountsLogins(); }}) {
            if (auto status = step(); !status)
                return status.failure();
        }
        const QString pcAccounts = done.pcRoles.isEmpty() ? tr("none") : done.pcRoles.join(QStringLiteral(", "));
        if (auto status = AuditTrail(db).record(now, by, AuditTrail::setupChanged, tr("server logins"),
                                                tr("groups %1; PC accounts: %2")
                                                    .arg(done.groups.join(QStringLiteral(", ")), pcAccounts));
            !status) {
            return status.failure();
        }
        return done;
    });
}

} // namespace Kezek
