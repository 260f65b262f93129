// The administration page clicked through as an administrator would: the center's hours and a closed day, a new
// service served by a window, a category and a new operator with a temporary password, each refusal naming its
// field; the change reaching another console's open screens without a restart; and a draft left alone while
// someone else changes the setup. Runs on SQLite and PostgreSQL.
#include "DialogDriver.h"
#include "LivePicture.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "audit/AuditTrail.h"
#include "auth/Accounts.h"
#include "common/LanguageManager.h"
#include "core/LocalTime.h"
#include "common/PageRegistry.h"
#include "common/Session.h"
#include "domain/Catalogue.h"
#include "reception/ReceptionWidget.h"
#include "reception/BookingPanel.h"
#include "reception/WalkInPanel.h"
#include "setup/AdministrationPage.h"
#include "setup/CenterConfigurator.h"
#include "setup/CenterFile.h"
#include "setup/SetupModels.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

// Types into the cell as the table's editor would take it.
void edit(QAbstractItemModel *model, int row, int column, const QVariant &value)
{
    QVERIFY2(model->setData(model->index(row, column), value), qPrintable(value.toString()));
}

void tick(QAbstractItemModel *model, int row, int column, bool on = true)
{
    QVERIFY(model->setData(model->index(row, column), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
}

int columnOf(QAbstractItemModel *model, const QString &header)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    }
    return -1;
}

// Answers the review dialog with Apply, after checking it lists `expected`.
void applyWhenReviewed(const QStringList &expected)
{
    whenDialog<QMessageBox>([expected](QMessageBox *box) {
        for (const QString &line : expected)
            QVERIFY2(box->informativeText().contains(line), qPrintable(box->informativeText()));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
}

} // namespace

class TestAdministration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theModelsHoldUpUnderTheTester();
    void anAdministratorSetsUpTheCenterAndEveryScreenFollows();
    void whatMakesNoSenseIsNamedAndCannotBeApplied_data();
    void whatMakesNoSenseIsNamedAndCannotBeApplied();
    void aDraftIsNotLostWhenTheSetupChangesElsewhere();
    void heldKeysStayAndTheWindowsFollowTheirServices();
    void receptionSaysWhyADayOffHasNoSlots();
    void onlyAnAdministratorHasThePage();
    void screenshots();

private:
    LanguageManager m_languages;
};

void TestAdministration::init()
{
    m_languages.setLanguage("en");
}

