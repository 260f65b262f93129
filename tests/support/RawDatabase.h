#pragma once

#include "db/ServerAddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

namespace Kezek::Test {

// A plain connection for checks behind the engine's back; closed and removed when it goes away.
class RawDatabase final
{
public:
    // `location`: a file path, or a server address (ScratchLocation::text()).
    // `login`: on a server, connect as that role instead of the address's user (a staff member's psql).
    explicit RawDatabase(const QString &location, const QString &name = QStringLiteral("raw-check"),
                         const ServerLogin *login = nullptr)
        : m_name(name)
    {
        const bool server = ServerAddress::looksLikeServer(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        if (server)
            ServerAddress::parse(location)->applyTo(db, login);
        else
            db.setDatabaseName(location);
        m_ok = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    // The first value of the first row. A statement the engine refuses fails the test (with the engine's words)
    // rather than reading as 0, which would let a check pass on an engine that does not understand it.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            QTest::qFail(qPrintable("raw query failed: " + sql + ": " + q.lastError().text()), __FILE__, __LINE__);
            return {};
        }
        return q.next() ? q.value(0) : QVariant();
    }
    // The first column of every row, in order.
    QStringList column(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QStringList values;
        if (!q.exec(sql)) {
            QTest::qFail(qPrintable("raw query failed: " + sql + ": " + q.lastError().text()), __FILE__, __LINE__);
            return values;
        }
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    // The SQLSTATE a statement fails with ("42501": not allowed), empty when it runs.
    QString errorCode(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        return q.lastError().nativeErrorCode().isEmpty() ? q.lastError().text() : q.lastError().nativeErrorCode();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace Kezek::Test
