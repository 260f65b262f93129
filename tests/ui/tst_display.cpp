// The hall display window: a burst of calls each gets its moment in order, the date rolls over with the display
// running, and nothing personal ever shows.
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "display/CallListModel.h"
#include "display/DisplayModel.h"
#include "live/ChangeFeed.h"
#include "display/HallDisplayWindow.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "io/BookingImporter.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestDisplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void burstOfFiveAnnouncedInOrder();
    void announcementTimerMovesOnByItself();
    void keepsUpdatingOverADayChange();
    void showsNoNamesOrIins();

private:
    void issueAndCall(int window, const char *code = "RESULT");
    QStringList announcedSoFar(const QSignalSpy &spy) const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<HallDisplayWindow> m_window;
};

void TestDisplay::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(at(10, 0));
    m_window = std::make_unique<HallDisplayWindow>(m_test->db(), *m_clock);
    new QAbstractItemModelTester(m_window->model()->recentCalls(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    new QAbstractItemModelTester(m_window->model()->calledNow(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    // The test drives refreshes and announcements itself.
    m_window->feed()->stop();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDisplay::cleanup()
{
    m_window.reset();
    m_clock.reset();
    m_test.reset();
}

void TestDisplay::issueAndCall(int window, const char *code)
{
    Kezek::Test::StaffedQueue queue(m_test->db(), *m_clock);
    auto ticket = queue.issue(Catalogue(m_test->db()).service(QString::fromLatin1(code))->id, {});
    QVERIFY2(ticket, qPrintable(ticket ? QString() : ticket.message()));
    auto called = queue.callNext(window);
    QVERIFY2(called, qPrintable(called ? QString() : called.message()));
}

QStringList TestDisplay::announcedSoFar(const QSignalSpy &spy) const
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).toString() + QLatin1Char('>') + QString::number(args.at(1).toInt());
    return out;
}

void TestDisplay::burstOfFiveAnnouncedInOrder()
{
    QSignalSpy announced(m_window.get(), &HallDisplayWindow::announced);
    for (int window = 1; window <= 5; ++window)
        issueAndCall(window); // all within the same second
    m_window->refresh();

    // The first takes the stage at once; the other four wait their turn.
    QCOMPARE(announcedSoFar(announced), QStringList{"C001>1"});
    QVERIFY(m_window->isAnnouncing());
    QCOMPARE(m_window->model()->pendingCount(), 4);
    auto *number = m_window->findChild<QLabel *>(QStringLiteral("announceNumber"));
    auto *windowLabel = m_window->findChild<QLabel *>(QStringLiteral("announceWindow"));
    auto *frame = m_window->findChild<QWidget *>(QStringLiteral("announcementFrame"));
    QCOMPARE(number->text(), QStringLiteral("C001"));
    QCOMPARE(windowLabel->text(), QStringLiteral("1"));
    QVERIFY(frame->property("highlight").toBool());

    // Each moment ends when the announcement timer fires; drive it.
    for (int i = 0; i < 4; ++i)
        m_window->advanceAnnouncement();
    QCOMPARE(announcedSoFar(announced), (QStringList{"C001>1", "C002>2", "C003>3", "C004>4", "C005>5"}));
    QCOMPARE(number->text(), QStringLiteral("C005"));
    QCOMPARE(windowLabel->text(), QStringLiteral("5"));

    // Nothing left: the highlight goes, the last number stays.
    m_window->advanceAnnouncement();
    QCOMPARE(announced.count(), 5);
    QVERIFY(!frame->property("highlight").toBool());
    QCOMPARE(number->text(), QStringLiteral("C005"));

    auto *recent = m_window->findChild<QTableView *>(QStringLiteral("recentView"));
    QCOMPARE(recent->model()->rowCount(), 5);
    QCOMPARE(recent->model()->index(0, CallListModel::TicketColumn).data().toString(), QStringLiteral("C005"));
    auto *now = m_window->findChild<QTableView *>(QStringLiteral("calledNowView"));
    QCOMPARE(now->model()->rowCount(), 5);
}

void TestDisplay::announcementTimerMovesOnByItself()
{
    QSignalSpy announced(m_window.get(), &HallDisplayWindow::announced);
    issueAndCall(1);
    issueAndCall(2);
    m_window->refresh();
    QCOMPARE(announced.count(), 1);
    QCOMPARE(m_window->announcementTimer()->interval(), HallDisplayWindow::announcementMs);
    QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 2, HallDisplayWindow::announcementMs + 2000);
    QCOMPARE(announcedSoFar(announced), (QStringList{"C001>1", "C002>2"}));
}

void TestDisplay::keepsUpdatingOverADayChange()
{
    QSignalSpy announced(m_window.get(), &HallDisplayWindow::announced);
    m_clock->set(at(17, 55));
    issueAndCall(1);
    m_window->refresh();
    QCOMPARE(announcedSoFar(announced), QStringList{"C001>1"});
    m_window->advanceAnnouncement();

    // The night passes with the display on; in the morning numbers restart and calls still arrive.
    m_clock->set(onDay(2020, 5, 19, 9, 0));
    m_window->refresh();
    auto *recent = m_window->findChild<QTableView *>(QStringLiteral("recentView"));
    QCOMPARE(recent->model()->rowCount(), 0);
    issueAndCall(7, "CONSULT");
    issueAndCall(2); // window 1 still holds yesterday's ticket
    m_window->refresh();
    m_window->advanceAnnouncement();
    QCOMPARE(announcedSoFar(announced).join(QLatin1Char(' ')), QStringLiteral("C001>1 K001>7 C001>2"));
    QCOMPARE(recent->model()->rowCount(), 2);
    QCOMPARE(recent->model()->index(0, CallListModel::TicketColumn).data().toString(), QStringLiteral("C001"));
    QCOMPARE(recent->model()->index(1, CallListModel::TicketColumn).data().toString(), QStringLiteral("K001"));
}

void TestDisplay::showsNoNamesOrIins()
{
    BookingRow row;
    row.file = QStringLiteral("t.csv");
    row.line = 2;
    row.bookingId = QStringLiteral("EG-X");
    row.channel = QStringLiteral("egov");
    row.iin = QStringLiteral("950815350123");
    row.fullName = QStringLiteral("Нұрлан Сейітов");
    row.serviceCode = QStringLiteral("ID-CARD");
    row.slotStart = QStringLiteral("2020-05-18T10:00");
    QVERIFY(BookingImporter(m_test->db()).importRows({row}, m_clock->now(), Kezek::Test::desk(m_test->db())));
    Kezek::Test::StaffedQueue queue(m_test->db(), *m_clock);
    QVERIFY(queue.checkIn(QStringLiteral("EG-X")));
    QVERIFY(queue.callNext(2));
    issueAndCall(3); // and one more waiting afterwards
    QVERIFY(queue.issue(Catalogue(m_test->db()).service(QStringLiteral("ID-CARD"))->id, {}));
    m_window->refresh();

    QStringList shown;
    for (const QLabel *label : m_window->findChildren<QLabel *>())
        shown << label->text();
    for (const QTableView *view : m_window->findChildren<QTableView *>()) {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                shown << view->model()->index(r, c).data().toString();
        }
    }
    const QString all = shown.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("A001")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Нұрлан")) && !all.contains(QStringLiteral("Сейітов")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("9508")) && !all.contains(QStringLiteral("0123")), qPrintable(all));
    const QString waiting = m_window->findChild<QLabel *>(QStringLiteral("waitingLabel"))->text();
    // The count and the estimate, in whichever languages the catalogues provide.
    QVERIFY2(waiting.contains(QLatin1Char('1')), qPrintable(waiting));
    QVERIFY2(!waiting.contains(QStringLiteral("9508")), qPrintable(waiting));
}

QTEST_MAIN(TestDisplay)
#include "tst_display.moc"
