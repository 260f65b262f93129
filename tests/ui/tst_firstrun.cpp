// A center that is not the demo, from an empty database: the first-run wizard clicked through (with its refusals,
// each naming the field), the administrator signing in with the password chosen there, and the center's first
// ticket issued at reception and called at a window.
#include "DialogDriver.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "audit/AuditTrail.h"
#include "auth/Accounts.h"
#include "common/LanguageManager.h"
#include "common/MainWindow.h"
#include "common/SignInDialog.h"
#include "domain/Catalogue.h"
#include "operator/OperatorConsole.h"
#include "reception/ReceptionWidget.h"
#include "reception/WalkInPanel.h"
#include "setup/FirstRun.h"
#include "setup/FirstRunWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

#include <algorithm>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

void type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->clear();
    // QTest types ASCII only; Kazakh and Russian go in as an input method would put them.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void next(QWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace

class TestFirstRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromAnEmptyDatabaseToTheFirstTicketCalled();
    void theWizardIsOnlyForADatabaseWithoutACenter();
    void screenshots();
};

void TestFirstRun::fromAnEmptyDatabaseToTheFirstTicketCalled()
{
    LanguageManager languages;
    languages.setLanguage("en");
    TestDatabase t(false);
    FixedClock clock(at(9, 30));
    QVERIFY(*FirstRun::needed(t.db()));

    FirstRunWizard wizard(t.db(), clock);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // The center: its names, code, address, a walk-in district center open 09:00-17:00.
    type(&wizard, "nameKkEdit", "Аудандық ХҚО");
    type(&wizard, "nameRuEdit", "Районный ЦОН");
    type(&wizard, "nameEnEdit", "District PSC");
    type(&wizard, "codeEdit", "KRG-07");
    type(&wizard, "addressEdit", "Abay street 12");
    auto *mode = child<QComboBox>(&wizard, "modeCombo");
    mode->setCurrentIndex(mode->findData("walk-in"));
    // Weekdays close at 17:00 here; Saturday keeps its duty hours 09:00-13:00, Sunday its day off.
    for (const char *day : {"closesMonday", "closesTuesday", "closesWednesday", "closesThursday", "closesFriday"})
        child<QTimeEdit>(&wizard, day)->setTime(QTime(17, 0));
    QVERIFY(!child<QCheckBox>(&wizard, "openSunday")->isChecked());
    QVERIFY(!child<QTimeEdit>(&wizard, "opensSunday")->isEnabled());
    next(wizard);
    // Two services of the standard catalogue, two windows.
    auto *services = child<QListWidget>(&wizard, "servicesList");
    for (int i = 0; i < services->count(); ++i) {
        const QString code = services->item(i)->data(Qt::UserRole).toString();
        services->item(i)->setCheckState(code == "ID-CARD" || code == "RESULT" ? Qt::Checked : Qt::Unchecked);
    }
    child<QSpinBox>(&wizard, "windowsSpin")->setValue(2);
    next(wizard);
    // The administrator: a password too short is refused, naming the field, and nothing is created.
    type(&wizard, "loginEdit", "marat");
    type(&wizard, "adminNameEdit", "Marat Sadykov");
    type(&wizard, "passwordEdit", "short");
    type(&wizard, "repeatEdit", "short");
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(wizard.isVisible());
    auto *problem = child<QLabel>(&wizard, "problemLabel");
    QVERIFY2(problem->text().contains("administrator's password") && problem->text().contains("8"),
             qPrintable(problem->text()));
    QVERIFY(*FirstRun::needed(t.db()));
    // Two passwords that differ are refused too.
    type(&wizard, "passwordEdit", "marats-own-1");
    type(&wizard, "repeatEdit", "marats-own-2");
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY2(problem->text().contains("differ"), qPrintable(problem->text()));
    type(&wizard, "repeatEdit", "marats-own-1");
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    // The center is there, as chosen.
    const Catalogue catalogue(t.db());
    QCOMPARE(catalogue.settings()->nameRu, QStringLiteral("Районный ЦОН"));
    QCOMPARE(catalogue.settings()->mode, CenterMode::WalkIn);
    QCOMPARE(catalogue.settings()->week.at(Qt::Friday - 1), OpeningHours({9 * 3600, 17 * 3600}));
    QCOMPARE(catalogue.settings()->week.at(Qt::Saturday - 1), OpeningHours({9 * 3600, 13 * 3600}));
    QVERIFY(!catalogue.settings()->week.at(Qt::Sunday - 1));
    QCOMPARE(catalogue.services()->size(), 2);
    QCOMPARE(catalogue.windows()->size(), 2);
    QVERIFY(!*FirstRun::needed(t.db()));
    const auto trail = *AuditTrail(t.db()).between(0, at(23));
    QVERIFY(!trail.isEmpty());
    QCOMPARE(trail.first().actor, FirstRunWizard::tr("first-run wizard"));

    // The administrator signs in with the password chosen in the wizard (not a temporary one).
    const Accounts accounts(t.db(), clock);
    SignInDialog signIn(t.db(), clock, accounts);
    signIn.setLogin(wizard.administratorLogin());
    signIn.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signIn));
    QTest::keyClicks(child<QLineEdit>(&signIn, "passwordEdit"), "marats-own-1");
    clickOk(&signIn);
    QCOMPARE(signIn.result(), int(QDialog::Accepted));
    const Actor admin{signIn.session().user, std::nullopt};
    QCOMPARE(admin.person.role, Role::Admin);

    // Their first staff (the administration page is still to come: through the accounts, as an administrator).
    QVERIFY(accounts.add({"desk", "Dana Desk", Role::Reception}, "desk-first-1", admin));
    QVERIFY(accounts.add({"op01", "Aigul Bekova", Role::Operator}, "op01-first-1", admin));
    for (const char *login : {"desk", "op01"})
        QVERIFY(accounts.setPassword(login, QStringLiteral("%1-own-pass").arg(login), false, admin));

    // Reception issues the center's first ticket by clicking its service tile.
    const Session deskSession{accounts.byLogin("desk")->person, std::nullopt};
    MainWindow desk(t.db(), clock, languages, deskSession);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    QVERIFY(desk.reception());
    auto *tile = desk.findChild<QPushButton *>("serviceButton_ID-CARD");
    QVERIFY(tile);
    QTest::mouseClick(tile, Qt::LeftButton);
    QCOMPARE(child<QLabel>(desk.reception(), "ticketNumberLabel")->text(), QStringLiteral("A001"));

    // The operator takes window 1 at the sign-in and calls the citizen.
    clock.advance(60);
    SignInDialog operatorSignIn(t.db(), clock, accounts);
    operatorSignIn.show();
    QVERIFY(QTest::qWaitForWindowExposed(&operatorSignIn));
    type(&operatorSignIn, "loginEdit", "op01");
    type(&operatorSignIn, "passwordEdit", "op01-own-pass");
    operatorSignIn.setWindowNumber(1);
    clickOk(&operatorSignIn);
    QCOMPARE(operatorSignIn.result(), int(QDialog::Accepted));
    MainWindow console(t.db(), clock, languages, operatorSignIn.session());
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    // A new window starts closed: the operator opens it, then calls.
    auto *open = console.console()->findChild<QAbstractButton *>("resumeButton");
    QVERIFY(open && open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(&console, "callNextButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(console.console(), "numberLabel")->text(), QStringLiteral("A001"));
}

void TestFirstRun::theWizardIsOnlyForADatabaseWithoutACenter()
{
    TestDatabase t; // the demo center
    FixedClock clock(at(9));
    QVERIFY(!*FirstRun::needed(t.db()));
    FirstRunChoices choices;
    choices.center.name = choices.center.nameKk = choices.center.nameRu = "X";
    choices.serviceCodes = {"ID-CARD"};
    choices.adminLogin = "boss";
    choices.adminName = "The Boss";
    choices.adminPassword = "boss-password-1";
    const Status refused = FirstRun::create(t.db(), clock, choices);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains("has a center already"), qPrintable(refused.message()));
    // Choices that make no sense are refused before anything is written, each naming its field.
    TestDatabase empty(false);
    choices.center.week[0]->closesAt = choices.center.week[0]->opensAt;
    choices.serviceCodes.clear();
    const QStringList problems = FirstRun::problems(choices);
    QVERIFY2(problems.join('\n').contains("services:"), qPrintable(problems.join('\n')));
    QVERIFY(!FirstRun::create(empty.db(), clock, choices));
    QVERIFY(*FirstRun::needed(empty.db()));
}

