// The audit trail read back: the Audit page of supervisors and administrators (period, action and text filters, CSV
// of what is shown) and kezekctl audit. Runs on SQLite and PostgreSQL.
#include "KezekctlProcess.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "audit/AuditTableModel.h"
#include "auth/Accounts.h"
#include "common/LanguageManager.h"
#include "common/MainWindow.h"
#include "domain/Catalogue.h"
#include "domain/DemoCenter.h"
#include "supervisor/AuditPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

class TestAudit final : public QObject
{
    Q_OBJECT

private slots:
    void thePageShowsFiltersAndExportsTheTrail();
    void onlySupervisorsAndAdministratorsHaveThePage();
    void kezekctlPrintsThePeriod();
};

namespace {

// A morning's trail: two sign-ins, a wrong password, a sign-out.
void morning(Database &db, FixedClock &clock)
{
    const Accounts accounts(db, clock);
    (void)accounts.signIn("op01", DemoCenter::password);
    clock.advance(60);
    (void)accounts.signIn("op02", "not-the-password");
    clock.advance(60);
    (void)accounts.signIn("op02", DemoCenter::password);
    clock.advance(3600);
    (void)accounts.recordSignOut(accounts.byLogin("op01")->person);
}

} // namespace

void TestAudit::thePageShowsFiltersAndExportsTheTrail()
{
    TestDatabase t;
    FixedClock clock(at(9));
    morning(t.db(), clock);
    AuditPage page(t.db(), clock, Kezek::Test::supervisor(t.db()));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSortFilterProxyModel *shown = page.shown();
    QCOMPARE(shown->rowCount(), 4);
    QCOMPARE(shown->index(0, AuditTableModel::ActionColumn).data().toString(), QStringLiteral("Signed in"));
    QCOMPARE(shown->index(1, AuditTableModel::ActionColumn).data().toString(), QStringLiteral("Sign-in failed"));
    QCOMPARE(shown->index(0, AuditTableModel::TimeColumn).data().toString(), QStringLiteral("2020-05-18 09:00:00"));

    auto *action = page.findChild<QComboBox *>("actionCombo");
    action->setCurrentIndex(action->findData(QStringLiteral("sign-in")));
    QCOMPARE(shown->rowCount(), 2);
    auto *search = page.findChild<QLineEdit *>("searchEdit");
    QTest::keyClicks(search, "op02");
    QCOMPARE(shown->rowCount(), 1);
    action->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 2); // op02's failure and sign-in

    // What is shown is what is exported.
    QTemporaryDir dir;
    const QString path = dir.filePath("audit.csv");
    QVERIFY(page.exportCsv(path));
    const QString csv = QString::fromUtf8(fileBytes(path)).remove(QChar(0xFEFF));
    const QStringList lines = csv.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2);
    QCOMPARE(lines.first(), QStringLiteral("Time,Who,Action,Subject,Details"));
    QVERIFY(lines.at(1).contains("Sign-in failed") && lines.at(1).contains("op02"));

    // A later row arrives with Refresh; earlier days are outside the period.
    clock.advance(60);
    (void)Accounts(t.db(), clock).signIn("op02", "wrong-again");
    page.refresh();
    QCOMPARE(shown->rowCount(), 3);
}

void TestAudit::onlySupervisorsAndAdministratorsHaveThePage()
{
    TestDatabase t;
    FixedClock clock(at(9));
    LanguageManager languages;
    languages.setLanguage("en");
    for (const char *login : {"supervisor", "admin", "reception"}) {
        auto person = Catalogue(t.db()).operatorByLogin(QString::fromLatin1(login));
        QVERIFY(person);
        MainWindow window(t.db(), clock, languages, Session{*person, std::nullopt});
        const bool expected = QByteArray(login) != "reception";
        QCOMPARE(window.audit() != nullptr, expected);
        if (expected) {
            auto *pages = window.findChild<QTabWidget *>("pages");
            QCOMPARE(pages->tabText(pages->indexOf(window.audit())), QStringLiteral("Audit"));
        }
    }
}

void TestAudit::kezekctlPrintsThePeriod()
{
    TestDatabase t;
    FixedClock clock(at(9));
    morning(t.db(), clock);
    const CtlRun today = kezekctl(t.path(), {"--as", "supervisor", "--json", "--at", "2020-05-18T12:00", "audit"});
    QVERIFY2(today.exitCode == 0, today.describe());
    const QJsonArray entries = today.json().value("entries").toArray();
    // The morning's four, then the supervisor signing in and exporting the trail.
    QCOMPARE(entries.size(), 6);
    QCOMPARE(entries.at(4).toObject().value("action").toString(), QStringLiteral("sign-in"));
    QCOMPARE(entries.at(5).toObject().value("action").toString(), QStringLiteral("exported"));
    QCOMPARE(entries.at(5).toObject().value("actor").toString(), QStringLiteral("supervisor"));
    QCOMPARE(entries.at(1).toObject().value("action").toString(), QStringLiteral("sign-in-failed"));
    QCOMPARE(entries.at(1).toObject().value("actor").toString(), QStringLiteral("op02"));
    QCOMPARE(entries.at(0).toObject().value("at").toString(), QStringLiteral("2020-05-18 09:00:00"));

    const CtlRun text = kezekctl(t.path(), {"--as", "supervisor", "audit", "--from", "2020-05-18", "--to", "2020-05-18"});
    QVERIFY2(text.exitCode == 0 && text.out.count('\n') == 5 && text.out.contains("sign-out"), text.describe());
    const CtlRun before = kezekctl(t.path(), {"--as", "supervisor", "audit", "--from", "2020-05-17", "--to", "2020-05-17"});
    QVERIFY2(before.exitCode == 0 && before.out.contains("Nothing was recorded"), before.describe());
    const CtlRun backwards = kezekctl(t.path(), {"--as", "supervisor", "audit", "--from", "2020-05-18", "--to", "2020-05-17"});
    QVERIFY2(backwards.exitCode == 2 && backwards.err.contains("before"), backwards.describe());
    const CtlRun bad = kezekctl(t.path(), {"--as", "supervisor", "audit", "--from", "18.05.2020"});
    QVERIFY2(bad.exitCode == 2 && bad.err.contains("--from wants a day"), bad.describe());
}

QTEST_MAIN(TestAudit)
#include "tst_audit.moc"