void TestAdministration::theModelsHoldUpUnderTheTester()
{
    TestDatabase t;
    FixedClock clock(at(9));
    LivePicture live(t.db(), clock);
    AdministrationPage page(t.db(), live.center, clock, administrator(t.db()));
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             page.servicesModel(), page.windowsModel(), page.categoriesModel(), page.staffModel(),
             page.closedDaysModel()}) {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
    }
    QAbstractItemModelTester services(page.servicesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester windows(page.windowsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    child<QPushButton>(&page, "addServiceButton")->click();
    child<QPushButton>(&page, "addWindowButton")->click();
    edit(page.servicesModel(), 8, 0, "NOTARY");
    child<QPushButton>(&page, "removeServiceButton")->click();
    child<QPushButton>(&page, "discardButton")->click();
    QCOMPARE(page.servicesModel()->rowCount(), 8);
}

void TestAdministration::anAdministratorSetsUpTheCenterAndEveryScreenFollows()
{
    TestDatabase t;
    FixedClock clock(at(9));
    LivePicture adminConsole(t.db(), clock);
    LivePicture deskConsole(t.db(), clock); // another PC: the reception desk, open all along
    ReceptionWidget reception(t.db(), deskConsole.center, clock, Session{desk(t.db()).person, std::nullopt});
    AdministrationPage page(t.db(), adminConsole.center, clock, administrator(t.db()));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *apply = child<QPushButton>(&page, "applyButton");
    QVERIFY(!apply->isEnabled()); // nothing to apply yet

    // The center: a capacity, Saturday's duty hours, Sunday off, a closed day.
    child<QSpinBox>(&page, "capacitySpin")->setValue(55);
    child<QTimeEdit>(&page, "closesSaturday")->setTime(QTime(13, 0));
    child<QCheckBox>(&page, "openSunday")->setChecked(false);
    child<QPushButton>(&page, "addClosedDayButton")->click();
    edit(page.closedDaysModel(), 0, 0, QDate(2020, 5, 20));
    edit(page.closedDaysModel(), 0, 1, "Sanitary day");
    // A service, served by window 7.
    auto *tabs = child<QTabWidget>(&page, "tabs");
    tabs->setCurrentIndex(1);
    child<QPushButton>(&page, "addServiceButton")->click();
    SetupTableModel<Service> *services = page.servicesModel();
    const int notary = services->rowCount() - 1;
    edit(services, notary, 0, "notary");
    edit(services, notary, 1, "n");
    edit(services, notary, 2, "Нотариус");
    edit(services, notary, 3, "Нотариус");
    edit(services, notary, 4, "Notary");
    edit(services, notary, 5, 25);
    QCOMPARE(services->rows().at(notary).code, QStringLiteral("NOTARY"));
    QVERIFY(!page.problems().isEmpty()); // bookable, and no window serves it yet
    QVERIFY2(child<QLabel>(&page, "problemsLabel")->text().contains("NOTARY may be booked, but no window serves it"),
             qPrintable(child<QLabel>(&page, "problemsLabel")->text()));
    QVERIFY(!apply->isEnabled());
    WindowServicesModel *windows = page.windowsModel();
    QVERIFY(columnOf(windows, "NOTARY") > 0);
    tick(windows, 6, columnOf(windows, "NOTARY"));
    // A category and a new operator.
    child<QPushButton>(&page, "addCategoryButton")->click();
    const int pregnant = page.categoriesModel()->rowCount() - 1;
    edit(page.categoriesModel(), pregnant, 0, "Expecting");
    edit(page.categoriesModel(), pregnant, 1, "Жүкті әйел");
    edit(page.categoriesModel(), pregnant, 2, "Беременная");
    edit(page.categoriesModel(), pregnant, 3, "Expecting a child");
    child<QPushButton>(&page, "addStaffButton")->click();
    const int newcomer = page.staffModel()->rowCount() - 1;
    edit(page.staffModel(), newcomer, 0, "op13");
    edit(page.staffModel(), newcomer, 1, "Aruzhan Tulegenova");
    edit(page.staffModel(), newcomer, 2, "operator");
    QVERIFY2(page.problems().isEmpty(), qPrintable(page.problems().join('\n')));
    QVERIFY(apply->isEnabled());

    applyWhenReviewed({"hall capacity 40 → 55", "hours on Saturday 09:00-18:00 → 09:00-13:00",
                       "hours on Sunday 09:00-18:00 → closed", "2020-05-20 Sanitary day", "service NOTARY: added",
                       "window 7: services", "staff op13: added"});
    apply->click();
    QTRY_VERIFY(!page.isModified());
    QVERIFY(!apply->isEnabled());

    // The database holds it, audited.
    const Catalogue catalogue(t.db());
    QCOMPARE(catalogue.settings()->hallCapacity, 55);
    QCOMPARE(catalogue.settings()->week.at(Qt::Saturday - 1), OpeningHours({9 * 3600, 13 * 3600}));
    QVERIFY(!catalogue.settings()->week.at(Qt::Sunday - 1));
    QCOMPARE(catalogue.service(QStringLiteral("NOTARY"))->normSeconds, 25 * 60);
    QVERIFY(catalogue.window(7)->serviceIds.contains(catalogue.service(QStringLiteral("NOTARY"))->id));
    QVERIFY(catalogue.priorityCategory("expecting")->active);
    const auto trail = *AuditTrail(t.db()).between(0, std::numeric_limits<qint64>::max());
    QVERIFY(std::any_of(trail.cbegin(), trail.cend(), [](const AuditEntry &e) {
        return e.action == AuditTrail::setupChanged && e.actor.contains("admin") && e.subject.contains("NOTARY");
    }));

    // The reception desk open on another console offers the new service at once, with no restart.
    QTRY_VERIFY(deskConsole.center.settings().hallCapacity == 55);
    auto *list = child<QListView>(reception.walkIn(), "serviceList");
    QTRY_VERIFY(!list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, "Notary", 1, Qt::MatchContains)
                     .isEmpty());

    // A NOTARY ticket issued now waits in window 7's queue as the other console's operator screen reads it.
    StaffedQueue queue(t.db(), clock);
    QVERIFY(queue.issue(catalogue.service(QStringLiteral("NOTARY"))->id, {}));
    QTRY_COMPARE(deskConsole.center.queueFor(*deskConsole.center.window(7), clock.now()).size(), 1);

    // The newcomer gets a temporary password, shown once, and must choose their own at first sign-in.
    QString shown;
    whenDialog<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->informativeText().section('\n', 0, 0);
        box->accept();
    });
    tabs->setCurrentIndex(4);
    const QList<StaffSetup> &staff = page.staffModel()->rows(); // by login, as the database holds them
    const int op13 = int(std::find_if(staff.cbegin(), staff.cend(), [](const StaffSetup &s) { return s.login == "op13"; })
                         - staff.cbegin());
    QVERIFY(op13 < staff.size());
    child<QTableView>(&page, "staffView")->selectRow(op13);
    const QString password = [&] {
        child<QPushButton>(&page, "passwordButton")->click();
        return shown;
    }();
    QCOMPARE(password.size(), 14);
    const Accounts accounts(t.db(), clock);
    auto signedIn = accounts.signIn("op13", password);
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.message()));
    QVERIFY(signedIn->temporaryPassword);
    QCOMPARE(page.staffModel()->index(op13, 4).data().toString(), QStringLiteral("temporary, to be changed"));
    QVERIFY(!page.isModified()); // a password is not an edit of the setup
    QVERIFY(!apply->isEnabled());
}

