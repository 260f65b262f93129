#pragma once

// Runs the real kezekctl binary (KEZEKCTL_PATH) on a test database and captures what it says.
#include "RawDatabase.h"
#include "TestDatabase.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Kezek::Test {

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // For QVERIFY2: the command's output when a check fails (valid until the next call).
    const char *describe() const
    {
        m_description = QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err).toUtf8();
        return m_description.constData();
    }

private:
    mutable QByteArray m_description;
};

inline CtlRun kezekctl(const QString &db, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    QStringList all{QStringLiteral("--db"), db};
    all += arguments;
    process.start(QStringLiteral(KEZEKCTL_PATH), all);
    CtlRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Tickets whose state is not the to_state of their last event: must be none, whatever happened.
inline const char *stateMismatchSql()
{
    return "SELECT count(*) FROM tickets t WHERE t.state <> "
           "(SELECT e.to_state FROM events e WHERE e.ticket_id = t.id ORDER BY e.id DESC LIMIT 1) "
           "OR NOT EXISTS (SELECT 1 FROM events e WHERE e.ticket_id = t.id)";
}

} // namespace Kezek::Test
