// kezekctl center export|apply: a whole center from a file into an empty database, the dry run, applying twice,
// what a setup no longer names (retired, switched off, disabled, removed), and every refusal, each leaving the
// database as it was. Runs on SQLite and PostgreSQL.
#include "KezekctlProcess.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "audit/AuditTrail.h"
#include "core/LocalTime.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "setup/CenterConfigurator.h"
#include "setup/CenterFile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

// A small district center, written by hand as an IT person would.
const char smallCenter[] = R"({
  "format": "kezek-center",
  "version": 1,
  "center": {
    "name": {"kk": "Ауданның ХҚО", "ru": "ЦОН района", "en": "District PSC"},
    "code": "D-07",
    "address": "Abay street 12",
    "mode": "walk-in",
    "opens": "09:00",
    "closes": "17:00",
    "slot_minutes": 20,
    "hall_capacity": 25
  },
  "services": [
    {"code": "ID-CARD", "letter": "A", "name": {"kk": "Жеке куәлік", "ru": "Удостоверение", "en": "ID card"},
     "norm_minutes": 15},
    {"code": "CONSULT", "letter": "K", "name": {"kk": "Кеңес", "ru": "Консультация", "en": "Consultation"},
     "norm_minutes": 5, "bookable": false}
  ],
  "windows": [
    {"number": 1, "services": ["ID-CARD", "CONSULT"]},
    {"number": 2, "services": ["ID-CARD"]}
  ],
  "categories": [
    {"code": "veteran", "name": {"kk": "Ардагер", "ru": "Ветеран", "en": "Veteran"}}
  ],
  "staff": [
    {"login": "admin", "name": "Marat Admin", "role": "admin"},
    {"login": "op01", "name": "Aigul Bekova", "role": "operator"}
  ]
})";

} // namespace

