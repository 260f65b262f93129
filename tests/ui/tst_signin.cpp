// Signing in, locking and signing out, clicked through the real widgets: a temporary password changed before the
// console opens, the idle lock that only the same person's password opens while the window's ticket stays as it
// was, and the sign-out that hands the PC on. Each leaves its audit row.
#include "DialogDriver.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "audit/AuditTrail.h"
#include "auth/Accounts.h"
#include "common/AboutBox.h"
#include "common/ChangePasswordDialog.h"
#include "common/HallPanel.h"
#include "common/IdleWatch.h"
#include "common/LanguageManager.h"
#include "common/LockPanel.h"
#include "common/MainWindow.h"
#include "common/SignInDialog.h"
#include "domain/Catalogue.h"
#include "domain/DemoCenter.h"
#include "domain/QueueService.h"
#include "db/ProgramVersion.h"
#include "domain/TicketStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

QStringList actions(Database &db)
{
    const auto entries = AuditTrail(db).between(0, std::numeric_limits<qint64>::max());
    QStringList list;
    for (const AuditEntry &entry : *entries)
        list << entry.action + QLatin1Char(' ') + entry.subject;
    return list;
}

} // namespace

class TestSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aTemporaryPasswordIsChangedBeforeTheConsoleOpens();
    void theNewPasswordIsTypedTwice();
    void anIdleConsoleLocksAndKeepsItsTicket();
    void signingOutIsRecordedAndHandsThePcOn();
    void aWindowAnotherConsoleHoldsIsRefusedWithItsHolder();
    void onlyOperatorsSignInAtAWindow();
    void aSupervisorReleasesAWindowFromTheHall();
    void screensShowOnlyWhatTheRoleMayDo();
    void theMenuEntryOfARoleOpensItsPage();
    void aboutNamesTheReleaseTheSchemaAndTheLicence();

private:
    std::unique_ptr<MainWindow> openConsole();

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestSignIn::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(at(10));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage("en");
}

void TestSignIn::cleanup()
{
    m_languages.reset();
    m_clock.reset();
    m_test.reset();
}

std::unique_ptr<MainWindow> TestSignIn::openConsole()
{
    auto op01 = Catalogue(m_test->db()).operatorByLogin("op01");
    if (!op01 || !Kezek::Test::StaffedQueue(m_test->db(), *m_clock).signIn(1, op01->id))
        return nullptr;
    auto window = std::make_unique<MainWindow>(m_test->db(), *m_clock, *m_languages, Session{*op01, 1});
    window->resize(1366, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestSignIn::aTemporaryPasswordIsChangedBeforeTheConsoleOpens()
{
    const Accounts accounts(m_test->db(), *m_clock);
    QVERIFY(accounts.add({"dana.b", "Dana B", Role::Reception}, "given-at-hire", Kezek::Test::administrator(m_test->db())));
    SignInDialog dialog(m_test->db(), *m_clock, accounts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "loginEdit"), "dana.b");
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), "given-at-hire");
    bool asked = false;
    whenDialog<ChangePasswordDialog>([&](ChangePasswordDialog *change) {
        asked = true;
        // The temporary password was just typed: it is not asked again.
        QVERIFY(!child<QLineEdit>(change, "currentEdit")->isVisible());
        QVERIFY(child<QLabel>(change, "reasonLabel")->text().contains("temporary"));
        QTest::keyClicks(child<QLineEdit>(change, "nextEdit"), "danas-own-1");
        QTest::keyClicks(child<QLineEdit>(change, "repeatEdit"), "danas-own-1");
        clickOk(change);
    });
    clickOk(&dialog);
    QVERIFY(asked);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().user.login, QStringLiteral("dana.b"));
    QVERIFY(!accounts.signIn("dana.b", "given-at-hire"));
    QVERIFY(!accounts.signIn("dana.b", "danas-own-1")->temporaryPassword);
    QVERIFY(actions(m_test->db()).contains("password-changed dana.b"));
}

