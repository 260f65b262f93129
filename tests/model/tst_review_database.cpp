// Review findings on opening a database: files that must be refused and left exactly as they were.
#include "db/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;

class TestReviewDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void emptyFileIsNotTurnedIntoADatabaseWithoutInit();
    void initMayUseAnEmptyFile();
};

// A zero-byte kezek.sqlite (truncated by a crash, or a mistyped --db that someone touched) must not be
// silently migrated into a fresh, empty database by a command such as "queue".
void TestReviewDatabase::emptyFileIsNotTurnedIntoADatabaseWithoutInit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("empty.sqlite");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    auto db = Database::open({path});
    QVERIFY(!db.ok());
    QCOMPARE(db.failure().kind, Failure::Kind::Database);
    QVERIFY2(db.message().contains(path), qPrintable(db.message()));
    QVERIFY2(db.message().contains("kezekctl init"), qPrintable(db.message()));
    QCOMPARE(QFileInfo(path).size(), qint64(0));
    QVERIFY(!QFile::exists(path + "-wal"));
    QVERIFY(!QFile::exists(path + "-shm"));
}

void TestReviewDatabase::initMayUseAnEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("empty.sqlite");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    auto db = Database::open({path}, OpenOptions{true, 5000});
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
}

QTEST_GUILESS_MAIN(TestReviewDatabase)
#include "tst_review_database.moc"
