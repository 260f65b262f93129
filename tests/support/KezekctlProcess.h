#pragma once

// Runs the real kezekctl binary (KEZEKCTL_PATH) on a test database and captures what it says.
#include "RawDatabase.h"
#include "TestDatabase.h"
#include "domain/DemoCenter.h"

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
#include <QTemporaryFile>
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

// A file holding the demo accounts' password (DemoCenter::password), readable by its owner only, for
// `kezekctl --as LOGIN`: every run of kezekctl below has KEZEK_PASSWORD_FILE name it.
inline QString demoPasswordFile()
{
    static QTemporaryFile file;
    if (!file.isOpen()) {
        if (!file.open())
            qFatal("cannot create the test password file: %s", qPrintable(file.errorString()));
        file.write(Kezek::DemoCenter::password.toUtf8() + "\n");
        file.flush();
    }
    return file.fileName();
}

// The demo password hashed at Argon2id's lowest cost (8 KiB, one pass), for tests that start thousands of kezekctl
// processes, each signing in with --as: their subject is concurrency, not the cost of a sign-in.
inline const QString cheapDemoPasswordHash =
    QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$pNyMHWNodxSGNPzqwVZUJw$QHTBgbsPXbfd+57BkB3ag7tP4srNfquJlVHQg21YYfE");

// Every kezekctl this test process starts (through kezekctl() or a QProcess of its own) reads the demo password
// from there for --as.
inline void useDemoPasswordFile()
{
    qputenv("KEZEK_PASSWORD_FILE", QFile::encodeName(demoPasswordFile()));
}

inline CtlRun kezekctl(const QString &db, const QStringList &arguments, int timeoutMs = 60000)
{
    useDemoPasswordFile();
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
