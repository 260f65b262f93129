// staff add|passwd|disable|list: the center's accounts from the shell, for the IT staff who set up many centers.
// server-logins enable: the accounts as the server's own logins, with their role's privileges only.
#include "Command.h"
#include "Output.h"
#include "Terminal.h"

#include "auth/Accounts.h"
#include "auth/PasswordFile.h"
#include "auth/ServerLogins.h"
#include "core/LocalTime.h"

#include <QJsonArray>

namespace Kezek::Cli {

namespace {

class StaffCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("staff"); }
    QString summary() const override
    {
        return tr("Staff accounts: add LOGIN, passwd LOGIN, disable LOGIN, list. New passwords are temporary (changed "
                  "at the first sign-in) and come from --password-file or are typed twice at the terminal.");
    }
    void define(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("add, passwd, disable or list."));
        parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The account (not for list)."), tr("[LOGIN]"));
        parser.addOption(QCommandLineOption(QStringLiteral("name"), tr("add: the person's full name."), tr("NAME")));
        parser.addOption(QCommandLineOption(QStringLiteral("role"),
                                            tr("add: operator, reception, supervisor, admin or system (night jobs)."), tr("ROLE")));
        parser.addOption(QCommandLineOption(QStringLiteral("password-file"),
                                            tr("add, passwd: read the new password from the first line of FILE "
                                               "(yours alone: chmod 600) instead of the terminal."),
                                            tr("FILE")));
        parser.addOption(QCommandLineOption(QStringLiteral("permanent"),
                                            tr("passwd: the password is not to be changed at the next sign-in.")));
    }

    int run(const Context &context) const override
    {
        const QStringList args = context.args().positionalArguments();
        const QString action = args.value(0);
        const Accounts accounts(context.db(), context.clock());
        if (action == QLatin1String("list")) {
            if (auto status = context.expectArguments(1, 1, QStringLiteral("list")); !status)
                return context.out().fail(status.failure());
            return list(context, accounts);
        }
        if (action != QLatin1String("add") && action != QLatin1String("passwd") && action != QLatin1String("disable"))
            return context.out().fail(tr("staff wants add, passwd, disable or list, not \"%1\".").arg(action));
        if (auto status = context.expectArguments(2, 2, action + QStringLiteral(" LOGIN")); !status)
            return context.out().fail(status.failure());
        const QString login = args.at(1).trimmed();
        if (action == QLatin1String("disable")) {
            if (auto status = accounts.disable(login, context.actor()); !status)
                return context.out().fail(status.failure());
            context.out().result({{QStringLiteral("login"), login}, {QStringLiteral("active"), false}},
                                 tr("%1 is disabled: they can no longer sign in; their history stays.").arg(login));
            return Done;
        }
        if (action == QLatin1String("add"))
            return add(context, accounts, login);
        return setPassword(context, accounts, login);
    }

