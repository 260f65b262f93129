// The operator console, driven like an operator would: real main window, real buttons, real dialogs.
#include "DialogDriver.h"
#include "KezekctlProcess.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "core/LocalTime.h"
#include "common/HallPanel.h"
#include "common/LanguageManager.h"
#include "common/MainWindow.h"
#include "common/SignInDialog.h"
#include "auth/Accounts.h"
#include "domain/DemoCenter.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "domain/TicketStore.h"
#include "live/ChangeFeed.h"
#include "models/CurrentTicketModel.h"
#include "models/Display.h"
#include "models/HallModel.h"
#include "models/QueueModel.h"
#include "models/ServedServicesModel.h"
#include "common/CancelTicketDialog.h"
#include "operator/FinishDialog.h"
#include "operator/OperatorConsole.h"
#include "operator/PostponeDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

// A radio button or check box only reacts on its indicator and label, not on the whole widget width.
void clickToggle(QAbstractButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

} // namespace

class TestOperatorConsole : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;

    Database &db() { return m_db->db(); }
    int serviceId(const char *code) { return Catalogue(db()).service(QString::fromLatin1(code))->id; }
    QString issue(const char *code, const QString &priority = {})
    {
        auto ticket = Kezek::Test::StaffedQueue(db(), *m_clock).issue(serviceId(code), priority);
        return ticket ? ticket->number : ticket.message();
    }

    // Signs `login` in at `windowNumber` and opens a fresh main window on it.
    void open(int windowNumber, const QString &login)
    {
        auto user = Catalogue(db()).operatorByLogin(login);
        QVERIFY(user);
        QVERIFY(Kezek::Test::StaffedQueue(db(), *m_clock).signIn(windowNumber, user->id));
        m_window = std::make_unique<MainWindow>(db(), *m_clock, *m_languages, Session{*user, windowNumber});
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    OperatorConsole *console() { return m_window->console(); }
    template<typename W = QWidget>
    W *widget(const char *name)
    {
        auto *found = m_window->findChild<W *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QString text(const char *label) { return widget<QLabel>(label)->text(); }
    void click(const char *button)
    {
        auto *found = widget<QToolButton>(button);
        QVERIFY2(found, button);
        QVERIFY2(found->isEnabled(), button);
        QTest::mouseClick(found, Qt::LeftButton);
    }
    bool enabled(const char *button) { return widget<QToolButton>(button)->isEnabled(); }
    Ticket ticket(const QString &number)
    {
        auto found = TicketStore(db()).byNumber(number, QStringLiteral("2020-05-18"));
        return found ? *found : Ticket{};
    }
    QStringList queueNumbers(QAbstractItemModel *model)
    {
        QStringList numbers;
        for (int row = 0; row < model->rowCount(); ++row)
            numbers << model->index(row, QueueModel::NumberColumn).data().toString();
        return numbers;
    }

private Q_SLOTS:
    // On a day the center is closed (someone came in anyway) the day ends at midnight: a citizen may come back
    // any time until then, not only in the next minute.
    void postponingOnAClosedDayReachesTheEndOfTheDay()
    {
        const QDate day(2020, 5, 24);
        const qint64 now = LocalTime::at(day, 10 * 3600);
        PostponeDialog dialog(QStringLiteral("A001"), now, LocalTime::at(day, 24 * 3600));
        auto *edit = child<QTimeEdit>(&dialog, "returnTimeEdit");
        QCOMPARE(edit->minimumTime(), QTime(10, 1));
        QVERIFY2(edit->maximumTime() >= QTime(23, 58), qPrintable(edit->maximumTime().toString()));
        PostponeDialog open(QStringLiteral("A002"), now, LocalTime::at(day, 18 * 3600));
        QCOMPARE(child<QTimeEdit>(&open, "returnTimeEdit")->maximumTime(), QTime(17, 59));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_clock = std::make_unique<FixedClock>(at(10, 0));
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(QStringLiteral("en"));
    }

    void cleanup()
    {
        m_window.reset();
        m_languages.reset();
        m_clock.reset();
        m_db.reset();
    }

    void signInPicksOperatorAndWindow()
    {
        Accounts accounts(db(), *m_clock);
        SignInDialog dialog(db(), *m_clock, accounts);
        dialog.setLogin(QStringLiteral("op03"));
        dialog.setWindowNumber(3);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(password->hasFocus());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        // A wrong password: the dialog stays, says so without saying which half was wrong, and clears the field.
        QTest::keyClicks(password, QStringLiteral("wrong-one"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
        QCOMPARE(problem->text(), QStringLiteral("The login or the password is wrong."));
        QVERIFY(password->text().isEmpty());
        QTest::keyClicks(password, DemoCenter::password);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().user.login, QStringLiteral("op03"));
        QCOMPARE(dialog.session().windowNumber, std::optional<int>(3));
    }

    void signInRequiresAWindowForOperators()
    {
        Accounts accounts(db(), *m_clock);
        SignInDialog dialog(db(), *m_clock, accounts);
        dialog.setLogin(QStringLiteral("op03"));
        dialog.setWindowNumber(0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), DemoCenter::password);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("Choose the window you work at."));
    }

    void callNextShowsTheRightTicket()
    {
        QCOMPARE(issue("ID-CARD"), QStringLiteral("A001"));
        m_clock->advance(30);
        QCOMPARE(issue("RESULT", QStringLiteral("disability")), QStringLiteral("C001"));
        m_clock->advance(30);
        open(1, QStringLiteral("op01"));
        QAbstractItemModelTester tester(console()->queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(queueNumbers(console()->queueModel()), (QStringList{"C001", "A001"}));
        QCOMPARE(text("waitingCountLabel"), QStringLiteral("2 waiting"));
        QVERIFY(!enabled("recallButton"));
        QVERIFY(enabled("callNextButton"));

        click("callNextButton");
        QCOMPARE(text("numberLabel"), QStringLiteral("C001"));
        QVERIFY(text("stateBadge").startsWith(QStringLiteral("CALLED")));
        QCOMPARE(text("serviceLabel"), QStringLiteral("Collecting a service result"));
        QCOMPARE(text("sourceValue"), QStringLiteral("walk-in"));
        QCOMPARE(text("categoryValue"), QStringLiteral("Disability group 1 or 2, or accompanying person"));
        QCOMPARE(text("waitedValue"), QStringLiteral("30 s"));
        QCOMPARE(text("callsValue"), QStringLiteral("1/3 · called 0 s ago"));
        QCOMPARE(queueNumbers(console()->queueModel()), QStringList{"A001"});
        QVERIFY(!enabled("callNextButton"));
        QVERIFY(enabled("recallButton"));
        QVERIFY(enabled("serveButton"));
        QVERIFY(!enabled("finishButton"));
        QVERIFY(!enabled("noShowButton"));
        QCOMPARE(ticket(QStringLiteral("C001")).state, TicketState::Called);
    }

    void recallStartFinishWithTwoServices()
    {
        issue("ID-CARD");
        open(1, QStringLiteral("op01"));
        click("callNextButton");
        QCOMPARE(text("numberLabel"), QStringLiteral("A001"));

        // Too soon: refused in words, nothing changes.
        click("recallButton");
        QVERIFY2(text("noticeLabel").contains(QStringLiteral("at least 60 s apart")), qPrintable(text("noticeLabel")));
        QCOMPARE(widget<QLabel>("noticeLabel")->property("problem").toString(), QStringLiteral("true"));
        QCOMPARE(text("callsValue"), QStringLiteral("1/3 · called 0 s ago"));

        m_clock->advance(61);
        click("recallButton");
        QCOMPARE(text("callsValue"), QStringLiteral("2/3 · called 0 s ago"));
        QVERIFY(widget<QToolButton>("recallButton")->text().contains(QStringLiteral("(2/3)")));

        m_clock->advance(20);
        click("serveButton");
        QVERIFY(text("stateBadge").startsWith(QStringLiteral("BEING SERVED")));
        m_clock->advance(5 * 60);
        console()->tick();
        QCOMPARE(text("serviceTimeValue"), QStringLiteral("5 min"));

        whenDialog<FinishDialog>([](FinishDialog *dialog) {
            auto *view = dialog->findChild<QTableView *>(QStringLiteral("servedView"));
            QAbstractItemModel *model = view->model();
            // Window 2's services first (the ticket's ticked), then the rest of the catalogue.
            QCOMPARE(model->rowCount(), 8);
            const auto name = [model](int row) {
                return model->index(row, ServedServicesModel::ServiceColumn).data().toString();
            };
            QCOMPARE(name(0), QStringLiteral("ID card and passport"));
            QCOMPARE(model->index(0, ServedServicesModel::ServiceColumn).data(Qt::CheckStateRole).toInt(),
                     int(Qt::Checked));
            QCOMPARE(name(1), QStringLiteral("Collecting a service result"));
            QVERIFY(model->setData(model->index(1, ServedServicesModel::ServiceColumn), Qt::Checked, Qt::CheckStateRole));
            QVERIFY(model->setData(model->index(1, ServedServicesModel::OutcomeColumn), int(Outcome::Redirected)));
            QVERIFY(model->setData(model->index(1, ServedServicesModel::NoteColumn),
                                   QStringLiteral("result not ready, sent to window 12")));
            // A service window 2 does not serve, done here for the citizen at the desk.
            for (int row = 2; row < model->rowCount(); ++row) {
                if (name(row) == QStringLiteral("Digital signature"))
                    QVERIFY(model->setData(model->index(row, ServedServicesModel::ServiceColumn), Qt::Checked,
                                           Qt::CheckStateRole));
            }
            clickOk(dialog);
        });
        click("finishButton");
        QCOMPARE(text("numberLabel"), QStringLiteral("—"));
        QVERIFY2(text("noticeLabel").startsWith(QStringLiteral("A001 is finished: 3 services recorded")),
                 qPrintable(text("noticeLabel")));

        const Ticket served = ticket(QStringLiteral("A001"));
        QCOMPARE(served.state, TicketState::Served);
        Query rows(db(), QStringLiteral("SELECT s.code, ss.outcome, ss.note, ss.started_at, ss.ended_at "
                                        "FROM served_services ss JOIN services s ON s.id = ss.service_id "
                                        "WHERE ss.ticket_id = :t ORDER BY s.code"));
        rows.bind(QStringLiteral(":t"), served.id);
        QVERIFY(rows.exec(QStringLiteral("reading served services")));
        QVERIFY(rows.next());
        QCOMPARE(rows.text(0), QStringLiteral("EDS"));
        QCOMPARE(rows.text(1), QStringLiteral("done"));
        QVERIFY(rows.next());
        QCOMPARE(rows.text(0), QStringLiteral("ID-CARD"));
        QCOMPARE(rows.text(1), QStringLiteral("done"));
        QCOMPARE(rows.int64(4) - rows.int64(3), 300);
        QVERIFY(rows.next());
        QCOMPARE(rows.text(0), QStringLiteral("RESULT"));
        QCOMPARE(rows.text(1), QStringLiteral("redirected"));
        QCOMPARE(rows.text(2), QStringLiteral("result not ready, sent to window 12"));
        QVERIFY(!rows.next());
    }

    void noShowOnlyAfterTheRecallLimit()
    {
        issue("ID-CARD");
        open(2, QStringLiteral("op02"));
        click("callNextButton");
        QVERIFY(!enabled("noShowButton"));
        for (int call = 2; call <= 3; ++call) {
            m_clock->advance(61);
            click("recallButton");
            QCOMPARE(text("callsValue"), QStringLiteral("%1/3 · called 0 s ago").arg(call));
        }
        QVERIFY(!enabled("recallButton"));
        QVERIFY(enabled("noShowButton"));
        // After the last call the window does not idle: the no-show can be recorded at once.
        m_clock->advance(5);
        click("noShowButton");
        QCOMPARE(ticket(QStringLiteral("A001")).state, TicketState::NoShow);
        QCOMPARE(text("numberLabel"), QStringLiteral("—"));
    }

    // A citizen chosen in the queue: Enter on the row calls that one; Ctrl+G calls a number typed.
    void aChosenCitizenIsCalledByTheRowOrTheNumber()
    {
        issue("ID-CARD");
        issue("ID-CARD");
        issue("ID-CARD");
        open(2, QStringLiteral("op02"));
        auto *view = widget<QTableView>("queueView");
        QCOMPARE(view->model()->rowCount(), 3);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(2, QueueModel::NumberColumn));
        const QString chosen = view->currentIndex().data().toString();
        QCOMPARE(chosen, QStringLiteral("A003"));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(ticket(chosen).state, TicketState::Called);
        QCOMPARE(text("numberLabel"), chosen);
        QCOMPARE(ticket(QStringLiteral("A001")).state, TicketState::Waiting);
        // The window is busy: neither way calls another.
        QVERIFY(!m_window->findChild<QAction *>("actionCallChosen")->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>("actionCallByNumber")->isEnabled());
        m_clock->advance(30);
        click("serveButton");
        whenDialog<FinishDialog>([](FinishDialog *dialog) { clickOk(dialog); });
        click("finishButton");
        QCOMPARE(ticket(chosen).state, TicketState::Served);
        // By number, typed in small letters.
        whenDialog<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("a002"));
            dialog->accept();
        });
        auto *byNumber = m_window->findChild<QAction *>("actionCallByNumber");
        QVERIFY(byNumber->isEnabled());
        QCOMPARE(byNumber->shortcut(), QKeySequence(QStringLiteral("Ctrl+G")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(view, Qt::Key_G, Qt::ControlModifier);
        QVERIFY2(ticket(QStringLiteral("A002")).state == TicketState::Called, qPrintable(text("noticeLabel")));
        QCOMPARE(text("numberLabel"), QStringLiteral("A002"));
    }

    // A citizen standing at the desk is served without a call, from the queue's context menu or by number; a called
    // citizen who leaves is cancelled with the reason, through the dialog.
    void atTheDeskServedWithoutACallAndACalledTicketCancelled()
    {
        issue("ID-CARD");
        issue("ID-CARD");
        issue("ID-CARD");
        open(1, QStringLiteral("op01"));
        auto *view = widget<QTableView>("queueView");
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, QueueModel::NumberColumn));
        auto *serveChosen = m_window->findChild<QAction *>("actionServeChosen");
        QVERIFY(view->actions().contains(serveChosen)); // in the row's context menu
        QVERIFY(serveChosen->isEnabled());
        serveChosen->trigger();
        QCOMPARE(ticket(QStringLiteral("A002")).state, TicketState::Serving);
        QCOMPARE(text("numberLabel"), QStringLiteral("A002"));
        QVERIFY2(text("noticeLabel").contains(QStringLiteral("at the desk")), qPrintable(text("noticeLabel")));
        QVERIFY(enabled("finishButton"));
        auto *cancel = m_window->findChild<QAction *>("actionCancelTicket");
        QVERIFY(!cancel->isEnabled()); // being served: it is finished, not cancelled
        whenDialog<FinishDialog>([](FinishDialog *dialog) { clickOk(dialog); });
        click("finishButton");
        QCOMPARE(ticket(QStringLiteral("A002")).state, TicketState::Served);

        // By number (Ctrl+Shift+G), typed in small letters.
        whenDialog<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("a003"));
            dialog->accept();
        });
        auto *byNumber = m_window->findChild<QAction *>("actionServeByNumber");
        QCOMPARE(byNumber->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+G")));
        byNumber->trigger();
        QCOMPARE(ticket(QStringLiteral("A003")).state, TicketState::Serving);
        whenDialog<FinishDialog>([](FinishDialog *dialog) { clickOk(dialog); });
        click("finishButton");

        // A001 is called; the citizen comes to say they leave: Ctrl+Del, the reason, OK.
        click("callNextButton");
        QCOMPARE(text("numberLabel"), QStringLiteral("A001"));
        QVERIFY(cancel->isEnabled());
        QCOMPARE(cancel->shortcut(), QKeySequence(QStringLiteral("Ctrl+Del")));
        whenDialog<CancelTicketDialog>([](CancelTicketDialog *dialog) {
            auto *number = child<QLineEdit>(dialog, "numberEdit");
            QCOMPARE(number->text(), QStringLiteral("A001"));
            QVERIFY(number->isReadOnly());
            auto *ok = dialog->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // a reason first
            clickToggle(child<QRadioButton>(dialog, "leftRadio"));
            clickOk(dialog);
        });
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
        QTRY_COMPARE(ticket(QStringLiteral("A001")).state, TicketState::Cancelled);
        QCOMPARE(text("numberLabel"), QStringLiteral("—"));
        QVERIFY2(text("noticeLabel").contains(QStringLiteral("the citizen left")), qPrintable(text("noticeLabel")));
    }

    // The counter's aids: the count lights up when someone joins the empty queue, the time since the call runs,
    // and the operator's own day (served, average against the norm) follows each finished citizen.
    void counterAidsFollowTheDay()
    {
        open(1, QStringLiteral("op01"));
        QCOMPARE(text("waitingCountLabel"), QStringLiteral("0 waiting"));
        QCOMPARE(text("myDayLabel"), QStringLiteral("Served today: none yet"));
        auto *count = widget<QLabel>("waitingCountLabel");
        QCOMPARE(count->property("flash").toString(), QString());
        issue("ID-CARD");
        QTRY_COMPARE(text("waitingCountLabel"), QStringLiteral("1 waiting"));
        QCOMPARE(count->property("flash").toString(), QStringLiteral("true"));
        // A second arrival in a queue that is not empty is no news; the light goes out by itself.
        issue("ID-CARD");
        QTRY_COMPARE_WITH_TIMEOUT(count->property("flash").toString(), QStringLiteral("false"), 5000);
        QTRY_COMPARE(text("waitingCountLabel"), QStringLiteral("2 waiting"));
        QCOMPARE(count->property("flash").toString(), QStringLiteral("false"));

        click("callNextButton");
        QCOMPARE(text("callsValue"), QStringLiteral("1/3 · called 0 s ago"));
        m_clock->advance(45);
        console()->tick();
        QCOMPARE(text("callsValue"), QStringLiteral("1/3 · called 45 s ago"));
        click("serveButton");
        QCOMPARE(text("callsValue"), QStringLiteral("1/3"));
        m_clock->advance(8 * 60);
        console()->tick();
        QCOMPARE(text("serviceTimeValue"), QStringLiteral("8 min"));
        whenDialog<FinishDialog>([](FinishDialog *dialog) { clickOk(dialog); });
        click("finishButton");
        // ID-CARD's norm in the demo catalogue.
        const QString norm = Kezek::Display::duration(double(Catalogue(db()).service("ID-CARD")->normSeconds));
        QCOMPARE(text("myDayLabel"), QStringLiteral("Served today: 1 · my average 8 min, within the norm of %1").arg(norm));
    }

    // F5 on a citizen who did not come to the last call records the no-show and calls the next: two steps, two events.
    void callNextAfterTheLastCallRecordsTheNoShowFirst()
    {
        issue("ID-CARD");
        issue("ID-CARD");
        open(2, QStringLiteral("op02"));
        click("callNextButton");
        QVERIFY(!enabled("callNextButton")); // A001 is at the window and may still come
        for (int call = 2; call <= 3; ++call) {
            m_clock->advance(61);
            click("recallButton");
        }
        QVERIFY(enabled("callNextButton"));
        QVERIFY2(m_window->findChild<QAction *>("actionCallNext")->toolTip().contains("did not come after 3 calls"),
                 qPrintable(m_window->findChild<QAction *>("actionCallNext")->toolTip()));
        m_clock->advance(5);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(ticket(QStringLiteral("A001")).state, TicketState::NoShow);
        QCOMPARE(ticket(QStringLiteral("A002")).state, TicketState::Called);
        QCOMPARE(text("numberLabel"), QStringLiteral("A002"));
        QVERIFY2(text("noticeLabel").contains("A001 is marked as a no-show") && text("noticeLabel").contains("A002 is called"),
                 qPrintable(text("noticeLabel")));
        Query rows(db(), QStringLiteral("SELECT t.number, e.action FROM events e JOIN tickets t ON t.id = e.ticket_id "
                                        "WHERE e.action IN ('no_show', 'call') ORDER BY e.id DESC"));
        QVERIFY(rows.exec(QStringLiteral("reading events")));
        QVERIFY(rows.next());
        QCOMPARE(rows.text(0) + ' ' + rows.text(1), QString("A002 call"));
        QVERIFY(rows.next());
        QCOMPARE(rows.text(0) + ' ' + rows.text(1), QString("A001 no_show"));
        // Nobody else waits: F5 on the last no-show records it and says so.
        for (int call = 2; call <= 3; ++call) {
            m_clock->advance(61);
            click("recallButton");
        }
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(ticket(QStringLiteral("A002")).state, TicketState::NoShow);
        QVERIFY2(text("noticeLabel").contains("Nobody else waits"), qPrintable(text("noticeLabel")));
        QVERIFY(!enabled("callNextButton"));
    }

    void transferAppearsInTheOtherWindowsQueue()
    {
        issue("ID-CARD");
        open(1, QStringLiteral("op01"));
        click("callNextButton");
        whenDialog<QDialog>([](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("TransferDialog"));
            clickToggle(dialog->findChild<QRadioButton *>(QStringLiteral("toWindowRadio")));
            auto *windows = dialog->findChild<QComboBox *>(QStringLiteral("windowCombo"));
            windows->setCurrentIndex(windows->findData(12));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")), QStringLiteral("needs EDS too"));
            clickOk(dialog);
        });
        click("transferButton");
        QVERIFY2(text("noticeLabel").contains(QStringLiteral("transferred to window 12")), qPrintable(text("noticeLabel")));
        QCOMPARE(text("numberLabel"), QStringLiteral("—"));

        QueueModel other(*m_window->center(), *m_clock);
        QAbstractItemModelTester tester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
        other.setWindowNumber(12);
        QCOMPARE(queueNumbers(&other), QStringList{"A001"});
        QCOMPARE(other.index(0, QueueModel::ReasonColumn).data().toString(), QStringLiteral("transferred"));
        // The hall shows window 1 free again.
        QTRY_COMPARE(m_window->hall()->hallModel()->index(0, HallModel::TicketColumn).data().toString(), QString());
    }

    void pauseWithAReasonAndResume()
    {
        issue("ID-CARD");
        open(1, QStringLiteral("op01"));
        whenDialog<QDialog>([](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("PauseDialog"));
            auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            QVERIFY(!box->button(QDialogButtonBox::Ok)->isEnabled()); // a reason is required
            clickToggle(dialog->findChild<QRadioButton *>(QStringLiteral("disinfectionRadio")));
            clickOk(dialog);
        });
        click("pauseButton");
        QVERIFY2(text("windowStateLabel").contains(QStringLiteral("PAUSED: DISINFECTION")),
                 qPrintable(text("windowStateLabel")));
        QCOMPARE(widget<QLabel>("windowStateLabel")->property("state").toString(), QStringLiteral("paused"));
        QVERIFY(!enabled("callNextButton"));
        QVERIFY(enabled("resumeButton"));
        QTRY_COMPARE(m_window->hall()->hallModel()->index(0, HallModel::StateColumn).data().toString(),
                     QStringLiteral("paused: disinfection"));
        auto window = Catalogue(db()).window(1);
        QCOMPARE(window->state, WindowState::Paused);
        QCOMPARE(window->pauseReason, std::optional(PauseReason::Disinfection));

        click("resumeButton");
        QCOMPARE(Catalogue(db()).window(1)->state, WindowState::Open);
        QVERIFY(enabled("callNextButton"));
        QTRY_COMPARE(m_window->hall()->hallModel()->index(0, HallModel::StateColumn).data().toString(),
                     QStringLiteral("open"));
    }

    void postponeToATimeAndCallAgainThen()
    {
        issue("ID-CARD");
        open(1, QStringLiteral("op01"));
        click("callNextButton");
        whenDialog<QDialog>([](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("PostponeDialog"));
            auto *time = dialog->findChild<QTimeEdit *>(QStringLiteral("returnTimeEdit"));
            QVERIFY(time);
            time->setTime(QTime(10, 30));
            clickOk(dialog);
        });
        click("postponeButton");
        const Ticket postponed = ticket(QStringLiteral("A001"));
        QCOMPARE(postponed.state, TicketState::Postponed);
        QCOMPARE(postponed.dueAt, std::optional<qint64>(at(10, 30)));
        // Nobody else waits, and A001 is away until 10:30: nothing to call yet.
        QVERIFY(!enabled("callNextButton"));
        QCOMPARE(m_window->console()->queueModel()->rowCount(), 0);
        m_clock->set(at(10, 31));
        m_window->console()->tick(); // a second passes: the queue is worked out again, from memory
        QTRY_VERIFY(enabled("callNextButton"));
        click("callNextButton");
        QCOMPARE(ticket(QStringLiteral("A001")).state, TicketState::Called);
    }

    void aTicketTakenElsewhereIsExplainedInWords()
    {
        issue("ID-CARD");
        open(1, QStringLiteral("op01"));
        click("callNextButton");
        const Ticket called = ticket(QStringLiteral("A001"));
        // Meanwhile (e.g. a supervisor at another desk) the ticket is transferred away, before this console's feed
        // polls again.
        m_window->feed()->stop();
        const auto otherDesk = m_db->openAnother();
        QVERIFY(Kezek::Test::StaffedQueue(*otherDesk, *m_clock).transferToWindow(called.id, 4, {}));
        click("serveButton");
        QVERIFY2(text("noticeLabel").contains(QStringLiteral("A001")), qPrintable(text("noticeLabel")));
        QCOMPARE(widget<QLabel>("noticeLabel")->property("problem").toString(), QStringLiteral("true"));
        QCOMPARE(text("numberLabel"), QStringLiteral("—"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("A001")));
    }

    void anotherProcessChangesTheQueueWithoutAReset()
    {
        issue("ID-CARD");
        open(1, QStringLiteral("op01"));
        QueueModel *model = console()->queueModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *view = widget<QTableView>("queueView");
        view->selectRow(0);
        QCOMPARE(queueNumbers(model), QStringList{"A001"});

        QSignalSpy resets(model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        Kezek::Test::useDemoPasswordFile();
        QProcess kezekctl;
        kezekctl.start(QStringLiteral(KEZEKCTL_PATH),
                       {QStringLiteral("--db"), m_db->path(), QStringLiteral("--as"), QStringLiteral("reception"),
                        QStringLiteral("--at"), QStringLiteral("2020-05-18T10:01:00"),
                        QStringLiteral("issue"), QStringLiteral("ID-CARD"), QStringLiteral("--priority"),
                        QStringLiteral("pregnant")});
        QVERIFY(kezekctl.waitForFinished(10000));
        QCOMPARE(kezekctl.exitCode(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(inserted.count() >= 1, 1000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(queueNumbers(model), (QStringList{"A002", "A001"}));
        // The operator's selection followed A001 to its new row.
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), QStringLiteral("A001"));
        QCOMPARE(text("waitingCountLabel"), QStringLiteral("2 waiting"));
    }

    void switchesToKazakhAtRunTime()
    {
        open(1, QStringLiteral("op01"));
        auto *button = widget<QToolButton>("callNextButton");
        QVERIFY(button->text().startsWith(QStringLiteral("Call next")));
        auto *kazakh = m_window->findChild<QAction *>(QStringLiteral("language_kk"));
        QVERIFY(kazakh);
        kazakh->trigger();
        QTRY_VERIFY2(button->text().contains(QString::fromUtf8("шақыру")), qPrintable(button->text()));
        QVERIFY(kazakh->isChecked());
        QCOMPARE(m_languages->language(), QStringLiteral("kk"));
        // Catalogue names follow the language too.
        issue("ID-CARD");
        console()->refresh();
        QCOMPARE(console()->queueModel()->index(0, QueueModel::ServiceColumn).data().toString(),
                 QString::fromUtf8("Жеке куәлік және паспорт"));

        m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
        QTRY_VERIFY2(button->text().startsWith(QStringLiteral("Call next")), qPrintable(button->text()));
    }
};

QTEST_MAIN(TestOperatorConsole)
#include "tst_operatorconsole.moc"