void TestAdministration::whatMakesNoSenseIsNamedAndCannotBeApplied_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("says");
    QTest::newRow("same letter") << 0 << "services ID-CARD and RESIDENCE have the same letter A";
    QTest::newRow("window serving nothing") << 1 << "window 13 serves nothing";
    QTest::newRow("closing before opening") << 2 << "center.hours.friday: closing at 08:00 is not after opening at 09:00";
    QTest::newRow("no name") << 3 << "center.name.ru: the center's name is missing";
    QTest::newRow("no admin") << 4 << "no active admin would be left";
    QTest::newRow("closed day twice") << 5 << "center.closed_days: 2020-05-20 is listed twice";
}

void TestAdministration::whatMakesNoSenseIsNamedAndCannotBeApplied()
{
    QFETCH(int, change);
    QFETCH(QString, says);
    TestDatabase t;
    FixedClock clock(at(9));
    LivePicture live(t.db(), clock);
    AdministrationPage page(t.db(), live.center, clock, administrator(t.db()));
    const QString before = CenterFile::write(*CenterConfigurator(t.db(), clock).current());
    switch (change) {
    case 0:
        edit(page.servicesModel(), 1, 1, "A");
        break;
    case 1:
        child<QPushButton>(&page, "addWindowButton")->click();
        break;
    case 2:
        child<QTimeEdit>(&page, "closesFriday")->setTime(QTime(8, 0));
        break;
    case 3:
        child<QLineEdit>(&page, "nameRuEdit")->clear();
        QTest::keyClick(child<QLineEdit>(&page, "nameRuEdit"), Qt::Key_Space);
        break;
    case 4:
        for (int row = 0; row < page.staffModel()->rowCount(); ++row) {
            if (page.staffModel()->rows().at(row).login == "admin")
                tick(page.staffModel(), row, 3, false);
        }
        break;
    case 5:
        for (int i = 0; i < 2; ++i) {
            child<QPushButton>(&page, "addClosedDayButton")->click();
            edit(page.closedDaysModel(), i, 0, QDate(2020, 5, 20));
        }
        break;
    }
    QVERIFY2(page.problems().join('\n').contains(says), qPrintable(page.problems().join('\n')));
    QVERIFY2(child<QLabel>(&page, "problemsLabel")->text().contains(says),
             qPrintable(child<QLabel>(&page, "problemsLabel")->text()));
    QVERIFY(!child<QPushButton>(&page, "applyButton")->isEnabled());
    QCOMPARE(CenterFile::write(*CenterConfigurator(t.db(), clock).current()), before);
}