class TestCenter final : public QObject
{
    Q_OBJECT

private slots:
    void aWholeCenterFromAFileIntoAnEmptyDatabase();
    void exportThenApplyChangesNothing();
    void theDryRunSaysWhatWouldChangeAndChangesNothing();
    void whatTheSetupNoLongerNamesIsRetiredNotDeleted();
    void refusalsNameTheProblemAndChangeNothing_data();
    void refusalsNameTheProblemAndChangeNothing();
    void aWindowThatServedCitizensIsNotRemoved();
    void hoursPerWeekdayAndClosedDays();

private:
    QString write(const QByteArray &content, const QString &name = {});
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCenter::write(const QByteArray &content, const QString &name)
{
    ++m_files;
    const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("center-%1.json").arg(m_files) : name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCenter::aWholeCenterFromAFileIntoAnEmptyDatabase()
{
    TestDatabase t(false);
    const CtlRun applied = kezekctl(t.path(), {"center", "apply", write(smallCenter)});
    QVERIFY2(applied.exitCode == 0, applied.describe());
    QVERIFY2(applied.out.contains("service ID-CARD: added"), applied.describe());
    QVERIFY2(applied.out.contains("staff op01: added: Aigul Bekova, operator; no password yet"), applied.describe());

    const Catalogue catalogue(t.db());
    const CenterSettings settings = *catalogue.settings();
    QCOMPARE(settings.name, QStringLiteral("District PSC"));
    QCOMPARE(settings.nameKk, QStringLiteral("Ауданның ХҚО"));
    QCOMPARE(settings.mode, CenterMode::WalkIn);
    QCOMPARE(settings.week.at(0)->closesAt, 17 * 3600);
    QCOMPARE(settings.slotLength, 20 * 60);
    QCOMPARE(settings.recallMax, CenterSettings().recallMax); // not in the file: the default
    QCOMPARE(catalogue.services()->size(), 2);
    QVERIFY(!catalogue.service(QStringLiteral("CONSULT"))->bookable);
    QCOMPARE(catalogue.window(1)->serviceIds.size(), 2);
    QCOMPARE(catalogue.window(2)->state, WindowState::Closed);
    QCOMPARE(catalogue.priorityCategories()->size(), 1);

    // One audit row per change, and applying again changes nothing.
    const auto trail = *AuditTrail(t.db()).between(0, std::numeric_limits<qint64>::max());
    const qsizetype changes = applied.out.count('\n'); // the heading line, then one line per change
    QCOMPARE(trail.size(), changes);
    const CtlRun again = kezekctl(t.path(), {"center", "apply", write(smallCenter)});
    QVERIFY2(again.exitCode == 0 && again.out.contains("nothing changed"), again.describe());
    QCOMPARE(AuditTrail(t.db()).between(0, std::numeric_limits<qint64>::max())->size(), trail.size());

    // Nobody can sign in yet, so the shell sets the administrator's password; from then on setting up is theirs.
    const QString password = demoPasswordFile();
    CtlRun run = kezekctl(t.path(), {"staff", "passwd", "admin", "--permanent", "--password-file", password});
    QVERIFY2(run.exitCode == 0, run.describe());
    run = kezekctl(t.path(), {"center", "apply", write(smallCenter)});
    QVERIFY2(run.exitCode == 2 && run.err.contains("administrator"), run.describe());
    run = kezekctl(t.path(), {"--as", "admin", "staff", "add", "desk", "--role", "reception", "--name", "Dana Desk",
                              "--password-file", password});
    QVERIFY2(run.exitCode == 0, run.describe());
    for (const char *login : {"desk", "op01"}) {
        run = kezekctl(t.path(), {"--as", "admin", "staff", "passwd", login, "--permanent", "--password-file", password});
        QVERIFY2(run.exitCode == 0, run.describe());
    }

    // The center works: a ticket for window 2, called by the operator who took it.
    run = kezekctl(t.path(), {"--as", "desk", "--at", "2020-05-18T10:00", "issue", "ID-CARD"});
    QVERIFY2(run.exitCode == 0 && run.out.contains("A001"), run.describe());
    for (const char *action : {"sign-in", "open"}) {
        run = kezekctl(t.path(), {"--as", "op01", "--at", "2020-05-18T10:01", "window", "2", action});
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    run = kezekctl(t.path(), {"--as", "op01", "--at", "2020-05-18T10:02", "call-next", "--window", "2"});
    QVERIFY2(run.exitCode == 0 && run.out.contains("A001"), run.describe());
}

void TestCenter::exportThenApplyChangesNothing()
{
    TestDatabase t;
    const CtlRun exported = kezekctl(t.path(), {"--as", "admin", "center", "export"});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    const CtlRun applied = kezekctl(t.path(), {"--as", "admin", "center", "apply", write(exported.out.toUtf8())});
    QVERIFY2(applied.exitCode == 0 && applied.out.contains("nothing changed"), applied.describe());
    QCOMPARE(kezekctl(t.path(), {"--as", "admin", "center", "export"}).out, exported.out);
    // And it reads back as what it was written from.
    auto read = CenterFile::read(exported.out.toUtf8(), "export.json");
    QVERIFY2(read, qPrintable(read ? QString() : read.message()));
    QCOMPARE(read->services.size(), 8);
    QCOMPARE(read->windows.size(), 12);
    QCOMPARE(read->staff.size(), 15);
}

void TestCenter::theDryRunSaysWhatWouldChangeAndChangesNothing()
{
    TestDatabase t;
    FixedClock clock(at(9));
    CenterSetup setup = *CenterConfigurator(t.db(), clock).current();
    setup.center.hallCapacity = 60;
    setup.services[0].normSeconds += 120;
    setup.windows[6].services.append(QStringLiteral("RESULT"));
    const QString file = write(CenterFile::write(setup));
    const QString before = kezekctl(t.path(), {"--as", "admin", "center", "export"}).out;
    const CtlRun dry = kezekctl(t.path(), {"--as", "admin", "center", "apply", "--dry-run", file});
    QVERIFY2(dry.exitCode == 0, dry.describe());
    QVERIFY2(dry.out.contains("These 3 change(s) would be made"), dry.describe());
    QVERIFY2(dry.out.contains("center: hall capacity 40 → 60"), dry.describe());
    QVERIFY2(dry.out.contains("window 7: services CONSULT, EDS → CONSULT, EDS, RESULT"), dry.describe());
    QCOMPARE(kezekctl(t.path(), {"--as", "admin", "center", "export"}).out, before);
    const auto trail = *AuditTrail(t.db()).between(0, std::numeric_limits<qint64>::max());
    QVERIFY(std::none_of(trail.cbegin(), trail.cend(),
                         [](const AuditEntry &e) { return e.action == AuditTrail::setupChanged; }));
    const CtlRun json = kezekctl(t.path(), {"--as", "admin", "--json", "center", "apply", file});
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.json().value("changes").toArray().size(), 3);
    QCOMPARE(Catalogue(t.db()).settings()->hallCapacity, 60);
}

void TestCenter::whatTheSetupNoLongerNamesIsRetiredNotDeleted()
{
    TestDatabase t;
    FixedClock clock(at(10));
    const CenterConfigurator configurator(t.db(), clock);
    Kezek::Test::StaffedQueue queue(t.db(), clock);
    const int pension = Catalogue(t.db()).service(QStringLiteral("PENSION"))->id;
    QVERIFY(queue.issue(pension, {})); // history for PENSION

    CenterSetup setup = *configurator.current();
    setup.services.removeIf([](const Service &s) { return s.code == "PENSION"; });
    for (WindowSetup &w : setup.windows)
        w.services.removeAll(QStringLiteral("PENSION"));
    setup.categories.removeIf([](const PriorityCategory &p) { return p.code == "veteran"; });
    setup.staff.removeIf([](const StaffSetup &s) { return s.login == "op11"; });
    auto changes = configurator.apply(setup, Kezek::Test::administrator(t.db()));
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.message()));