// docs/screenshots/: each page of the wizard in Kazakh and Russian, filled in, when KEZEK_SCREENSHOT_DIR names a
// folder (run under a real display: xvfb-run, QT_QPA_PLATFORM=xcb).
void TestFirstRun::screenshots()
{
    const QString folder = qEnvironmentVariable("KEZEK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("KEZEK_SCREENSHOT_DIR is not set");
    for (const char *language : {"kk", "ru"}) {
        LanguageManager languages;
        languages.setLanguage(QString::fromLatin1(language));
        TestDatabase t(false);
        FixedClock clock(at(9));
        FirstRunWizard wizard(t.db(), clock);
        wizard.resize(720, 560);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        type(&wizard, "nameKkEdit", "Қарағанды қаласының №3 ХҚКО");
        type(&wizard, "nameRuEdit", "ЦОН №3 города Караганды");
        type(&wizard, "nameEnEdit", "Karaganda PSC No. 3");
        type(&wizard, "codeEdit", "KRG-03");
        type(&wizard, "addressEdit", "Бұқар жырау даңғылы, 47");
        const QString prefix = folder + QStringLiteral("/wizard-%1-").arg(QString::fromLatin1(language));
        QVERIFY(wizard.grab().save(prefix + "1-center.png"));
        next(wizard);
        child<QSpinBox>(&wizard, "windowsSpin")->setValue(14);
        QVERIFY(wizard.grab().save(prefix + "2-services.png"));
        next(wizard);
        type(&wizard, "loginEdit", "marat");
        type(&wizard, "adminNameEdit", "Марат Садықов");
        type(&wizard, "passwordEdit", "short");
        type(&wizard, "repeatEdit", "short");
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(wizard.grab().save(prefix + "3-administrator.png"));
    }
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