void TestSignIn::theNewPasswordIsTypedTwice()
{
    const Accounts accounts(m_test->db(), *m_clock);
    QVERIFY(accounts.add({"dana.b", "Dana B", Role::Reception}, "given-at-hire", Kezek::Test::administrator(m_test->db())));
    SignInDialog dialog(m_test->db(), *m_clock, accounts);
    dialog.setLogin("dana.b");
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), "given-at-hire");
    whenDialog<ChangePasswordDialog>([&](ChangePasswordDialog *change) {
        QTest::keyClicks(child<QLineEdit>(change, "nextEdit"), "danas-own-1");
        QTest::keyClicks(child<QLineEdit>(change, "repeatEdit"), "danas-own-2");
        clickOk(change);
        QVERIFY(change->isVisible());
        QVERIFY(child<QLabel>(change, "problemLabel")->text().contains("differ"));
        // Given up: the sign-in does not go through with a temporary password.
        change->reject();
    });
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLabel>(&dialog, "problemLabel")->text(), QStringLiteral("Choose your own password to sign in."));
    QVERIFY(accounts.signIn("dana.b", "given-at-hire")->temporaryPassword);
}

void TestSignIn::anIdleConsoleLocksAndKeepsItsTicket()
{
    Kezek::Test::StaffedQueue queue(m_test->db(), *m_clock);
    QVERIFY(queue.issue(Catalogue(m_test->db()).service("ID-CARD")->id, {}));
    auto called = queue.callNext(1);
    QVERIFY(called);
    QVERIFY(queue.startServing(called->ticket.id));
    auto window = openConsole();
    QVERIFY(window);
    QCOMPARE(window->idleWatch()->timeout(), 10 * 60 * 1000); // the center's default
    auto *pages = child<QTabWidget>(window.get(), "pages");

    // Nobody touches it: it locks, hiding the pages and the menus.
    window->idleWatch()->setTimeout(150);
    QTRY_VERIFY(window->isLocked());
    QVERIFY(!pages->isVisible());
    QVERIFY(!window->menuBar()->isEnabled());
    LockPanel *lock = window->lockPanel();
    QVERIFY(child<QLabel>(lock, "lockInfo")->text().contains("op01"));

    // Someone else's password does not open it.
    auto *password = child<QLineEdit>(lock, "unlockPasswordEdit");
    QTest::keyClicks(password, "someone-elses");
    QTest::mouseClick(child<QPushButton>(lock, "unlockButton"), Qt::LeftButton);
    QVERIFY(window->isLocked());
    QCOMPARE(child<QLabel>(lock, "problemLabel")->text(), QStringLiteral("The login or the password is wrong."));
    QVERIFY(password->text().isEmpty());

    // The ticket at the window is as it was.
    QCOMPARE(TicketStore(m_test->db()).byId(called->ticket.id)->state, TicketState::Serving);

    QTest::keyClicks(password, DemoCenter::password);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!window->isLocked());
    QVERIFY(pages->isVisible());
    QVERIFY(window->menuBar()->isEnabled());
    QCOMPARE(TicketStore(m_test->db()).byId(called->ticket.id)->state, TicketState::Serving);
    const QStringList rows = actions(m_test->db());
    QVERIFY(rows.contains("console-locked op01"));
    QVERIFY(rows.contains("sign-in-failed op01"));
    QVERIFY(rows.contains("console-unlocked op01"));

    // The lock comes back after the next idle spell, and File > Lock (Ctrl+L) locks at once.
    QTRY_VERIFY(window->isLocked());
    QTest::keyClicks(child<QLineEdit>(lock, "unlockPasswordEdit"), DemoCenter::password);
    QTest::keyClick(child<QLineEdit>(lock, "unlockPasswordEdit"), Qt::Key_Return);
    QVERIFY(!window->isLocked());
    window->idleWatch()->setTimeout(0);
    QAction *lockNow = window->findChild<QAction *>("actionLock");
    QCOMPARE(lockNow->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    lockNow->trigger();
    QVERIFY(window->isLocked());
}