private:
    static Result<QString> newPassword(const Context &context, const QString &login)
    {
        if (context.args().isSet(QStringLiteral("password-file")))
            return PasswordFile::read(context.args().value(QStringLiteral("password-file")));
        if (!atTerminal()) {
            return Failure{Failure::Kind::Invalid,
                           tr("give the new password with --password-file FILE, or run this at a terminal to type it")};
        }
        const auto first = askHidden(tr("New password for %1: ").arg(login));
        const auto second = first ? askHidden(tr("The same again: ")) : std::nullopt;
        if (!first || !second)
            return Failure{Failure::Kind::Invalid, tr("no password was typed")};
        if (*first != *second)
            return Failure{Failure::Kind::Invalid, tr("the two passwords differ; nothing was changed")};
        return *first;
    }

    static int add(const Context &context, const Accounts &accounts, const QString &login)
    {
        const auto role = Names::role(context.args().value(QStringLiteral("role")));
        if (!role)
            return context.out().fail(tr("add needs --role operator, reception, supervisor, admin or system."));
        if (!context.args().isSet(QStringLiteral("name")))
            return context.out().fail(tr("add needs --name \"FULL NAME\"."));
        auto password = newPassword(context, login);
        if (!password)
            return context.out().fail(password.failure());
        auto added = accounts.add({login, context.args().value(QStringLiteral("name")), *role}, *password,
                                  context.actor());
        if (!added)
            return context.out().fail(added.failure());
        context.out().result({{QStringLiteral("login"), added->person.login},
                              {QStringLiteral("name"), added->person.fullName},
                              {QStringLiteral("role"), Names::key(added->person.role)},
                              {QStringLiteral("temporary"), true}},
                             tr("Added %1 (%2, %3). The password is temporary: it is changed at the first sign-in.")
                                 .arg(added->person.login, added->person.fullName, Names::key(added->person.role)));
        return Done;
    }

    static int setPassword(const Context &context, const Accounts &accounts, const QString &login)
    {
        // Named before asking, so that nobody types a password for a login that does not exist.
        if (auto account = accounts.byLogin(login); !account)
            return context.out().fail(account.failure());
        auto password = newPassword(context, login);
        if (!password)
            return context.out().fail(password.failure());
        const bool temporary = !context.args().isSet(QStringLiteral("permanent"));
        if (auto status = accounts.setPassword(login, *password, temporary, context.actor()); !status)
            return context.out().fail(status.failure());
        context.out().result({{QStringLiteral("login"), login}, {QStringLiteral("temporary"), temporary}},
                             temporary ? tr("The password of %1 is set; it is changed at the next sign-in.").arg(login)
                                       : tr("The password of %1 is set.").arg(login));
        return Done;
    }

    static int list(const Context &context, const Accounts &accounts)
    {
        auto all = accounts.list();
        if (!all)
            return context.out().fail(all.failure());
        const qint64 now = context.now();
        QJsonArray json;
        QStringList lines{QStringLiteral("%1 %2 %3 %4").arg(tr("login"), -14).arg(tr("role"), -11).arg(tr("password"), -24)
                              .arg(tr("name"))};
        for (const Account &account : std::as_const(*all)) {
            const bool locked = account.lockedUntil && *account.lockedUntil > now;
            QString state;
            if (!account.active)
                state = tr("disabled");
            else if (!account.hasPassword)
                state = tr("none yet");
            else if (locked)
                state = tr("locked until %1").arg(LocalTime::hhmm(*account.lockedUntil));
            else if (account.temporaryPassword)
                state = tr("temporary");
            else
                state = tr("set");
            json.append(QJsonObject{{QStringLiteral("login"), account.person.login},
                                    {QStringLiteral("name"), account.person.fullName},
                                    {QStringLiteral("role"), Names::key(account.person.role)},
                                    {QStringLiteral("active"), account.active},
                                    {QStringLiteral("has_password"), account.hasPassword},
                                    {QStringLiteral("temporary"), account.temporaryPassword},
                                    {QStringLiteral("locked"), locked}});
            lines.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(account.person.login, -14)
                             .arg(Names::key(account.person.role), -11)
                             .arg(state, -24)
                             .arg(account.person.fullName));
        }
        context.out().result({{QStringLiteral("staff"), json}}, lines.join(QLatin1Char('\n')));
        return Done;
    }
};

class ServerLoginsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("server-logins"); }
    QString summary() const override
    {
        return tr("enable: on a PostgreSQL server, make every account a server login of its own whose group has only "
                  "its role's privileges, and the PCs' shared account (--pc-role) one that only reads. Run by the "
                  "database's owner (with CREATEROLE), again after each upgrade (docs/ROLES.md).");
    }
    void define(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("enable."));
        parser.addOption(QCommandLineOption(QStringLiteral("pc-role"),
                                            tr("enable: a server role the center's PCs connect with, put in the PCs' "
                                               "group (may be repeated)."),
                                            tr("ROLE")));
    }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(1, 1, QStringLiteral("enable")); !status)
            return context.out().fail(status.failure());
        if (context.args().positionalArguments().constFirst() != QLatin1String("enable"))
            return context.out().fail(tr("server-logins wants enable, not \"%1\".")
                                          .arg(context.args().positionalArguments().constFirst()));
        auto done = ServerLogins::enable(context.db(), context.args().values(QStringLiteral("pc-role")),
                                         context.now(), context.actor().audited());
        if (!done)
            return context.out().fail(done.failure());
        QStringList lines{tr("Server logins are enabled in %1: groups %2.")
                              .arg(done->database, done->groups.join(QStringLiteral(", ")))};
        if (!done->pcRoles.isEmpty())
            lines << tr("The PCs' accounts %1 now only read.").arg(done->pcRoles.join(QStringLiteral(", ")));
        if (!done->needingPassword.isEmpty()) {
            lines << tr("These accounts need a password set on the server (kezekctl staff passwd LOGIN): %1.")
                         .arg(done->needingPassword.join(QStringLiteral(", ")));
        }
        context.out().result({{QStringLiteral("database"), done->database},
                              {QStringLiteral("groups"), QJsonArray::fromStringList(done->groups)},
                              {QStringLiteral("pc_roles"), QJsonArray::fromStringList(done->pcRoles)},
                              {QStringLiteral("needing_password"), QJsonArray::fromStringList(done->needingPassword)}},
                             lines.join(QLatin1Char('\n')));
        return Done;
    }
};

} // namespace

void addStaffCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<StaffCommand>());
    registry.add(std::make_unique<ServerLoginsCommand>());
}

} // namespace Kezek::Cli
