// Starting the kezek binary itself: a database it cannot use ends it with status 2, the file untouched.
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStartup final : public QObject
{
    Q_OBJECT

private slots:
    void corruptDatabaseExitsWithTwo();
    void missingDatabaseExitsWithTwo();
    void unknownOperatorExitsWithTwo();

private:
    static QProcess *start(QProcess &process, const QStringList &arguments);
};

QProcess *TestStartup::start(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(environment);
    process.start(KEZEK_PATH, arguments);
    return &process;
}

void TestStartup::corruptDatabaseExitsWithTwo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.sqlite");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QProcess kezek;
    start(kezek, {"--db", path, "--window", "1", "--operator", "op01"});
    QVERIFY(kezek.waitForFinished(30000));
    QCOMPARE(kezek.exitCode(), 2);
    const QString said = QString::fromUtf8(kezek.readAllStandardError());
    QVERIFY2(said.contains(path) && said.contains("untouched"), qPrintable(said));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(8192, 'x'));
}

void TestStartup::missingDatabaseExitsWithTwo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("none.sqlite");
    QProcess kezek;
    start(kezek, {"--db", path, "--display"});
    QVERIFY(kezek.waitForFinished(30000));
    QCOMPARE(kezek.exitCode(), 2);
    QVERIFY(QString::fromUtf8(kezek.readAllStandardError()).contains("kezekctl init"));
    QVERIFY(!QFile::exists(path));
}

void TestStartup::unknownOperatorExitsWithTwo()
{
    Kezek::Test::TestDatabase database;
    QProcess kezek;
    start(kezek, {"--db", database.path(), "--window", "1", "--operator", "nobody"});
    QVERIFY(kezek.waitForFinished(30000));
    QCOMPARE(kezek.exitCode(), 2);
    QVERIFY(QString::fromUtf8(kezek.readAllStandardError()).contains("nobody"));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