void TestSignIn::signingOutIsRecordedAndHandsThePcOn()
{
    auto window = openConsole();
    QVERIFY(window);
    QSignalSpy signedOut(window.get(), &MainWindow::signedOut);
    window->findChild<QAction *>("actionSignOut")->trigger();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(actions(m_test->db()).contains("sign-out op01"));
    // From the lock panel too: the next person at a locked PC signs its owner out.
    window->lock();
    QTest::mouseClick(child<QPushButton>(window->lockPanel(), "signOutButton"), Qt::LeftButton);
    QCOMPARE(signedOut.count(), 2);
    // Signing out gave the window up: the next operator may take it.
    QVERIFY(!Catalogue(m_test->db()).window(1)->operatorId);
}

namespace {

// Types a login and the demo password into the sign-in dialog, chooses the window and presses OK.
void signIn(SignInDialog &dialog, const char *login, int window)
{
    child<QLineEdit>(&dialog, "loginEdit")->setText(QString::fromLatin1(login));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(DemoCenter::password);
    dialog.setWindowNumber(window);
    clickOk(&dialog);
}

} // namespace

void TestSignIn::aWindowAnotherConsoleHoldsIsRefusedWithItsHolder()
{
    const Accounts accounts(m_test->db(), *m_clock);
    SignInDialog dialog(m_test->db(), *m_clock, accounts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // op02's console holds window 2: op03 is told who holds it, and window 2 stays op02's.
    signIn(dialog, "op03", 2);
    QVERIFY(dialog.isVisible());
    const QString problem = child<QLabel>(&dialog, "problemLabel")->text();
    QVERIFY2(problem.contains(account(m_test->db(), "op02").person.fullName) && problem.contains("supervisor"),
             qPrintable(problem));
    QCOMPARE(*Catalogue(m_test->db()).window(2)->operatorId, account(m_test->db(), "op02").person.id);
    // The trail shows a sign-in that went no further, not op03 at a console.
    QCOMPARE(actions(m_test->db()), (QStringList{"sign-in op03", "sign-out op03"}));
    // Window 3 is op03's own: the same dialog then signs in there.
    signIn(dialog, "op03", 3);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().windowNumber, std::optional<int>(3));
}

