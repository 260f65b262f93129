#include "TestDatabase.h"

#include "core/LocalTime.h"
#include "domain/DemoCenter.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QFile>
#include <QTest>

namespace Kezek::Test {

bool onPostgres()
{
    static const bool postgres = qEnvironmentVariable("KEZEK_TEST_BACKEND") == QLatin1String("postgres");
    return postgres;
}

namespace {

// The server's maintenance database, for creating and dropping the tests' own.
QSqlDatabase serverAdmin()
{
    const QString name = QStringLiteral("kezek-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    admin.setDatabaseName(QStringLiteral("postgres"));
    if (!admin.open()) {
        qFatal("KEZEK_TEST_BACKEND=postgres but the test server cannot be reached (PGHOST=%s PGPORT=%s): %s",
               qPrintable(qEnvironmentVariable("PGHOST")), qPrintable(qEnvironmentVariable("PGPORT")),
               qPrintable(admin.lastError().text()));
    }
    return admin;
}

void runOnServer(const QString &sql)
{
    QSqlQuery query(serverAdmin());
    if (!query.exec(sql))
        qFatal("test server: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

} // namespace

ScratchLocation::ScratchLocation(const QString &folder)
{
    if (!onPostgres()) {
        m_text = QDir(folder).filePath(QStringLiteral("kezek.sqlite"));
        return;
    }
    static int counter = 0;
    m_serverDatabase = QStringLiteral("kezek_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    runOnServer(QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase));
    m_text = QStringLiteral("postgresql:///%1").arg(m_serverDatabase);
}

ScratchLocation::~ScratchLocation()
{
    if (!m_serverDatabase.isEmpty())
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

TestDatabase::TestDatabase(bool withDemoCenter)
    : m_location(m_dir.path())
{
    QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
    reopen();
    if (withDemoCenter) {
        const Status status = DemoCenter::install(*m_db);
        if (!status)
            qFatal("demo center: %s", qPrintable(status.message()));
    }
}

TestDatabase::~TestDatabase() = default;

QString TestDatabase::path() const
{
    return m_location.text();
}

void TestDatabase::reopen()
{
    m_db.reset();
    OpenOptions options;
    options.create = true;
    auto opened = Database::open(DatabaseLocation{path()}, options);
    if (!opened)
        qFatal("open test database: %s", qPrintable(opened.message()));
    m_db = std::move(opened).value();
}

std::unique_ptr<Database> TestDatabase::openAnother() const
{
    auto opened = Database::open(DatabaseLocation{path()});
    if (!opened)
        qFatal("open test database again: %s", qPrintable(opened.message()));
    return std::move(opened).value();
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 onDay(int year, int month, int day, int hour, int minute)
{
    return LocalTime::at(QDate(year, month, day), hour * 3600 + minute * 60);
}

qint64 at(int hour, int minute, int second)
{
    return onDay(2020, 5, 18, hour, minute) + second;
}

} // namespace Kezek::Test
