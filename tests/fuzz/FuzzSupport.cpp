#include "FuzzSupport.h"

#include "core/LocalTime.h"
#include "db/Database.h"
#include "domain/DemoCenter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>

#include <unistd.h>

namespace Kezek::Fuzz {

namespace {

int reportFd = 2;
std::unique_ptr<QCoreApplication> application;
std::unique_ptr<QTemporaryDir> scratch;

void writeReport(const QByteArray &text)
{
    qsizetype done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(reportFd, text.constData() + done, size_t(text.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

// Qt's warnings reach the original stderr; debug chatter is dropped, it would only slow the fuzzer down.
void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    writeReport("kezek-fuzz: Qt: " + message.toUtf8() + '\n');
    if (type == QtFatalMsg)
        __builtin_trap();
}

} // namespace

void initialize(int *argc, char ***argv)
{
    // Keep a handle on the real stderr before libFuzzer's -close_fd_mask points fd 2 at /dev/null.
    if (const int fd = ::dup(2); fd >= 0)
        reportFd = fd;
    ::setenv("TZ", "Asia/Almaty", 1);
    ::tzset();
    ::setenv("LC_ALL", "C.UTF-8", 1);
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    qInstallMessageHandler(messageHandler);
    QStandardPaths::setTestModeEnabled(true);
    application = std::make_unique<QCoreApplication>(*argc, *argv);
    QCoreApplication::setApplicationName(QStringLiteral("KezekFuzz"));
    scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kezek-fuzz-XXXXXX"));
    if (!scratch->isValid())
        broken(QStringLiteral("setup: cannot create a scratch folder"), scratch->errorString());
    // Destroyed by exit() after the last input, in this order: the folder, then the application.
    std::atexit([] {
        scratch.reset();
        application.reset();
    });
}

QString scratchDir()
{
    return scratch->path();
}

QString demoTemplate()
{
    static const QString path = [] {
        const QString file = QDir(scratchDir()).filePath(QStringLiteral("demo-template.sqlite"));
        OpenOptions options;
        options.create = true;
        auto db = Database::open(DatabaseLocation{file}, options);
        if (!db)
            broken(QStringLiteral("setup: cannot create the template database"), db.message());
        if (const Status installed = DemoCenter::install(**db); !installed)
            broken(QStringLiteral("setup: cannot install the demo center"), installed.message());
        return file; // closing the last connection checkpoints the WAL: the copy is one self-contained file
    }();
    return path;
}

QString copyOf(const QString &templatePath, const QString &name)
{
    const QString path = QDir(scratchDir()).filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::copy(templatePath, path))
        broken(QStringLiteral("setup: cannot copy the template database"), templatePath + QStringLiteral(" -> ") + path);
    return path;
}

void broken(const QString &invariant, const QString &details)
{
    QByteArray text = "\n==kezek-fuzz== INVARIANT BROKEN: " + invariant.toUtf8() + '\n';
    if (!details.isEmpty())
        text += details.toUtf8() + '\n';
    writeReport(text);
    __builtin_trap();
}

qint64 sampleDay(int hour, int minute)
{
    return LocalTime::at(QDate(2020, 5, 18), hour * 3600 + minute * 60);
}

} // namespace Kezek::Fuzz