void TestSignIn::onlyOperatorsSignInAtAWindow()
{
    const Accounts accounts(m_test->db(), *m_clock);
    QVERIFY(QueueService(m_test->db(), *m_clock).release(4, supervisor(m_test->db())));
    for (const char *login : {"reception", "supervisor"}) {
        SignInDialog dialog(m_test->db(), *m_clock, accounts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        signIn(dialog, login, 4);
        QVERIFY(dialog.isVisible());
        QVERIFY2(child<QLabel>(&dialog, "problemLabel")->text().contains("may not work at a window"),
                 qPrintable(child<QLabel>(&dialog, "problemLabel")->text()));
        QVERIFY(!Catalogue(m_test->db()).window(4)->operatorId);
        signIn(dialog, login, 0); // no window: fine
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
}

void TestSignIn::aSupervisorReleasesAWindowFromTheHall()
{
    // op01's console died with window 1 held; the supervisor frees it from the hall page.
    auto supervisorWindow = std::make_unique<MainWindow>(m_test->db(), *m_clock, *m_languages,
                                                         Session{supervisor(m_test->db()).person, std::nullopt});
    supervisorWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(supervisorWindow.get()));
    auto *hall = child<HallPanel>(supervisorWindow.get(), "hallPanel");
    child<QTabWidget>(supervisorWindow.get(), "pages")->setCurrentWidget(hall);
    auto *view = child<QTableView>(hall, "hallView");
    view->selectRow(0); // window 1
    QTest::mouseClick(child<QPushButton>(hall, "releaseWindowButton"), Qt::LeftButton);
    QVERIFY2(hall->lastOutcome().contains("free"), qPrintable(hall->lastOutcome()));
    QVERIFY(!Catalogue(m_test->db()).window(1)->operatorId);
    QVERIFY(actions(m_test->db()).contains("window-released window 1"));
    // And closes window 5 for the rest of the day.
    view->selectRow(4);
    QTest::mouseClick(child<QPushButton>(hall, "closeWindowButton"), Qt::LeftButton);
    QCOMPARE(Catalogue(m_test->db()).window(5)->state, WindowState::Closed);
}

void TestSignIn::screensShowOnlyWhatTheRoleMayDo()
{
    auto console = openConsole();
    QVERIFY(console);
    // An operator: the console and the hall, no reception, dashboard or audit, and no window controls in the hall.
    QVERIFY(console->console() && !console->reception() && !console->dashboard() && !console->audit());
    QVERIFY(!child<QWidget>(console.get(), "windowActions")->isVisibleTo(console.get()));
    // A supervisor pausing op01's window from the hall is allowed; op01's own console is refused another's window.
    const Status others = QueueService(m_test->db(), *m_clock)
                              .setWindowState(2, WindowState::Closed, std::nullopt, atWindow(m_test->db(), 1));
    QVERIFY(!others);
    QVERIFY2(others.message().contains("held by"), qPrintable(others.message()));
    // The operator's window is released meanwhile by a supervisor: the console's next call is refused in words.
    QVERIFY(QueueService(m_test->db(), *m_clock).release(1, supervisor(m_test->db())));
    QVERIFY(QueueService(m_test->db(), *m_clock).issue(Catalogue(m_test->db()).service("ID-CARD")->id, {},
                                                        desk(m_test->db())));
    QTest::mouseClick(child<QToolButton>(console.get(), "callNextButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(console.get(), "noticeLabel")->text().contains("Sign in at window 1"),
             qPrintable(child<QLabel>(console.get(), "noticeLabel")->text()));
}

void TestSignIn::theMenuEntryOfARoleOpensItsPage()
{
    // kezek --start supervisor (the supervisor's menu entry): the dashboard in front, whichever page was.
    MainWindow window(m_test->db(), *m_clock, *m_languages, Session{supervisor(m_test->db()).person, std::nullopt});
    auto *pages = child<QTabWidget>(&window, "pages");
    QVERIFY(window.showPage("auditPage"));
    QCOMPARE(pages->currentWidget()->objectName(), QString("auditPage"));
    QVERIFY(window.showPage("supervisorPage"));
    QCOMPARE(pages->currentWidget()->objectName(), QString("supervisorPage"));
    // The reception desk's page is not the supervisor's: nothing changes.
    QVERIFY(!window.showPage("receptionPage"));
    QCOMPARE(pages->currentWidget()->objectName(), QString("supervisorPage"));
    // An operator has no reception page: the console stays in front.
    auto console = openConsole();
    QVERIFY(console);
    QVERIFY(!console->showPage("receptionPage"));
    QCOMPARE(child<QTabWidget>(console.get(), "pages")->currentWidget()->objectName(), QString("operatorConsole"));
}

void TestSignIn::aboutNamesTheReleaseTheSchemaAndTheLicence()
{
    auto console = openConsole();
    QVERIFY(console);
    auto *help = child<QMenuBar>(console.get(), "menuBar")->findChild<QMenu *>("menuHelp");
    QVERIFY(help);
    QAction *about = nullptr;
    for (QAction *action : help->actions()) {
        if (action->objectName() == QLatin1String("actionAbout"))
            about = action;
    }
    QVERIFY(about);
    about->trigger();
    auto *box = console->findChild<QMessageBox *>("aboutBox");
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("Kezek %1").arg(ProgramVersion::release())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Database schema version %1").arg(ProgramVersion::schema())),
             qPrintable(text));
    QVERIFY2(text.contains("GNU General Public License") && text.contains("version 3"), qPrintable(text));
    // In Kazakh too, at once.
    m_languages->setLanguage("kk");
    AboutBox::open(console.get());
    const QList<QMessageBox *> boxes = console->findChildren<QMessageBox *>("aboutBox");
    QVERIFY2(boxes.last()->text().contains(QStringLiteral("еркін бағдарлама")), qPrintable(boxes.last()->text()));
    for (QMessageBox *open : boxes)
        open->close();
    m_languages->setLanguage("en");
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
