// The database file deleted under the running screens: the operator console says so above its pages, refuses
// every step in words and writes nothing; the hall display keeps its last calls under a "reconnecting" line. Once a
// file is back at the path, both work on with it.
#include "ModelText.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "common/LanguageManager.h"
#include "common/MainWindow.h"
#include "display/CallListModel.h"
#include "display/DisplayModel.h"
#include "display/HallDisplayWindow.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "domain/TicketStore.h"
#include "live/ChangeFeed.h"
#include "models/QueueModel.h"
#include "operator/OperatorConsole.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Kezek;
using namespace Kezek::Test;

// Every screen says within 3 s that the database is gone or back.
constexpr int outageNoticeMs = 3000;

namespace {

// A consistent copy of a live database, as a backup tool would take it.
void backUp(const Database &db, const QString &to)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.prepare("VACUUM INTO :to"));
    q.bindValue(":to", to);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

// The files in `dir` other than `keep` that are not a set-aside log (NAME-wal.lost-…, NAME-shm.lost-…).
QStringList unexpectedFiles(const QString &dir, const QString &keep)
{
    QStringList unexpected;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::System | QDir::Hidden)) {
        if (name != keep && !name.contains(".lost-"))
            unexpected.append(name);
    }
    return unexpected;
}

} // namespace

class TestConnectionLoss final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void operatorConsoleRefusesWhileTheFileIsGone();
    void hallDisplayKeepsItsCallsWhileTheFileIsGone();

private:
    Database &db() { return m_test->db(); }
    QString issue(const char *code, const QString &priority = {});
    template<typename W = QWidget>
    W *widget(const char *name) const
    {
        auto *found = m_window->findChild<W *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestConnectionLoss::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestConnectionLoss::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(at(10, 0));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestConnectionLoss::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_clock.reset();
    m_test.reset();
}

QString TestConnectionLoss::issue(const char *code, const QString &priority)
{
    auto ticket = Kezek::Test::StaffedQueue(db(), *m_clock).issue(Catalogue(db()).service(QString::fromLatin1(code))->id, priority);
    return ticket ? ticket->number : ticket.message();
}

