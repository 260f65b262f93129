// Starting the kezek binary itself: a database it cannot use ends it with status 2, the file untouched; --operator
// only fills in the login, and a PC that signs in by itself reads the password from the file KEZEK_PASSWORD_FILE
// names.
#include "TestDatabase.h"

#include "domain/DemoCenter.h"

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
    void passwordFromAFileSignsIn();
    void aPasswordFileOthersCanReadIsRefused();

private:
    static QProcess *start(QProcess &process, const QStringList &arguments, const QString &passwordFile = {});
    // A password file of the owner's alone, holding `password`.
    static QString passwordFile(const QTemporaryDir &dir, const QString &password,
                                QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);
};

QProcess *TestStartup::start(QProcess &process, const QStringList &arguments, const QString &passwordFile)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    if (!passwordFile.isEmpty())
        environment.insert("KEZEK_PASSWORD_FILE", passwordFile);
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

QString TestStartup::passwordFile(const QTemporaryDir &dir, const QString &password,
                                  QFileDevice::Permissions permissions)
{
    const QString path = dir.filePath("password");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(password.toUtf8() + '\n') < 0)
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    file.setPermissions(permissions);
    return path;
}

void TestStartup::unknownOperatorExitsWithTwo()
{
    Kezek::Test::TestDatabase database;
    QTemporaryDir dir;
    QProcess kezek;
    start(kezek, {"--db", database.path(), "--window", "1", "--operator", "nobody"},
          passwordFile(dir, Kezek::DemoCenter::password));
    QVERIFY(kezek.waitForFinished(30000));
    QCOMPARE(kezek.exitCode(), 2);
    const QString said = QString::fromUtf8(kezek.readAllStandardError());
    QVERIFY2(said.contains("The login or the password is wrong."), qPrintable(said));
}

void TestStartup::passwordFromAFileSignsIn()
{
    Kezek::Test::TestDatabase database;
    QTemporaryDir dir;
    // A wrong password ends it, in words.
    QProcess wrong;
    start(wrong, {"--db", database.path(), "--window", "1", "--operator", "op01"}, passwordFile(dir, "not-it-at-all"));
    QVERIFY(wrong.waitForFinished(30000));
    QCOMPARE(wrong.exitCode(), 2);
    QVERIFY(QString::fromUtf8(wrong.readAllStandardError()).contains("The login or the password is wrong."));
    // The right one opens the console, which runs until it is closed.
    QFile::remove(dir.filePath("password"));
    QProcess kezek;
    start(kezek, {"--db", database.path(), "--window", "1", "--operator", "op01"},
          passwordFile(dir, Kezek::DemoCenter::password));
    QVERIFY(kezek.waitForStarted());
    QVERIFY2(!kezek.waitForFinished(3000), qPrintable(QString::fromUtf8(kezek.readAllStandardError())));
    kezek.kill();
    QVERIFY(kezek.waitForFinished());
}

void TestStartup::aPasswordFileOthersCanReadIsRefused()
{
    Kezek::Test::TestDatabase database;
    QTemporaryDir dir;
    const QString file = passwordFile(dir, Kezek::DemoCenter::password,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QProcess kezek;
    start(kezek, {"--db", database.path(), "--window", "1", "--operator", "op01"}, file);
    QVERIFY(kezek.waitForFinished(30000));
    QCOMPARE(kezek.exitCode(), 2);
    const QString said = QString::fromUtf8(kezek.readAllStandardError());
    QVERIFY2(said.contains(file) && said.contains("chmod 600"), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
