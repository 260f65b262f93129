// The supervisor dashboard, driven like a supervisor would: a simulated week, the range picker, sortable
// tables with outliers, live refresh, and the CSV and PDF exports.
#include "StaffedQueue.h"
#include "TestDatabase.h"

#include "common/LanguageManager.h"

#include "core/LocalTime.h"
#include "db/Query.h"
#include "domain/Catalogue.h"
#include "domain/DaySimulator.h"
#include "domain/QueueService.h"
#include "live/ChangeFeed.h"
#include "reports/FigureTableModel.h"
#include "reports/ForecastModel.h"
#include "reports/ReportEngine.h"
#include "reports/ReportFormat.h"
#include "supervisor/ReportPdf.h"
#include "supervisor/SupervisorDashboard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDateEdit>
#include <QHeaderView>
#include <QLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kezek;
using namespace Kezek::Test;

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTodayAndChangesRange();
    void tablesSortByRawValueAndMarkOutliers();
    void liveRefreshOnDatabaseChange();
    void exportsCsvAndPdf();
    void theSpreadsheetOpensAsColumnsInRussian();
    void forecastTab();
    void screenshots();

private:
    QString label(const char *name) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ChangeFeed> m_watcher;
    std::unique_ptr<SupervisorDashboard> m_dashboard;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDashboard::init()
{
    m_db = std::make_unique<TestDatabase>();
    // A simulated week, Monday 18 to Friday 22 May 2020; the supervisor looks on Friday at 12:00.
    for (int day = 18; day <= 22; ++day) {
        SimulationRequest request;
        request.date = QDate(2020, 5, day);
        request.citizens = 300;
        request.seed = quint64(day);
        if (day == 22)
            request.stopAt = onDay(2020, 5, 22, 12);
        auto played = DaySimulator(m_db->db()).run(request, Kezek::Test::administrator(m_db->db()));
        QVERIFY2(played.ok(), qPrintable(played.ok() ? QString() : played.message()));
    }
    m_clock = std::make_unique<FixedClock>(onDay(2020, 5, 22, 12));
    m_watcher = std::make_unique<ChangeFeed>(m_db->db());
    m_dashboard = std::make_unique<SupervisorDashboard>(m_db->db(), *m_clock, Kezek::Test::supervisor(m_db->db()),
                                                        m_watcher.get());
    m_dashboard->resize(1200, 900);
    m_dashboard->show();
}

void TestDashboard::cleanup()
{
    m_dashboard.reset();
    m_watcher.reset();
    m_db.reset();
}

