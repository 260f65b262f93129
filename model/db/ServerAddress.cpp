#include "ServerAddress.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>

#include <libpq-fe.h>

#include <memory>

namespace Kezek {

namespace {

struct OptionsDeleter
{
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};
using Options = std::unique_ptr<PQconninfoOption, OptionsDeleter>;

// libpq's keywords, each with the environment variable it falls back on (empty for none).
const QHash<QString, QByteArray> &libpqKeywords()
{
    static const QHash<QString, QByteArray> keywords = [] {
        QHash<QString, QByteArray> all;
        const Options defaults(PQconndefaults());
        for (const PQconninfoOption *o = defaults.get(); o && o->keyword; ++o)
            all.insert(QString::fromLatin1(o->keyword), o->envvar ? QByteArray(o->envvar) : QByteArray());
        return all;
    }();
    return keywords;
}

// libpq quotes pieces of a malformed address in its message; a piece may be a password.
QString withoutSecrets(QString message, const QString &address)
{
    static const QRegularExpression inUrl(QStringLiteral("://[^:@/?]*:([^@/?]*)@"));
    static const QRegularExpression inPairs(QStringLiteral("password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)"));
    for (const QRegularExpression *pattern : {&inUrl, &inPairs}) {
        auto matches = pattern->globalMatch(address);
        while (matches.hasNext()) {
            const QString secret = matches.next().captured(1);
            if (!secret.isEmpty())
                message.replace(secret, QStringLiteral("***"));
        }
    }
    return message;
}

QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool ServerAddress::looksLikeServer(const QString &text)
{
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")))
        return true;
    static const QRegularExpression firstPair(QStringLiteral("^\\s*([a-z_]+)\\s*="));
    const auto match = firstPair.match(text);
    return match.hasMatch() && libpqKeywords().contains(match.captured(1));
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    char *error = nullptr;
    const Options parsed(PQconninfoParse(text.toUtf8().constData(), &error));
    if (!parsed) {
        const QString cause = error ? QString::fromUtf8(error).trimmed() : tr("out of memory");
        PQfreemem(error);
        return Failure{Failure::Kind::Invalid,
                       tr("The server address is not valid: %1.").arg(withoutSecrets(cause, text))};
    }
    ServerAddress address;
    for (const PQconninfoOption *o = parsed.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString keyword = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (keyword == QLatin1String("password")) {
            return Failure{Failure::Kind::Invalid,
                           tr("The server address contains a password. Remove it from the address: Kezek takes the "
                              "password from ~/.pgpass, the file PGPASSFILE names, or PGPASSWORD (docs/DEPLOY.md).")};
        }
        if (value.contains(QLatin1Char(';'))) {
            return Failure{Failure::Kind::Invalid,
                           tr("The server address is not valid: the value of \"%1\" contains \";\".").arg(keyword)};
        }
        address.m_options.append({keyword, value});
    }
    return address;
}

QString ServerAddress::option(const char *keyword) const
{
    for (const auto &[key, value] : m_options) {
        if (key == QLatin1String(keyword))
            return value;
    }
    return {};
}

QStringList ServerAddress::connectionPairs(bool withUser) const
{
    QList<std::pair<QString, QString>> options = m_options;
    if (!withUser)
        options.removeIf([](const auto &option) { return option.first == QLatin1String("user"); });
    // A pulled cable under an idle screen: the first keepalive goes out after 1 s of silence, and the connection is
    // dead once nothing was acknowledged for 1.5 s (TCP_USER_TIMEOUT, which then governs the keepalives too): said
    // within 1 to 2 s (docs/BENCHMARKS.md, run 7). A LAN acknowledges in a millisecond; a screen that gave up too
    // early connects again within a second.
    const std::pair<const char *, const char *> defaults[] = {
        {"connect_timeout", "3"},   {"keepalives", "1"},         {"keepalives_idle", "1"},
        {"keepalives_interval", "1"}, {"keepalives_count", "1"}, {"tcp_user_timeout", "1500"},
        {"application_name", "kezek"},
    };
    for (const auto &[keyword, value] : defaults) {
        const QByteArray variable = libpqKeywords().value(QString::fromLatin1(keyword));
        if (option(keyword).isEmpty() && (variable.isEmpty() || qEnvironmentVariableIsEmpty(variable.constData())))
            options.append({QString::fromLatin1(keyword), QString::fromLatin1(value)});
    }
    QStringList pairs;
    for (const auto &[keyword, value] : options)
        pairs << keyword + QLatin1Char('=') + quoted(value);
    return pairs;
}

void ServerAddress::applyTo(QSqlDatabase &db, const ServerLogin *login) const
{
    // Everything goes through the options so that libpq sees exactly what it parsed; the driver turns ';' into
    // the spaces of a conninfo string. A login's password may hold a ';', so it goes the driver's quoted way.
    db.setConnectOptions(connectionPairs(login == nullptr).join(QLatin1Char(';')));
    db.setUserName(login ? login->user : QString());
    db.setPassword(login ? login->password : QString());
}

Result<bool> ServerAddress::acceptsLogin(const ServerLogin &login) const
{
    const QByteArray options = connectionPairs(false).join(QLatin1Char(' ')).toUtf8();
    const QByteArray user = login.user.toUtf8();
    const QByteArray password = login.password.toUtf8();
    // Later keywords win over the ones the expanded "dbname" conninfo gives.
    const char *keywords[] = {"dbname", "user", "password", nullptr};
    const char *values[] = {options.constData(), user.constData(), password.constData(), nullptr};
    struct Closer
    {
        void operator()(PGconn *connection) const { PQfinish(connection); }
    };
    const std::unique_ptr<PGconn, Closer> connection(PQconnectdbParams(keywords, values, 1));
    if (!connection)
        return Failure{Failure::Kind::Database, tr("out of memory")};
    if (PQstatus(connection.get()) == CONNECTION_OK)
        return true;
    // The server's words for a wrong password come in its own language; what counts is that it asked for one.
    if (PQconnectionUsedPassword(connection.get()))
        return false;
    return Failure{Failure::Kind::Database,
                   tr("%1: cannot connect to the center's server: %2")
                       .arg(displayName(), QString::fromUtf8(PQerrorMessage(connection.get())).trimmed())};
}

QByteArray ServerAddress::conninfo() const
{
    return connectionPairs().join(QLatin1Char(' ')).toUtf8();
}

QString ServerAddress::displayName() const
{
    const auto either = [this](const char *keyword, const char *variable, const QString &fallback) {
        const QString given = option(keyword);
        if (!given.isEmpty())
            return given;
        const QString fromEnvironment = qEnvironmentVariable(variable);
        return fromEnvironment.isEmpty() ? fallback : fromEnvironment;
    };
    const QString service = either("service", "PGSERVICE", QString());
    if (option("host").isEmpty() && option("hostaddr").isEmpty() && !service.isEmpty())
        return tr("service %1").arg(service);
    const QString host = either("host", "PGHOST", either("hostaddr", "PGHOSTADDR", QStringLiteral("localhost")));
    const QString port = either("port", "PGPORT", QStringLiteral("5432"));
    const QString database = either("dbname", "PGDATABASE", either("user", "PGUSER", QString()));
    return QStringLiteral("%1:%2/%3").arg(host, port, database);
}

} // namespace Kezek
