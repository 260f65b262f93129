#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class QSqlDatabase;

namespace Kezek {

// A staff member's own login on the server (docs/ROLES.md, "Server logins"): the person's server role and the
// password they typed. It replaces whatever user the address or libpq's files name; it is kept only in memory.
struct ServerLogin
{
    QString user;
    QString password;

    bool operator==(const ServerLogin &) const = default;
};

// Where a center's PostgreSQL server is: a postgresql:// URL or libpq's key=value form (service=NAME for
// ~/.pg_service.conf), parsed as libpq parses it. A password written into the address is refused: it would be
// on a command line, in the environment of every program and in the shell history. It belongs in ~/.pgpass,
// PGPASSFILE or PGPASSWORD, which libpq reads itself. Nothing of a password ever reaches a message.
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static bool looksLikeServer(const QString &text);
    static Result<ServerAddress> parse(const QString &text);

    // Gives the connection every option, plus Kezek's defaults for the ones the address leaves out: a connect
    // timeout and TCP keepalives short enough that a pulled cable is noticed in seconds, and the program's name.
    // With `login`, its user and password replace the ones of the address and libpq's files.
    void applyTo(QSqlDatabase &db, const ServerLogin *login = nullptr) const;
    // The same options as one libpq conninfo string (for PQping).
    QByteArray conninfo() const;
    // Whether the server lets `login` in: false when it refused the password (or the role may not log in), a
    // Failure when it could not be asked (down, or refused the address before any password was asked).
    Result<bool> acceptsLogin(const ServerLogin &login) const;
    // "host:port/database" (or "service NAME"), as libpq will resolve it: no user name, no password.
    QString displayName() const;

private:
    QString option(const char *keyword) const;
    // keyword=value pairs, values quoted for libpq, with the defaults applyTo() describes.
    QStringList connectionPairs(bool withUser = true) const;

    QList<std::pair<QString, QString>> m_options; // keyword and value, as libpq parsed them
};

} // namespace Kezek
