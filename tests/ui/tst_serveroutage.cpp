// The center's server away under the running screens (its connections dropped, no new ones taken): the operator
// console says so above its pages and refuses every step in words; the hall display keeps its last calls under its
// connection line. Once the server takes connections again, both connect by themselves and show what changed
// meanwhile. PostgreSQL only: tst_connectionloss is the same story for a SQLite file.
#include "DialogDriver.h"
#include "KezekctlProcess.h"
#include "ServerOutage.h"
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
#include "live/ChangeFeed.h"
#include "models/QueueModel.h"
#include "models/ServedServicesModel.h"
#include "operator/FinishDialog.h"
#include "operator/OperatorConsole.h"
#include "reception/ReceptionWidget.h"

#include <QAbstractItemModelTester>
#include <QLabel>
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

// `login`'s main window on the test server, in English at 1366x768, signed in at `windowNumber` if given; null if
// the sign-in failed.
std::unique_ptr<MainWindow> openMainWindow(TestDatabase &test, const Clock &clock, LanguageManager &languages,
                                           const char *login, std::optional<int> windowNumber)
{
    languages.setLanguage("en");
    auto user = Catalogue(test.db()).operatorByLogin(QString::fromLatin1(login));
    if (!user || (windowNumber && !Kezek::Test::StaffedQueue(test.db(), clock).signIn(*windowNumber, user->id)))
        return nullptr;
    auto window = std::make_unique<MainWindow>(test.db(), clock, languages, Session{*user, windowNumber});
    window->resize(1366, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace

class TestServerOutage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operatorConsoleRefusesWhileTheServerIsAway();
    void finishDialogKeepsItsEntriesWhileTheServerIsAway();
    void receptionRefusesWhileTheServerIsAway();
    void hallDisplayKeepsItsCallsWhileTheServerIsAway();
};

void TestServerOutage::initTestCase()
{
    QVERIFY2(onPostgres(), "a server outage needs the PostgreSQL test server (KEZEK_TEST_BACKEND=postgres)");
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestServerOutage::operatorConsoleRefusesWhileTheServerIsAway()
{
    TestDatabase test;
    FixedClock clock(at(10));
    LanguageManager languages;
    Kezek::Test::StaffedQueue queue(test.db(), clock);
    QVERIFY(queue.issue(Catalogue(test.db()).service("ID-CARD")->id, {}));
    const auto opened = openMainWindow(test, clock, languages, "op01", 1);
    QVERIFY(opened);
    MainWindow &window = *opened;
    QAbstractItemModelTester tester(window.console()->queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *banner = window.findChild<QLabel *>("connectionBanner");
    auto *callNext = window.findChild<QToolButton *>("callNextButton");
    auto *number = window.findChild<QLabel *>("numberLabel");
    QVERIFY(banner && callNext && number);
    QVERIFY(!banner->isVisible());
    QCOMPARE(columnTexts(window.console()->queueModel(), QueueModel::NumberColumn), QStringList{"A001"});

    ServerOutage outage(test.path());
    // The watcher's own timer notices; no test call here.
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains("No connection to the center's server")
                 && banner->text().contains(test.path().section('/', -1)),
             qPrintable(banner->text()));
    QTest::mouseClick(callNext, Qt::LeftButton);
    QVERIFY2(window.statusBar()->currentMessage().contains("No connection to the center's server"),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(number->text(), QString("—"));
    QCOMPARE(columnTexts(window.console()->queueModel(), QueueModel::NumberColumn), QStringList{"A001"});

    // Back: another desk issued a ticket the moment the server returned; the console shows it by itself.
    outage.end();
    const CtlRun issued = kezekctl(test.path(), {"--as", "reception", "--at", "2020-05-18T10:01", "issue", "ID-CARD"});
    QVERIFY2(issued.exitCode == 0, issued.describe());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QTRY_COMPARE(columnTexts(window.console()->queueModel(), QueueModel::NumberColumn), (QStringList{"A001", "A002"}));
    QTest::mouseClick(callNext, Qt::LeftButton);
    QCOMPARE(number->text(), QString("A001"));
    RawDatabase raw(test.path(), "check");
    QCOMPARE(raw.scalar("SELECT state FROM tickets WHERE number = 'A001'").toString(), QString("called"));
}

void TestServerOutage::finishDialogKeepsItsEntriesWhileTheServerIsAway()
{
    TestDatabase test;
    FixedClock clock(at(10));
    LanguageManager languages;
    Kezek::Test::StaffedQueue queue(test.db(), clock);
    QVERIFY(queue.issue(Catalogue(test.db()).service("ID-CARD")->id, {}));
    const auto opened = openMainWindow(test, clock, languages, "op01", 1);
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto called = queue.callNext(1);
    QVERIFY(called);
    QVERIFY(queue.startServing(called->ticket.id));
    auto *number = window.findChild<QLabel *>("numberLabel");
    QCOMPARE(number->text(), QString("A001"));

    const QString note = QStringLiteral("documents checked, photo retaken");
    bool keptOpen = false;
    whenDialog<FinishDialog>([&](FinishDialog *dialog) {
        auto *model = dialog->model();
        const int row = 0; // the ticket's own service, ticked already
        QVERIFY(model->setData(model->index(row, ServedServicesModel::NoteColumn), note));
        {
            ServerOutage outage(test.path());
            clickOk(dialog);
            // Refused in words; the dialog stays with what was typed.
            auto *problem = dialog->findChild<QLabel *>("problemLabel");
            QVERIFY(dialog->isVisible());
            QVERIFY2(problem->isVisible() && problem->text().contains("No connection to the center's server"),
                     qPrintable(problem->text()));
            QCOMPARE(model->index(row, ServedServicesModel::NoteColumn).data().toString(), note);
            keptOpen = true;
        }
        // The server is back: the same OK records it.
        QTRY_VERIFY_WITH_TIMEOUT(test.db().ensureConnected().ok(), 10000);
        clickOk(dialog);
        QVERIFY(!dialog->isVisible());
    });
    QTest::mouseClick(window.findChild<QToolButton *>("finishButton"), Qt::LeftButton);
    QVERIFY(keptOpen);
    QCOMPARE(number->text(), QString("—"));
    RawDatabase raw(test.path(), "check");
    QCOMPARE(raw.scalar("SELECT state FROM tickets WHERE number = 'A001'").toString(), QString("served"));
    QCOMPARE(raw.scalar("SELECT note FROM served_services").toString(), note);
}

void TestServerOutage::receptionRefusesWhileTheServerIsAway()
{
    TestDatabase test;
    FixedClock clock(at(10));
    LanguageManager languages;
    const auto opened = openMainWindow(test, clock, languages, "reception", std::nullopt);
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *banner = window.findChild<QLabel *>("connectionBanner");
    auto *idCard = window.findChild<QAbstractButton *>("serviceButton_ID-CARD");
    auto *result = window.findChild<QLabel *>("walkInResult");
    auto *occupancy = window.findChild<QLabel *>("occupancyLabel");
    QVERIFY(banner && idCard && result && occupancy);
    QTest::mouseClick(idCard, Qt::LeftButton);
    QVERIFY2(result->text().contains("A001"), qPrintable(result->text()));
    QVERIFY2(occupancy->text().startsWith("1 of"), qPrintable(occupancy->text()));

    ServerOutage outage(test.path());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), outageNoticeMs);
    QTest::mouseClick(idCard, Qt::LeftButton);
    QVERIFY2(result->text().contains("No connection to the center's server"), qPrintable(result->text()));
    QVERIFY2(occupancy->text().startsWith("1 of"), qPrintable(occupancy->text()));

    // Back: a ticket another desk issued meanwhile is counted without a click here.
    outage.end();
    QVERIFY(kezekctl(test.path(), {"--as", "reception", "--at", "2020-05-18T10:01", "issue", "ID-CARD"}).exitCode == 0);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QTRY_VERIFY2(occupancy->text().startsWith("2 of"), qPrintable(occupancy->text()));
    QTest::mouseClick(idCard, Qt::LeftButton);
    QVERIFY2(result->text().contains("A003"), qPrintable(result->text()));
}

void TestServerOutage::hallDisplayKeepsItsCallsWhileTheServerIsAway()
{
    TestDatabase test;
    FixedClock clock(at(10));
    Kezek::Test::StaffedQueue queue(test.db(), clock);
    const int result = Catalogue(test.db()).service("RESULT")->id;
    HallDisplayWindow display(test.db(), clock);
    QAbstractItemModelTester tester(display.model()->recentCalls(), QAbstractItemModelTester::FailureReportingMode::QtTest);
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

    ServerOutage outage(test.path());
    QTRY_VERIFY_WITH_TIMEOUT(connection->isVisible(), outageNoticeMs);
    QVERIFY2(!connection->text().isEmpty(), "the connection line says something");
    QCOMPARE(columnTexts(recent->model(), CallListModel::TicketColumn), QStringList{"C001"});
    QCOMPARE(display.model()->calledNow()->rowCount(), 1);

    outage.end();
    QTRY_VERIFY_WITH_TIMEOUT(!connection->isVisible(), 10000);
    // A call made by another program appears without a test call.
    QVERIFY(kezekctl(test.path(), {"--as", "reception", "--at", "2020-05-18T10:02", "issue", "RESULT"}).exitCode == 0);
    QVERIFY(kezekctl(test.path(), {"--as", "op02", "--at", "2020-05-18T10:03", "call-next", "--window", "2"}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(columnTexts(recent->model(), CallListModel::TicketColumn), (QStringList{"C002", "C001"}),
                              outageNoticeMs);
}

QTEST_MAIN(TestServerOutage)
#include "tst_serveroutage.moc"
