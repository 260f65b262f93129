#include "TestDatabase.h"

#include "core/LocalTime.h"
#include "domain/DemoCenter.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QTest>

namespace Kezek::Test {

TestDatabase::TestDatabase(bool withDemoCenter)
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
    return m_dir.filePath(QStringLiteral("kezek.sqlite"));
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