    const Catalogue catalogue(t.db());
    QVERIFY(catalogue.service(pension)->retired);           // kept, with its ticket
    QVERIFY(!catalogue.priorityCategory("veteran")->active);
    QVERIFY(!catalogue.operatorByLogin("op11"));            // disabled: no longer an active login
    auto refused = queue.issue(pension, {});
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains("retired"), qPrintable(refused.message()));
    QVERIFY(queue.issue(catalogue.service(QStringLiteral("EDS"))->id, "veteran").message().contains("switched off"));
    // The export says it as it is, and applying it changes nothing.
    auto now = configurator.current();
    QVERIFY(std::any_of(now->services.cbegin(), now->services.cend(),
                        [](const Service &s) { return s.code == "PENSION" && s.retired; }));
    QCOMPARE(configurator.plan(*now)->size(), 0);
}

void TestCenter::refusalsNameTheProblemAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("says");
    const QByteArray base(smallCenter);
    const auto with = [&](const char *from, const char *to) {
        QByteArray changed = base;
        if (!changed.contains(from))
            qFatal("the sample lacks %s", from);
        return changed.replace(from, to);
    };
    QTest::newRow("same letter") << with(R"("letter": "K")", R"("letter": "A")")
                                 << "services ID-CARD and CONSULT have the same letter A";
    QTest::newRow("bookable, served by nobody")
        << with(R"("services": ["ID-CARD", "CONSULT"]})", R"("services": ["CONSULT"]})")
               .replace(R"({"number": 2, "services": ["ID-CARD"]})", R"({"number": 2, "services": ["CONSULT"]})")
        << "ID-CARD may be booked, but no window serves it";
    QTest::newRow("window serving nothing") << with(R"({"number": 2, "services": ["ID-CARD"]})",
                                                    R"({"number": 2, "services": []})")
                                            << "window 2 serves nothing";
    QTest::newRow("closing before opening") << with(R"("closes": "17:00")", R"("closes": "08:00")")
                                            << "center.hours.monday: closing at 08:00 is not after opening at 09:00";
    QTest::newRow("Saturday closing before opening")
        << with(R"("closes": "17:00",)", R"("closes": "17:00", "hours": {"saturday": "13:00-09:00"},)")
        << "center.hours.saturday: closing at 09:00 is not after opening at 13:00";
    QTest::newRow("hours misspelt")
        << with(R"("closes": "17:00",)", R"("closes": "17:00", "hours": {"sunday": "off"},)")
        << "center.hours.sunday: should be hours such as \"09:00-13:00\", or \"closed\"";
    QTest::newRow("weekday misspelt")
        << with(R"("closes": "17:00",)", R"("closes": "17:00", "hours": {"satruday": "closed"},)")
        << "center.hours.satruday: unknown key";
    QTest::newRow("closed every day")
        << with(R"("closes": "17:00",)",
                R"("closes": "17:00", "hours": {"monday": "closed", "tuesday": "closed", "wednesday": "closed",
                   "thursday": "closed", "friday": "closed", "saturday": "closed", "sunday": "closed"},)")
        << "the center would be closed on every day of the week";
    QTest::newRow("closed day without a date")
        << with(R"("closes": "17:00",)", R"("closes": "17:00", "closed_days": [{"reason": "Nauryz"}],)")
        << "center.closed_days[0].day: missing";
    QTest::newRow("closed day twice")
        << with(R"("closes": "17:00",)", R"("closes": "17:00", "closed_days": [{"day": "2027-03-21"},
                   {"day": "2027-03-21", "reason": "Nauryz"}],)")
        << "center.closed_days: 2027-03-21 is listed twice";
    QTest::newRow("closed day not a date")
        << with(R"("closes": "17:00",)", R"("closes": "17:00", "closed_days": [{"day": "21.03.2027"}],)")
        << "center.closed_days[0].day: should be a date";
    QTest::newRow("unknown service") << with(R"(["ID-CARD"])", R"(["ID-KARD"])")
                                     << "window 2 serves ID-KARD, which is not among the services";
    QTest::newRow("no admin") << with(R"("role": "admin")", R"("role": "supervisor")") << "no active admin";
    QTest::newRow("misspelt key") << with(R"("hall_capacity")", R"("hall_capacty")")
                                  << "center.hall_capacty: unknown key";
    QTest::newRow("wrong type") << with(R"("norm_minutes": 15)", R"("norm_minutes": "15")")
                                << "services[0].norm_minutes: should be a whole number";
    QTest::newRow("not JSON") << with(R"("code": "D-07",)", R"("code": "D-07")") << "line 7: not JSON";
    QTest::newRow("newer format") << with(R"("version": 1)", R"("version": 2)") << "version 2 is newer";
    QTest::newRow("bad mode") << with(R"("walk-in")", R"("walkin")") << "\"walkin\" is not booking-only";
}