QString TestDashboard::label(const char *name) const
{
    auto *l = m_dashboard->findChild<QLabel *>(QString::fromLatin1(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

void TestDashboard::opensOnTodayAndChangesRange()
{
    auto *range = m_dashboard->findChild<QComboBox *>("rangeCombo");
    auto *fromEdit = m_dashboard->findChild<QDateEdit *>("fromEdit");
    auto *windowsView = m_dashboard->findChild<QTableView *>("windowsView");
    QVERIFY(range && fromEdit && windowsView);
    QAbstractItemModelTester windowsTester(m_dashboard->windowsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(windowsView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester hoursTester(m_dashboard->hoursModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester servicesTester(m_dashboard->servicesModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester operatorsTester(m_dashboard->operatorsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Today so far: Friday morning.
    QCOMPARE(m_dashboard->range(), SupervisorDashboard::Range::Today);
    QCOMPARE(m_dashboard->from(), QDate(2020, 5, 22));
    auto today = ReportEngine(m_db->db()).today(m_clock->now());
    QVERIFY(today.ok());
    QVERIFY(today->servedCitizens() > 0);
    QCOMPARE(label("servedCitizensValue"), QLocale().toString(today->servedCitizens()));
    QCOMPARE(label("waitingNowValue"), QLocale().toString(today->waitingNow));
    const int todayServed = windowsView->model()->index(0, 0).isValid() ? 1 : 0;
    QCOMPARE(todayServed, 1);

    // The week: pick "Week" and a day in it; the tables follow.
    QSignalSpy refreshed(m_dashboard.get(), &SupervisorDashboard::refreshed);
    fromEdit->setDate(QDate(2020, 5, 20));
    range->setCurrentIndex(int(SupervisorDashboard::Range::Week));
    QTRY_VERIFY(refreshed.count() >= 1);
    QCOMPARE(m_dashboard->from(), QDate(2020, 5, 18));
    QCOMPARE(m_dashboard->to(), QDate(2020, 5, 24));
    auto week = ReportEngine(m_db->db()).report(QDate(2020, 5, 18), QDate(2020, 5, 24), m_clock->now());
    QVERIFY(week.ok());
    QCOMPARE(label("servedCitizensValue"), QLocale().toString(week->servedCitizens()));
    QVERIFY(week->servedCitizens() > 4 * today->servedCitizens());
    qint64 servedInTable = 0;
    const int served = m_dashboard->windowsModel()->section(FigureTableModel::Column::Served);
    for (int row = 0; row < windowsView->model()->rowCount(); ++row)
        servedInTable += windowsView->model()->index(row, served).data(FigureTableModel::RawRole).toLongLong();
    QCOMPARE(servedInTable, week->servedCitizens());

    // A single past day.
    range->setCurrentIndex(int(SupervisorDashboard::Range::Day));
    fromEdit->setDate(QDate(2020, 5, 19));
    QCOMPARE(m_dashboard->from(), QDate(2020, 5, 19));
    auto tuesday = ReportEngine(m_db->db()).report(QDate(2020, 5, 19), QDate(2020, 5, 19), m_clock->now());
    QCOMPARE(label("servedCitizensValue"), QLocale().toString(tuesday->servedCitizens()));
    QCOMPARE(m_dashboard->hoursModel()->rowCount(), int(tuesday->hours.size()));

    // The month holds the whole week.
    range->setCurrentIndex(int(SupervisorDashboard::Range::Month));
    QCOMPARE(m_dashboard->from(), QDate(2020, 5, 1));
    QCOMPARE(m_dashboard->to(), QDate(2020, 5, 31));
    QCOMPARE(label("servedCitizensValue"), QLocale().toString(week->servedCitizens()));
}

void TestDashboard::tablesSortByRawValueAndMarkOutliers()
{
    m_dashboard->setRange(SupervisorDashboard::Range::Week, QDate(2020, 5, 18));
    auto *view = m_dashboard->findChild<QTableView *>("servicesView");
    QVERIFY(view);
    const int served = m_dashboard->servicesModel()->section(FigureTableModel::Column::Served);
    // Click the header twice: descending by the raw number, not by the text ("99" after "100").
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(view->horizontalHeader()->sectionViewportPosition(served) + 5, 5));
    if (view->horizontalHeader()->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(view->horizontalHeader()->sectionViewportPosition(served) + 5, 5));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), served);
    QAbstractItemModel *m = view->model();
    for (int row = 1; row < m->rowCount(); ++row) {
        QVERIFY2(m->index(row - 1, served).data(FigureTableModel::RawRole).toLongLong()
                     >= m->index(row, served).data(FigureTableModel::RawRole).toLongLong(),
                 qPrintable(QStringLiteral("row %1").arg(row)));
    }

    // Make one service slow: every RESULT served in the week took an hour longer.
    Query slow(m_db->db(), "UPDATE tickets SET serving_at = serving_at - 3600 WHERE state = 'served' AND service_id = "
                           "(SELECT id FROM services WHERE code = 'RESULT') AND day = '2020-05-19'");
    QVERIFY(slow.exec("t").ok());
    Query stale(m_db->db(), "DELETE FROM report_figures WHERE day = '2020-05-19'");
    QVERIFY(stale.exec("t").ok());
    Query stamp(m_db->db(), "DELETE FROM report_days WHERE day = '2020-05-19'");
    QVERIFY(stamp.exec("t").ok());
    m_dashboard->refresh();
    bool found = false;
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, 0).data().toString() != Catalogue(m_db->db()).service("RESULT")->nameEn)
            continue;
        found = true;
        QVERIFY(m->index(row, 0).data(FigureTableModel::OutlierRole).toBool());
        QVERIFY(m->index(row, served).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m->index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(found);
}

void TestDashboard::liveRefreshOnDatabaseChange()
{
    QCOMPARE(m_dashboard->range(), SupervisorDashboard::Range::Today);
    const qint64 before = m_dashboard->report().waitingNow;
    Kezek::Test::StaffedQueue queue(m_db->db(), *m_clock);
    for (int i = 0; i < 3; ++i)
        QVERIFY(queue.issue(Catalogue(m_db->db()).service("CONSULT")->id, {}).ok());
    // The feed read each issue at its commit: no page announces its own writes.
    QTRY_COMPARE(label("waitingNowValue"), QLocale().toString(before + 3));
}

void TestDashboard::exportsCsvAndPdf()
{
    m_dashboard->setRange(SupervisorDashboard::Range::Week, QDate(2020, 5, 18));
    QTemporaryDir dir;
    QString asked;
    m_dashboard->setSavePathProvider([&dir, &asked](const QString &suggested) {
        asked = suggested;
        return dir.filePath(QFileInfo(suggested).fileName());
    });

    QTest::mouseClick(m_dashboard->findChild<QPushButton *>("exportCsvButton"), Qt::LeftButton);
    QVERIFY2(asked.endsWith("kezek-report-2020-05-18_2020-05-24.csv"), qPrintable(asked));
    QFile csv(dir.filePath("kezek-report-2020-05-18_2020-05-24.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets read it as UTF-8
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.contains("\r\n"));
    // For people: words, minutes and names, split by commas in an English locale.
    QVERIFY2(text.contains(QStringLiteral("Citizens served,%1\r\n").arg(m_dashboard->report().servedCitizens())),
             qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Waiting now,%1\r\n").arg(m_dashboard->report().waitingNow)));
    QVERIFY(text.contains("Window,Served,Services"));
    QVERIFY(text.contains("Average service, min"));
    const QString op01 = Catalogue(m_db->db()).operatorByLogin("op01")->fullName;
    QVERIFY2(text.contains(op01 + ","), qPrintable(op01));

    QTest::mouseClick(m_dashboard->findChild<QPushButton *>("exportPdfButton"), Qt::LeftButton);
    QFile pdf(dir.filePath("kezek-report-2020-05-18_2020-05-24.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdf.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY2(pdfBytes.size() > 20000, qPrintable(QString::number(pdfBytes.size()))); // text, tables and the chart
    QVERIFY(label("statusLabel").contains("Exported"));

    // What the PDF says (its text is compressed; the document it is printed from is not).
    const QString html = ReportPdf::html(m_dashboard->report(), QStringLiteral("Demo"));
    QVERIFY(html.contains("Supervisor report"));
    QVERIFY(html.contains(QLocale().toString(m_dashboard->report().servedCitizens())));
    QVERIFY(html.contains("Per window") && html.contains("Per operator") && html.contains("Per service"));
    QVERIFY(html.contains("kezek:chart"));

    // No citizen's data anywhere: no IIN or name from the bookings (the sheet names operators, the PDF does not).
    QSqlQuery people(m_db->db().connection());
    // (A citizen whose name is part of an operator's is left out: the sheet names the operator.)
    QVERIFY(people.exec("SELECT b.iin, b.full_name FROM bookings b WHERE b.full_name <> '' AND NOT EXISTS "
                        "(SELECT 1 FROM operators o WHERE o.full_name LIKE '%' || b.full_name || '%')"));
    int checked = 0;
    while (people.next()) {
        const QString iin = people.value(0).toString();
        const QString name = people.value(1).toString();
        if (iin.size() == 12) {
            QVERIFY2(!text.contains(iin) && !html.contains(iin), qPrintable(iin));
        }
        if (name.size() > 3) {
            QVERIFY2(!text.contains(name) && !html.contains(name), qPrintable(name));
            ++checked;
        }
    }
    QVERIFY(checked > 10);
    QVERIFY(!html.contains(op01));
}

// In Russian the sheet opens as columns in Excel and LibreOffice set to Russian: ';' between columns, a decimal
// comma, Russian headers, durations in minutes, channels and operators by name.
void TestDashboard::theSpreadsheetOpensAsColumnsInRussian()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("ru")));
    m_dashboard->setRange(SupervisorDashboard::Range::Week, QDate(2020, 5, 18));
    QTemporaryDir dir;
    m_dashboard->setSavePathProvider([&dir](const QString &suggested) {
        return dir.filePath(QFileInfo(suggested).fileName());
    });
    QTest::mouseClick(m_dashboard->findChild<QPushButton *>("exportCsvButton"), Qt::LeftButton);
    QFile csv(dir.filePath("kezek-report-2020-05-18_2020-05-24.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll().mid(3));
    languages.setLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    // Read as a spreadsheet reads it: sections apart by an empty line, cells by ';' (nothing here is quoted).
    QList<QList<QStringList>> sections{{}};
    for (const QString &line : text.split(QStringLiteral("\r\n"))) {
        if (line.isEmpty()) {
            if (!sections.last().isEmpty())
                sections.append(QList<QStringList>());
            continue;
        }
        QVERIFY2(!line.contains(QLatin1Char('"')), qPrintable(line));
        sections.last().append(line.split(QLatin1Char(';')));
    }
    if (sections.last().isEmpty())
        sections.removeLast();
    QCOMPARE(sections.size(), 6); // totals, channels, windows, operators, services, hours
    for (const auto &section : std::as_const(sections)) {
        for (const QStringList &row : section)
            QCOMPARE(row.size(), section.first().size()); // every row as wide as its header: columns
    }
    const Report &report = m_dashboard->report();
    QHash<QString, QString> totals;
    for (const QStringList &row : sections.at(0))
        totals.insert(row.at(0), row.at(1));
    QCOMPARE(totals.value(QStringLiteral("Обслужено граждан")), QString::number(report.servedCitizens()));
    const QString wait = totals.value(QStringLiteral("Среднее ожидание, мин"));
    QVERIFY2(wait.contains(QLatin1Char(',')), qPrintable(wait)); // "12,3"
    QCOMPARE(QLocale(QLocale::Russian).toDouble(wait), std::round(report.waitAverage() / 6.0) / 10.0);
    // Channels by their names.
    QStringList channels;
    for (const QStringList &row : sections.at(1).mid(1))
        channels << row.at(0);
    QVERIFY2(channels.contains(QStringLiteral("живая очередь")) && channels.contains(QStringLiteral("egov.kz")),
             qPrintable(channels.join('|')));
    // Operators by name, with service times in minutes.
    const QStringList operatorHeader = sections.at(3).first();
    QCOMPARE(operatorHeader.first(), QStringLiteral("Оператор"));
    QVERIFY2(operatorHeader.contains(QStringLiteral("Среднее обслуживание, мин")), qPrintable(operatorHeader.join('|')));
    const QString op01 = Catalogue(m_db->db()).operatorByLogin("op01")->fullName;
    QVERIFY(std::any_of(sections.at(3).begin(), sections.at(3).end(),
                        [&op01](const QStringList &row) { return row.first() == op01; }));
}

void TestDashboard::forecastTab()
{
    auto *date = m_dashboard->findChild<QDateEdit *>("forecastDateEdit");
    auto *view = m_dashboard->findChild<QTableView *>("forecastView");
    QVERIFY(date && view);
    QAbstractItemModelTester tester(m_dashboard->forecastModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(date->date(), QDate(2020, 5, 23));
    // Next Monday from the Monday before it.
    date->setDate(QDate(2020, 5, 25));
    QCOMPARE(m_dashboard->forecastModel()->forecast().history, QList<QDate>{QDate(2020, 5, 18)});
    QCOMPARE(view->model()->rowCount(), 9);
    int needed = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        needed = std::max(needed, view->model()->index(row, ForecastModel::Needed).data(ForecastModel::RawRole).toInt());
    QVERIFY(needed > 0);
    QVERIFY(label("forecastSummary").contains("Learnt from 1 earlier day"));
}

// KEZEK_SCREENSHOTS=docs/screenshots writes the pictures in docs/; otherwise nothing.
void TestDashboard::screenshots()
{
    const QString folder = qEnvironmentVariable("KEZEK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("KEZEK_SCREENSHOTS not set");
    m_dashboard->resize(1280, 960);
    QVERIFY(m_dashboard->grab().save(QDir(folder).filePath("supervisor-today.png")));
    m_dashboard->setRange(SupervisorDashboard::Range::Week, QDate(2020, 5, 18));
    m_dashboard->layout()->activate();
    QVERIFY(m_dashboard->grab().save(QDir(folder).filePath("supervisor-week.png")));
    auto *tabs = m_dashboard->findChild<QTabWidget *>("tablesTabs");
    tabs->setCurrentIndex(tabs->count() - 1);
    m_dashboard->findChild<QDateEdit *>("forecastDateEdit")->setDate(QDate(2020, 5, 25));
    m_dashboard->layout()->activate();
    QVERIFY(m_dashboard->grab().save(QDir(folder).filePath("supervisor-forecast.png")));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