void TestAdministration::aDraftIsNotLostWhenTheSetupChangesElsewhere()
{
    TestDatabase t;
    FixedClock clock(at(9));
    LivePicture live(t.db(), clock);
    AdministrationPage page(t.db(), live.center, clock, administrator(t.db()));
    const CenterConfigurator configurator(t.db(), clock);
    // Untouched, the page follows a change made elsewhere (kezekctl center apply, say).
    CenterSetup elsewhere = *configurator.current();
    elsewhere.center.hallCapacity = 70;
    QVERIFY(configurator.apply(elsewhere, administrator(t.db())));
    QTRY_COMPARE(child<QSpinBox>(&page, "capacitySpin")->value(), 70);
    // Being edited, it keeps the draft and says what happened.
    child<QSpinBox>(&page, "slotSpin")->setValue(20);
    elsewhere.center.hallCapacity = 80;
    QVERIFY(configurator.apply(elsewhere, administrator(t.db())));
    QTRY_VERIFY(child<QLabel>(&page, "stateLabel")->text().contains("changed elsewhere"));
    QCOMPARE(child<QSpinBox>(&page, "slotSpin")->value(), 20);
    child<QPushButton>(&page, "discardButton")->click();
    QCOMPARE(child<QSpinBox>(&page, "capacitySpin")->value(), 80);
    QCOMPARE(child<QSpinBox>(&page, "slotSpin")->value(), 15);
}