void TestConnectionLoss::operatorConsoleRefusesWhileTheFileIsGone()
{
    const QString path = m_test->path();
    const QString backup = m_test->dir() + "/backup.sqlite";
    QCOMPARE(issue("ID-CARD"), QString("A001"));
    auto user = Catalogue(db()).operatorByLogin("op01");
    QVERIFY(user);
    QVERIFY(Kezek::Test::StaffedQueue(db(), *m_clock).signIn(1, user->id));
    backUp(db(), backup); // A001 waiting, op01 at window 1
    m_clock->advance(30);
    QCOMPARE(issue("RESULT", "disability"), QString("C001")); // only in the file about to be deleted
    m_clock->advance(30);

    m_window = std::make_unique<MainWindow>(db(), *m_clock, *m_languages, Session{*user, 1});
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QAbstractItemModelTester tester(m_window->console()->queueModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *banner = widget<QLabel>("connectionBanner");
    auto *callNext = widget<QToolButton>("callNextButton");
    QVERIFY(banner && callNext);
    QVERIFY(!banner->isVisible());
    QCOMPARE(columnTexts(m_window->console()->queueModel(), QueueModel::NumberColumn), (QStringList{"C001", "A001"}));

    QSignalSpy lost(m_window->feed(), &ChangeFeed::connectionLost);
    QVERIFY(QFile::remove(path));
    m_window->feed()->poll();
    QCOMPARE(lost.count(), 1);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(path) && banner->text().contains("deleted or moved away"),
             qPrintable(banner->text()));
    // The banner sits above the pages, not inside one the operator might not be looking at.
    QVERIFY(!m_window->console()->isAncestorOf(banner));

    // Call next, by the button and by F5: refused, and the status bar says why.
    QVERIFY(callNext->isEnabled());
    QTest::mouseClick(callNext, Qt::LeftButton);
    QVERIFY2(m_window->statusBar()->currentMessage().contains("deleted or moved away"),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(widget<QLabel>("numberLabel")->text(), QString("—"));
    m_window->statusBar()->clearMessage();
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow()); // F5 is a window shortcut
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY2(m_window->statusBar()->currentMessage().contains("deleted or moved away"),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(widget<QLabel>("numberLabel")->text(), QString("—"));
    // The screen keeps what it showed, and nothing was written anywhere.
    QCOMPARE(columnTexts(m_window->console()->queueModel(), QueueModel::NumberColumn), (QStringList{"C001", "A001"}));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(unexpectedFiles(m_test->dir(), "backup.sqlite"), QStringList());
    const QByteArray backupDigest = fileDigest(backup);
    m_window->feed()->poll();
    QCOMPARE(lost.count(), 1); // said once
    QVERIFY(banner->isVisible());

    // The backup is put back; the watcher's own timer notices.
    QVERIFY(QFile::copy(backup, path));
    QCOMPARE(fileDigest(backup), backupDigest);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().contains("Connected to the database again"),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTRY_COMPARE(columnTexts(m_window->console()->queueModel(), QueueModel::NumberColumn), QStringList{"A001"});

    QTRY_VERIFY(callNext->isEnabled());
    QTest::mouseClick(callNext, Qt::LeftButton);
    QCOMPARE(widget<QLabel>("numberLabel")->text(), QString("A001"));
    auto called = TicketStore(db()).byNumber("A001", "2020-05-18");
    QVERIFY(called);
    QCOMPARE(called->state, TicketState::Called);
    // Written into the file at the path, where any other program sees it.
    auto other = Database::open({path});
    QVERIFY2(other, qPrintable(other ? QString() : other.message()));
    auto seen = TicketStore(**other).byNumber("A001", "2020-05-18");
    QVERIFY(seen);
    QCOMPARE(seen->state, TicketState::Called);
    QVERIFY(!TicketStore(**other).byNumber("C001", "2020-05-18"));
}

void TestConnectionLoss::hallDisplayKeepsItsCallsWhileTheFileIsGone()
{
    const QString path = m_test->path();
    const QString backup = m_test->dir() + "/backup.sqlite";
    Kezek::Test::StaffedQueue queue(db(), *m_clock);
    const int result = Catalogue(db()).service("RESULT")->id;

    HallDisplayWindow display(db(), *m_clock);
    QAbstractItemModelTester tester(display.model()->recentCalls(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    display.resize(1366, 768);
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    auto *connection = display.findChild<QLabel *>("connectionLabel");
    auto *recent = display.findChild<QTableView *>("recentView");
    QVERIFY(connection && recent);

    QVERIFY(queue.issue(result, {}));
    QVERIFY(queue.callNext(1));
    display.refresh();
    QCOMPARE(columnTexts(recent->model(), CallListModel::TicketColumn), QStringList{"C001"});
    QVERIFY(!connection->isVisible());
    backUp(db(), backup);

    // Its own watcher and poll timer find the file gone; no test call here.
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY_WITH_TIMEOUT(connection->isVisible(), outageNoticeMs);
    QVERIFY2(!connection->text().isEmpty(), "the reconnecting line says something");
    QCOMPARE(columnTexts(recent->model(), CallListModel::TicketColumn), QStringList{"C001"});
    QCOMPARE(display.model()->calledNow()->rowCount(), 1);
    QVERIFY(!QFile::exists(path));

    QVERIFY(QFile::copy(backup, path));
    QTRY_VERIFY_WITH_TIMEOUT(!connection->isVisible(), outageNoticeMs);
    QCOMPARE(columnTexts(recent->model(), CallListModel::TicketColumn), QStringList{"C001"});
    // And it follows the restored file.
    QVERIFY(queue.issue(result, {}));
    QVERIFY(queue.callNext(2));
    QTRY_COMPARE_WITH_TIMEOUT(columnTexts(recent->model(), CallListModel::TicketColumn), (QStringList{"C002", "C001"}),
                              outageNoticeMs);
}

QTEST_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