void TestCenter::refusalsNameTheProblemAndChangeNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, says);
    TestDatabase t;
    const QString before = kezekctl(t.path(), {"--as", "admin", "center", "export"}).out;
    const QString path = write(file);
    for (const char *dryRun : {"--dry-run", ""}) {
        QStringList arguments{"--as", "admin", "center", "apply", path};
        if (*dryRun)
            arguments.insert(4, QString::fromLatin1(dryRun));
        const CtlRun run = kezekctl(t.path(), arguments);
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.err.contains(says), run.describe());
    }
    QCOMPARE(kezekctl(t.path(), {"--as", "admin", "center", "export"}).out, before);
    const auto trail = *AuditTrail(t.db()).between(0, std::numeric_limits<qint64>::max());
    QVERIFY(std::none_of(trail.cbegin(), trail.cend(),
                         [](const AuditEntry &e) { return e.action == AuditTrail::setupChanged; }));
}

void TestCenter::aWindowThatServedCitizensIsNotRemoved()
{
    TestDatabase t;
    FixedClock clock(at(10));
    Kezek::Test::StaffedQueue queue(t.db(), clock);
    QVERIFY(queue.issue(Catalogue(t.db()).service(QStringLiteral("PROPERTY"))->id, {}));
    QVERIFY(queue.callNext(11));
    const CenterConfigurator configurator(t.db(), clock);
    CenterSetup setup = *configurator.current();
    setup.windows.removeIf([](const WindowSetup &w) { return w.number == 11 || w.number == 10; });
    auto refused = configurator.apply(setup, Kezek::Test::administrator(t.db()));
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains("window 11 is not in the setup, but it has a history"),
             qPrintable(refused.message()));
    QVERIFY(Catalogue(t.db()).window(10)); // nothing was removed
    // Window 10 alone, which has no history, goes.
    setup = *configurator.current();
    setup.windows.removeIf([](const WindowSetup &w) { return w.number == 10; });
    auto removed = configurator.apply(setup, Kezek::Test::administrator(t.db()));
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.message()));
    QVERIFY(!Catalogue(t.db()).window(10));
}