// What the database holds keeps its key (a code, a login, a window's number); a service retired, removed or renamed
// in the draft takes its ticks in the windows' grid with it.
void TestAdministration::heldKeysStayAndTheWindowsFollowTheirServices()
{
    TestDatabase t;
    FixedClock clock(at(9));
    LivePicture live(t.db(), clock);
    AdministrationPage page(t.db(), live.center, clock, administrator(t.db()));
    SetupTableModel<StaffSetup> *staff = page.staffModel();
    QVERIFY(!(staff->flags(staff->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(staff->flags(staff->index(0, 1)) & Qt::ItemIsEditable); // the name may change
    WindowServicesModel *windows = page.windowsModel();
    QVERIFY(!(windows->flags(windows->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!windows->setData(windows->index(0, 0), 50));
    // A new row that takes a held key by mistake stays editable, so the mistake can be typed away.
    child<QPushButton>(&page, "addStaffButton")->click();
    const int added = staff->rowCount() - 1;
    edit(staff, added, 0, "op01");
    QVERIFY(page.problems().join('\n').contains("op01 is listed twice"));
    edit(staff, added, 0, "op14");

    // Retiring ID-CARD unticks it in windows 1-4 and 12, with no problem left behind.
    SetupTableModel<Service> *services = page.servicesModel();
    const int idCard = int(std::find_if(services->rows().cbegin(), services->rows().cend(),
                                        [](const Service &s) { return s.code == "ID-CARD"; })
                           - services->rows().cbegin());
    tick(services, idCard, 7);
    QVERIFY(std::none_of(windows->windows().cbegin(), windows->windows().cend(),
                         [](const WindowSetup &w) { return w.services.contains("ID-CARD"); }));
    QCOMPARE(columnOf(windows, "ID-CARD"), -1);
    edit(staff, added, 1, "Aigerim Sultan");
    QVERIFY2(page.problems().isEmpty(), qPrintable(page.problems().join('\n')));
    // A new service ticked at window 3 and then renamed stays ticked there, under its new code.
    child<QPushButton>(&page, "addServiceButton")->click();
    const int fresh = services->rowCount() - 1;
    edit(services, fresh, 0, "NEWONE");
    tick(windows, 2, columnOf(windows, "NEWONE"));
    edit(services, fresh, 0, "NEWTWO");
    QVERIFY(windows->windows().at(2).services.contains("NEWTWO"));
    QVERIFY(!windows->windows().at(2).services.contains("NEWONE"));
    // Removed from the draft, it leaves the windows too.
    child<QTableView>(&page, "servicesView")->selectRow(fresh);
    child<QPushButton>(&page, "removeServiceButton")->click();
    QVERIFY(!windows->windows().at(2).services.contains("NEWTWO"));
}

void TestAdministration::receptionSaysWhyADayOffHasNoSlots()
{
    TestDatabase t;
    FixedClock clock(LocalTime::at(QDate(2020, 5, 24), 10 * 3600)); // a Sunday
    const CenterConfigurator configurator(t.db(), clock);
    CenterSetup setup = *configurator.current();
    setup.center.week[Qt::Sunday - 1].reset();
    QVERIFY(configurator.apply(setup, administrator(t.db())));
    LivePicture live(t.db(), clock);
    ReceptionWidget reception(t.db(), live.center, clock, Session{desk(t.db()).person, std::nullopt});
    auto *day = child<QLabel>(reception.booking(), "bookingDayLabel");
    QVERIFY2(day->text().contains("none, Sunday is a day off"), qPrintable(day->text()));
}

void TestAdministration::onlyAnAdministratorHasThePage()
{
    TestDatabase t;
    FixedClock clock(at(9));
    const CenterConfigurator configurator(t.db(), clock);
    CenterSetup setup = *configurator.current();
    setup.center.hallCapacity = 99;
    for (const Actor &who : {supervisor(t.db()), desk(t.db()), atWindow(t.db(), 1)}) {
        auto refused = configurator.apply(setup, who);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains("may not"), qPrintable(refused.message()));
    }
    QCOMPARE(Catalogue(t.db()).settings()->hallCapacity, 40);
    // And the frame shows the page to the administrator only.
    const auto &pages = pageRegistrations();
    const auto administration = std::find_if(pages.cbegin(), pages.cend(), [](const PageRegistration &p) {
        return QByteArray(p.objectName) == "administrationPage";
    });
    QVERIFY(administration != pages.cend());
    for (const char *login : {"admin", "supervisor", "reception", "op01"}) {
        const Operator person = *Catalogue(t.db()).operatorByLogin(login);
        QCOMPARE(administration->shownTo(Session{person, std::nullopt}), person.role == Role::Admin);
    }
}

// docs/screenshots/: the page's center and windows tabs in Kazakh and Russian, when KEZEK_SCREENSHOT_DIR names a
// folder (run under a real display: xvfb-run, QT_QPA_PLATFORM=xcb).
void TestAdministration::screenshots()
{
    const QString folder = qEnvironmentVariable("KEZEK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("KEZEK_SCREENSHOT_DIR is not set");
    for (const char *language : {"kk", "ru"}) {
        m_languages.setLanguage(QString::fromLatin1(language));
        TestDatabase t;
        FixedClock clock(at(9));
        LivePicture live(t.db(), clock);
        AdministrationPage page(t.db(), live.center, clock, administrator(t.db()));
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        child<QTimeEdit>(&page, "closesSaturday")->setTime(QTime(13, 0));
        child<QCheckBox>(&page, "openSunday")->setChecked(false);
        child<QPushButton>(&page, "addClosedDayButton")->click();
        edit(page.closedDaysModel(), 0, 0, QDate(2027, 3, 22));
        edit(page.closedDaysModel(), 0, 1, QString::fromUtf8("Наурыз мейрамы"));
        const QString prefix = folder + QStringLiteral("/administration-%1-").arg(QString::fromLatin1(language));
        QVERIFY(page.grab().save(prefix + "1-center.png"));
        auto *tabs = child<QTabWidget>(&page, "tabs");
        tabs->setCurrentIndex(2);
        child<QPushButton>(&page, "addWindowButton")->click();
        QVERIFY(page.grab().save(prefix + "2-windows.png"));
        tabs->setCurrentIndex(4);
        QVERIFY(page.grab().save(prefix + "3-staff.png"));
    }
}

QTEST_MAIN(TestAdministration)
#include "tst_administration.moc"
