#pragma once

#include "RawDatabase.h"

#include <QString>
#include <QTest>

namespace Kezek::Test {

// An outage of one test database on the shared test server, as a server restart or a pulled cable looks to Kezek:
// the server drops the connections of Kezek's programs (application_name "kezek") and takes no new ones to that
// database until end(). Other tests' databases on the same server are not affected.
class ServerOutage final
{
    Q_DISABLE_COPY_MOVE(ServerOutage)

public:
    // `location`: a postgresql:///NAME of ScratchLocation.
    explicit ServerOutage(const QString &location)
        : m_database(location.section(QLatin1Char('/'), -1))
        , m_admin(QStringLiteral("postgresql:///postgres"), QStringLiteral("outage-admin"))
    {
        QVERIFY(m_admin.exec(QStringLiteral("SET application_name = 'test-admin'")));
        QVERIFY(m_admin.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_database)));
        dropConnections();
    }
    ~ServerOutage() { end(); }

    // The server takes connections again.
    void end()
    {
        if (m_ended)
            return;
        m_ended = true;
        QVERIFY(m_admin.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_database)));
    }

    // Drops the connections of Kezek's programs to the database (a restart without the pause).
    static void dropConnections(const RawDatabase &admin, const QString &database)
    {
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                                          "AND application_name = 'kezek' AND pid <> pg_backend_pid()")
                               .arg(database)));
    }

private:
    void dropConnections() { dropConnections(m_admin, m_database); }

    QString m_database;
    RawDatabase m_admin;
    bool m_ended = false;
};

} // namespace Kezek::Test