QTEST_GUILESS_MAIN(TestCenter)
#include "tst_center.moc"

// Saturday's duty hours, Sunday off and a sanitary day, set through the center file: the booking calendar, on-site
// booking and the simulator follow them, and the export writes them back.
void TestCenter::hoursPerWeekdayAndClosedDays()
{
    TestDatabase t;
    FixedClock clock(at(9));
    const CenterConfigurator configurator(t.db(), clock);
    CenterSetup setup = *configurator.current();
    QVERIFY(CenterFile::write(setup).contains(R"("saturday": "09:00-18:00")"));
    setup.center.week[Qt::Saturday - 1] = OpeningHours{9 * 3600, 13 * 3600};
    setup.center.week[Qt::Sunday - 1].reset();
    setup.center.closedDays = {ClosedDay{QDate(2020, 5, 20), QStringLiteral("Sanitary day")}};
    const QString file = write(CenterFile::write(setup));
    // A citizen booked for Sunday before Sunday became a day off: kept, and the administrator is told.
    const auto booked = BookingCalendar(t.db()).book(
        OnsiteBookingRequest{QStringLiteral("ID-CARD"), QStringLiteral("950815350123"), QStringLiteral("Нұрлан Сейітов"),
                             QString(), LocalTime::at(QDate(2020, 5, 24), 11 * 3600)},
        at(9), Kezek::Test::desk(t.db()));
    QVERIFY2(booked, qPrintable(booked ? QString() : booked.message()));
    const CtlRun dry = kezekctl(t.path(), {"--as", "admin", "--at", "2020-05-18T09:00", "center", "apply", "--dry-run", file});
    QVERIFY2(dry.out.contains("bookings: 1 booking(s) to come lose their slot under the new hours (2020-05-24: 1)"),
             dry.describe());
    QVERIFY2(dry.exitCode == 0, dry.describe());
    QVERIFY2(dry.out.contains("hours on Saturday 09:00-18:00 → 09:00-13:00"), dry.describe());
    QVERIFY2(dry.out.contains("hours on Sunday 09:00-18:00 → closed"), dry.describe());
    QVERIFY2(dry.out.contains("closed days — → 2020-05-20 Sanitary day"), dry.describe());
    const CtlRun applied = kezekctl(t.path(), {"--as", "admin", "center", "apply", file});
    QVERIFY2(applied.exitCode == 0, applied.describe());
    const CenterSettings settings = *Catalogue(t.db()).settings();
    QVERIFY(settings.week == setup.center.week);
    QVERIFY(settings.closedDays == setup.center.closedDays);

    const BookingCalendar calendar(t.db());
    const int idCard = Catalogue(t.db()).service(QStringLiteral("ID-CARD"))->id;
    const auto saturday = calendar.daySlots(idCard, QDate(2020, 5, 23));
    QCOMPARE(saturday->size(), 16);
    QCOMPARE(LocalTime::hhmm(saturday->last().start), QStringLiteral("12:45"));
    QCOMPARE(calendar.daySlots(idCard, QDate(2020, 5, 24))->size(), 0);
    QCOMPARE(calendar.daySlots(idCard, QDate(2020, 5, 20))->size(), 0);
    QCOMPARE(calendar.daySlots(idCard, QDate(2020, 5, 19))->size(), 36);
    const auto sunday = calendar.book(OnsiteBookingRequest{QStringLiteral("ID-CARD"), QStringLiteral("950815350123"),
                                                           QStringLiteral("Нұрлан Сейітов"), QString(), std::nullopt},
                                      LocalTime::at(QDate(2020, 5, 24), 10 * 3600), Kezek::Test::desk(t.db()));
    QVERIFY(!sunday);
    QVERIFY2(sunday.message().contains("Sunday is a day off"), qPrintable(sunday.message()));
    const auto sanitary = calendar.book(OnsiteBookingRequest{QStringLiteral("ID-CARD"), QStringLiteral("950815350123"),
                                                             QStringLiteral("Нұрлан Сейітов"), QString(),
                                                             LocalTime::at(QDate(2020, 5, 20), 10 * 3600)},
                                        at(9), Kezek::Test::desk(t.db()));
    QVERIFY(!sanitary);
    QVERIFY2(sanitary.message().contains("2020-05-20 is a closed day: Sanitary day"), qPrintable(sanitary.message()));
    // A channel's file with a booking on the day off and one on the sanitary day: both rows refused, saying why.
    const QString bookings = write("booking_id,channel,iin,full_name,phone,service_code,slot_start\n"
                                   "EG-1,egov,950815350123,Nurlan Seitov,,ID-CARD,2020-05-24T10:00\n"
                                   "EG-2,egov,950815350123,Nurlan Seitov,,ID-CARD,2020-05-20T10:00\n",
                                   QStringLiteral("bookings.csv"));
    const CtlRun imported = kezekctl(t.path(), {"--as", "reception", "import-bookings", bookings});
    QVERIFY2(imported.out.contains("bookings.csv:2: Sunday is a day off")
                 && imported.out.contains("bookings.csv:3: 2020-05-20 is a closed day: Sanitary day"),
             imported.describe());
    const CtlRun simulated = kezekctl(t.path(), {"--as", "admin", "--at", "2020-05-24T20:00", "simulate"});
    QVERIFY2(simulated.exitCode != 0 && simulated.err.contains("Nothing to simulate on 2020-05-24: Sunday is a day off"),
             simulated.describe());

    const CtlRun exported = kezekctl(t.path(), {"--as", "admin", "center", "export"});
    QVERIFY2(exported.out.contains(R"("sunday": "closed")") && exported.out.contains(R"("reason": "Sanitary day")"),
             exported.describe());
    const CtlRun again = kezekctl(t.path(), {"--as", "admin", "center", "apply", write(exported.out.toUtf8())});
    QVERIFY2(again.exitCode == 0 && again.out.contains("nothing changed"), again.describe());
    // Closed days written in any order are the same days: applying such a file twice changes nothing the second time.
    QByteArray unordered = exported.out.toUtf8();
    unordered.replace(R"("closed_days": [)", R"("closed_days": [{"day": "2020-12-16", "reason": "Independence Day"}, )");
    QVERIFY(kezekctl(t.path(), {"--as", "admin", "center", "apply", write(unordered)}).out.contains("1 change(s) made"));
    const CtlRun twice = kezekctl(t.path(), {"--as", "admin", "center", "apply", write(unordered)});
    QVERIFY2(twice.out.contains("nothing changed"), twice.describe());
}
