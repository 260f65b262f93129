// `kezekctl report` against the dashboard on a simulated week: JSON, CSV and the page show the same figures.
#include "KezekctlProcess.h"
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "core/LocalTime.h"
#include "reports/FigureTableModel.h"
#include "reports/ReportFormat.h"
#include "supervisor/SupervisorDashboard.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Test;

namespace {

// The CSV's sections, each a list of rows split on commas (the report's own values never contain one).
QList<QList<QStringList>> csvSections(const QString &text)
{
    QList<QList<QStringList>> sections{{}};
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            if (!sections.last().isEmpty())
                sections.append(QList<QStringList>());
            continue;
        }
        sections.last().append(line.trimmed().split(QLatin1Char(',')));
    }
    if (sections.last().isEmpty())
        sections.removeLast();
    return sections;
}

} // namespace

class TestReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonCsvAndDashboardAgreeOnASimulatedWeek();
    void textFormat();
    void badInputIsRefused_data();
    void badInputIsRefused();

private:
    TestDatabase m_db;
    const QString m_at = QStringLiteral("2020-05-23T10:00:00");
};

void TestReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (int day = 18; day <= 22; ++day) {
        const CtlRun run = kezekctl(m_db.path(), {"--as", "admin", "--at", m_at, "simulate", "--date",
                                                   QDate(2020, 5, day).toString(Qt::ISODate), "--citizens", "250",
                                                   "--seed", QString::number(day)});
        QVERIFY2(run.exitCode == 0, run.describe());
    }
}

void TestReport::jsonCsvAndDashboardAgreeOnASimulatedWeek()
{
    const QStringList period{"--as", "supervisor", "--at", m_at, "report", "--from", "2020-05-18", "--to", "2020-05-24"};
    const CtlRun json = kezekctl(m_db.path(), period + QStringList{"--format", "json"});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonObject cli = json.json();
    QVERIFY(cli.value("served_citizens").toInt() > 1000);
    QCOMPARE(cli.value("days").toInt(), 5);
    // --json (the global option) is the same as --format json.
    QCOMPARE(kezekctl(m_db.path(), QStringList{"--json"} + period).json(), cli);

    // The dashboard on the same database and clock, showing that week.
    FixedClock clock(*LocalTime::parse(m_at));
    SupervisorDashboard dashboard(m_db.db(), clock, Kezek::Test::supervisor(m_db.db()));
    dashboard.setRange(SupervisorDashboard::Range::Week, QDate(2020, 5, 20));
    QCOMPARE(dashboard.from(), QDate(2020, 5, 18));
    QCOMPARE(ReportFormat::json(dashboard.report()), cli); // every key, every row, every digit
    QCOMPARE(dashboard.findChild<QLabel *>("servedCitizensValue")->text(),
             QLocale().toString(cli.value("served_citizens").toInt()));
    QCOMPARE(dashboard.findChild<QLabel *>("walkInsValue")->text(), QLocale().toString(cli.value("walk_ins").toInt()));
    const QJsonArray windows = cli.value("per_window").toArray();
    QCOMPARE(dashboard.windowsModel()->rowCount(), windows.size());
    const int served = dashboard.windowsModel()->section(FigureTableModel::Column::Served);
    for (int row = 0; row < windows.size(); ++row) {
        QCOMPARE(dashboard.windowsModel()->index(row, served).data(FigureTableModel::RawRole).toInt(),
                 windows.at(row).toObject().value("served").toInt());
    }

    // The CSV says the same.
    const CtlRun csv = kezekctl(m_db.path(), period + QStringList{"--format", "csv"});
    QVERIFY2(csv.exitCode == 0, csv.describe());
    const auto sections = csvSections(csv.out);
    QCOMPARE(sections.size(), 6); // figures, channels, windows, operators, services, hours
    QCOMPARE(sections.at(0).first(), (QStringList{"figure", "value"}));
    for (const QStringList &row : sections.at(0).mid(1)) {
        const QJsonValue v = cli.value(row.at(0));
        QVERIFY2(!v.isUndefined(), qPrintable(row.at(0)));
        if (v.isString())
            QCOMPARE(row.at(1), v.toString());
        else
            QVERIFY2(row.at(1).toDouble() == v.toDouble(), qPrintable(row.join(',')));
    }
    const QList<QStringList> &windowRows = sections.at(2);
    QCOMPARE(windowRows.first().first(), QString("window"));
    QCOMPARE(windowRows.size() - 1, windows.size());
    const int servedColumn = int(windowRows.first().indexOf("served"));
    for (int row = 0; row < windows.size(); ++row) {
        QCOMPARE(windowRows.at(row + 1).at(0).toInt(), windows.at(row).toObject().value("window").toInt());
        QCOMPARE(windowRows.at(row + 1).at(servedColumn).toInt(), windows.at(row).toObject().value("served").toInt());
    }
    // (The dashboard's own CSV is a person's spreadsheet in their language: tst_dashboard.)

    // A second run reads the stored days and says the same again.
    QCOMPARE(kezekctl(m_db.path(), period + QStringList{"--format", "json"}).json(), cli);
}

void TestReport::textFormat()
{
    const CtlRun text = kezekctl(m_db.path(), {"--as", "supervisor", "--at", m_at, "report", "--from", "2020-05-18"});
    QVERIFY2(text.exitCode == 0, text.describe());
    const CtlRun json = kezekctl(m_db.path(), {"--as", "supervisor", "--at", m_at, "report", "--from", "2020-05-18", "--format", "json"});
    QCOMPARE(json.json().value("to").toString(), QString("2020-05-18")); // --to defaults to --from
    QVERIFY2(text.out.contains(QStringLiteral("Citizens served: %1;").arg(json.json().value("served_citizens").toInt())),
             text.describe());
    QVERIFY(text.out.contains("Per window"));
    // Today by default (a Saturday with nobody): zeros, not an error.
    const CtlRun today = kezekctl(m_db.path(), {"--as", "supervisor", "--at", m_at, "report", "--format", "json"});
    QCOMPARE(today.exitCode, 0);
    QCOMPARE(today.json().value("served_citizens").toInt(), 0);
}

void TestReport::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("bad date") << QStringList{"--from", "18.05.2020"} << "cannot read";
    QTest::newRow("reversed period") << QStringList{"--from", "2020-05-20", "--to", "2020-05-18"} << "period";
    QTest::newRow("unknown format") << QStringList{"--format", "xml"} << "text, csv or json";
    QTest::newRow("stray argument") << QStringList{"today"} << "Too many";
}

void TestReport::badInputIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CtlRun run = kezekctl(m_db.path(), QStringList{"--as", "supervisor", "--at", m_at, "report"} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), run.describe());
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
