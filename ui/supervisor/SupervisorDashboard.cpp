#include "SupervisorDashboard.h"

#include "models/Display.h"
#include "reports/DailySumsKeeper.h"
#include "ui_SupervisorDashboard.h"

#include "audit/AuditTrail.h"

#include "supervisor/HourChart.h"
#include "supervisor/ReportPdf.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "domain/Catalogue.h"
#include "live/ChangeFeed.h"
#include "reports/FigureTableModel.h"
#include "reports/ForecastModel.h"
#include "reports/ReportEngine.h"
#include "reports/ReportSpreadsheet.h"
#include "reports/ReportFormat.h"
#include "reports/StaffingForecast.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace Kezek {

namespace {

// Periods that need more days added up from raw tickets than this get a progress dialog.
constexpr int progressThresholdDays = 20;

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QLatin1Char('%');
}

} // namespace

SupervisorDashboard::SupervisorDashboard(const Database &db, const Clock &clock, const Actor &actor, ChangeFeed *feed,
                                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SupervisorDashboard>())
    , m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_feed(feed)
    , m_windows(new FigureTableModel(FigureTableModel::Kind::Windows, this))
    , m_operators(new FigureTableModel(FigureTableModel::Kind::Operators, this))
    , m_services(new FigureTableModel(FigureTableModel::Kind::Services, this))
    , m_hours(new FigureTableModel(FigureTableModel::Kind::Hours, this))
    , m_forecast(new ForecastModel(this))
{
    m_ui->setupUi(this);
    setupTable(m_ui->windowsView, new QSortFilterProxyModel(this), m_windows);
    setupTable(m_ui->operatorsView, new QSortFilterProxyModel(this), m_operators);
    setupTable(m_ui->servicesView, new QSortFilterProxyModel(this), m_services);
    setupTable(m_ui->hoursView, new QSortFilterProxyModel(this), m_hours);
    auto *forecastProxy = new QSortFilterProxyModel(this);
    forecastProxy->setSourceModel(m_forecast);
    forecastProxy->setSortRole(ForecastModel::RawRole);
    m_ui->forecastView->setModel(forecastProxy);
    m_ui->forecastView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->forecastView->sortByColumn(ForecastModel::Hour, Qt::AscendingOrder);

    m_chartView = new QChartView(m_ui->chartHost);
    m_chartView->setObjectName(QStringLiteral("hourChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_ui->chartLayout->addWidget(m_chartView);

    const QDate today = LocalTime::dateOf(m_clock.now());
    m_ui->fromEdit->setDate(today);
    m_ui->toEdit->setDate(today);
    m_ui->forecastDateEdit->setDate(today.addDays(1));

    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, &SupervisorDashboard::rangeControlsChanged);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &SupervisorDashboard::rangeControlsChanged);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &SupervisorDashboard::rangeControlsChanged);
    connect(m_ui->forecastDateEdit, &QDateEdit::dateChanged, this, &SupervisorDashboard::refreshForecast);
    connect(m_ui->serviceLevelSpin, &QSpinBox::valueChanged, this, &SupervisorDashboard::refreshForecast);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { exportClicked(false); });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, [this] { exportClicked(true); });

    if (!m_feed) {
        m_feed = new ChangeFeed(m_db, this);
        m_feed->start();
    }
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &SupervisorDashboard::refresh);
    connect(m_feed, &ChangeFeed::changed, this, [this](const ChangeSet &changes) {
        if (range() == Range::Today && (changes.touchesTickets() || changes.touchesWindows()))
            m_coalesce.start();
    });
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (range() == Range::Today)
            refresh();
    });
    m_tick.start();

    // One short step at a time between the page's own work; it starts over each day (m_tick) for the day just closed.
    m_keeper = std::make_unique<DailySumsKeeper>(m_db);
    m_keepSums.setInterval(50);
    connect(&m_keepSums, &QTimer::timeout, this, [this] {
        auto more = m_keeper->step(m_clock.now());
        if (!more || !*more)
            m_keepSums.stop();
    });
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_keepSums.isActive())
            m_keepSums.start();
    });
    m_keepSums.start();

    updatePeriod();
    refresh();
    refreshForecast();
}

SupervisorDashboard::~SupervisorDashboard() = default;

QString SupervisorDashboard::pageTitle() const
{
    return tr("Dashboard");
}

void SupervisorDashboard::setupTable(QTableView *view, QSortFilterProxyModel *proxy, FigureTableModel *model)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(FigureTableModel::RawRole);
    view->setModel(proxy);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->sortByColumn(0, Qt::AscendingOrder);
}

void SupervisorDashboard::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    refresh();
}

SupervisorDashboard::Range SupervisorDashboard::range() const
{
    return static_cast<Range>(m_ui->rangeCombo->currentIndex());
}

void SupervisorDashboard::setRange(Range range, QDate anchor, QDate customEnd)
{
    m_updatingControls = true;
    m_ui->rangeCombo->setCurrentIndex(int(range));
    if (anchor.isValid())
        m_ui->fromEdit->setDate(anchor);
    if (customEnd.isValid())
        m_ui->toEdit->setDate(customEnd);
    m_updatingControls = false;
    rangeControlsChanged();
}

void SupervisorDashboard::rangeControlsChanged()
{
    if (m_updatingControls)
        return;
    updatePeriod();
    refresh();
}

void SupervisorDashboard::updatePeriod()
{
    const Range r = range();
    const QDate anchor = m_ui->fromEdit->date();
    switch (r) {
    case Range::Today:
        m_from = m_to = LocalTime::dateOf(m_clock.now());
        break;
    case Range::Day:
        m_from = m_to = anchor;
        break;
    case Range::Week:
        m_from = anchor.addDays(1 - anchor.dayOfWeek());
        m_to = m_from.addDays(6);
        break;
    case Range::Month:
        m_from = QDate(anchor.year(), anchor.month(), 1);
        m_to = m_from.addMonths(1).addDays(-1);
        break;
    case Range::Custom:
        m_from = std::min(anchor, m_ui->toEdit->date());
        m_to = std::max(anchor, m_ui->toEdit->date());
        break;
    }
    m_ui->fromEdit->setEnabled(r != Range::Today);
    m_ui->toEdit->setEnabled(r == Range::Custom);
    m_ui->toEdit->setVisible(r == Range::Custom);
    m_ui->toLabel->setVisible(r == Range::Custom);
    m_ui->periodLabel->setText(m_from == m_to ? QLocale().toString(m_from, QLocale::ShortFormat)
                                              : tr("%1 – %2").arg(QLocale().toString(m_from, QLocale::ShortFormat),
                                                                  QLocale().toString(m_to, QLocale::ShortFormat)));
}

void SupervisorDashboard::refresh()
{
    if (range() == Range::Today)
        updatePeriod(); // midnight moves "today"
    const ReportEngine engine(m_db);
    const qint64 now = m_clock.now();
    std::unique_ptr<QProgressDialog> progress;
    // Only a long period can have many days to add up; asking costs a scan of its ticket counts.
    const bool longPeriod = m_from.daysTo(m_to) + 1 > progressThresholdDays;
    auto pending = longPeriod ? engine.daysToCompute(m_from, m_to, now) : Result<int>(0);
    if (pending && *pending > progressThresholdDays) {
        progress = std::make_unique<QProgressDialog>(tr("Adding up the days of the period…"), tr("Stop"), 0,
                                                     *pending, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    auto report = engine.report(m_from, m_to, now, m_language, [&progress](int done, int total) {
        if (!progress)
            return true;
        progress->setMaximum(total);
        progress->setValue(done);
        return !progress->wasCanceled();
    });
    progress.reset();
    if (!report) {
        m_ui->statusLabel->setText(report.message());
        return;
    }
    m_report = std::move(*report);
    showReport();
    Q_EMIT refreshed();
}

void SupervisorDashboard::showReport()
{
    const Report &r = m_report;
    m_ui->servedCitizensValue->setText(QLocale().toString(r.servedCitizens()));
    m_ui->servedServicesValue->setText(QLocale().toString(r.servedServices()));
    m_ui->waitingNowValue->setText(QLocale().toString(r.waitingNow));
    m_ui->waitAverageValue->setText(Display::duration(r.waitAverage()));
    m_ui->waitMaxValue->setText(Display::duration(double(r.waitMax())));
    m_ui->withinTargetValue->setText(percent(r.waitWithinTargetShare()));
    m_ui->withinTargetTitle->setText(tr("Within %1 min").arg(r.waitTarget / 60));
    m_ui->serviceAverageValue->setText(Display::duration(r.serviceAverage()));
    m_ui->bookedShareValue->setText(percent(r.bookedShare()));
    m_ui->walkInsValue->setText(QLocale().toString(r.walkIns()));
    m_ui->noShowRateValue->setText(tr("%1 (%n no-show(s))", nullptr, int(r.noShows())).arg(percent(r.noShowRate())));
    QStringList channels;
    for (const ReportRow &row : r.channels)
        channels << tr("%1 %2").arg(Names::displaySource(row.key), percent(r.channelShare(row)));
    m_ui->channelsValue->setText(tr("Served by channel: %1").arg(channels.join(QStringLiteral(", "))));

    m_windows->setReport(r);
    m_operators->setReport(r);
    m_services->setReport(r);
    m_hours->setReport(r);

    QChart *old = m_chartView->chart();
    m_chartView->setChart(HourChart::build(r));
    delete old;

    const QString taken = QLocale().toString(QDateTime::fromSecsSinceEpoch(r.generatedAt).time(), QLocale::ShortFormat);
    m_ui->statusLabel->setText(range() == Range::Today ? tr("Live: today so far, updated %1").arg(taken)
                                                       : tr("%n day(s) with tickets in the period", nullptr, r.days));
}

void SupervisorDashboard::refreshForecast()
{
    auto forecast = StaffingForecaster(m_db).forecast(m_ui->forecastDateEdit->date(), m_clock.now(),
                                                      m_ui->serviceLevelSpin->value() / 100.0);
    if (!forecast) {
        m_ui->forecastSummary->setText(forecast.message());
        return;
    }
    m_forecast->setForecast(*forecast);
    if (!forecast->closedReason.isEmpty()) {
        m_ui->forecastSummary->setText(tr("No windows are needed: %1.").arg(forecast->closedReason));
        return;
    }
    int peak = 0;
    int peakHour = 0;
    int shortHours = 0;
    for (const ForecastHour &h : forecast->hours) {
        if (h.windowsNeeded > peak) {
            peak = h.windowsNeeded;
            peakHour = h.hour;
        }
        if (h.windowsPlanned < h.windowsNeeded)
            ++shortHours;
    }
    const double service = forecast->hours.isEmpty() ? 0.0 : forecast->hours.first().serviceSeconds;
    m_ui->forecastSummary->setText(
        tr("Learnt from %n earlier day(s) of the same weekday; %1 of bookings come; service takes %2 on average. "
           "Most windows needed: %3 at %4:00. Hours short of windows: %5.",
           nullptr, int(forecast->history.size()))
            .arg(percent(forecast->showUpRate), Display::duration(service))
            .arg(peak)
            .arg(peakHour, 2, 10, QLatin1Char('0'))
            .arg(shortHours));
}

QString SupervisorDashboard::centerName() const
{
    auto settings = Catalogue(m_db).settings();
    return settings ? settings->name : QString();
}

QString SupervisorDashboard::suggestedName(const QString &extension) const
{
    const QString period = m_from == m_to ? m_from.toString(Qt::ISODate)
                                          : m_from.toString(Qt::ISODate) + QLatin1Char('_') + m_to.toString(Qt::ISODate);
    return QDir::home().filePath(QStringLiteral("kezek-report-") + period + QLatin1Char('.') + extension);
}

void SupervisorDashboard::setSavePathProvider(std::function<QString(const QString &)> provider)
{
    m_savePath = std::move(provider);
}

void SupervisorDashboard::exportClicked(bool pdf)
{
    const QString suggested = suggestedName(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = m_savePath ? m_savePath(suggested)
                                    : QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"),
                                                                   suggested,
                                                                   pdf ? tr("PDF documents (*.pdf)")
                                                                       : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (pdf)
        exportPdf(path);
    else
        exportCsv(path);
}

bool SupervisorDashboard::recordExport(const QString &path)
{
    const QString period = m_from == m_to ? m_from.toString(Qt::ISODate)
                                          : m_from.toString(Qt::ISODate) + QStringLiteral(" – ") + m_to.toString(Qt::ISODate);
    const Status recorded = AuditTrail(m_db).recordExport(m_clock.now(), m_actor, QDir::toNativeSeparators(path), period);
    if (!recorded)
        m_ui->statusLabel->setText(recorded.message());
    return recorded.ok();
}

bool SupervisorDashboard::exportCsv(const QString &path)
{
    if (!recordExport(path))
        return false;
    QProgressDialog progress(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), QString(), 0, 2, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    progress.setValue(1);
    // Operators by their names: the supervisor reads the sheet, not a script.
    QHash<QString, QString> names;
    if (auto staff = Catalogue(m_db).operators()) {
        for (const Operator &person : std::as_const(*staff))
            names.insert(person.login, person.fullName);
    }
    ok = ok && file.write(ReportSpreadsheet(QLocale(), names).file(m_report)) >= 0 && file.commit();
    progress.setValue(2);
    m_ui->statusLabel->setText(ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                  : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return ok;
}

bool SupervisorDashboard::exportPdf(const QString &path)
{
    if (!recordExport(path))
        return false;
    QProgressDialog progress(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), QString(), 0, 4, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Status written = ReportPdf::write(m_report, centerName(), path, [&progress](int step) {
        progress.setValue(step);
    });
    m_ui->statusLabel->setText(written ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : written.message());
    return written.ok();
}

void SupervisorDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int index = m_ui->rangeCombo->currentIndex();
        m_updatingControls = true;
        m_ui->retranslateUi(this);
        m_ui->rangeCombo->setCurrentIndex(index);
        m_updatingControls = false;
        updatePeriod();
        showReport();
        refreshForecast();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_windows, m_operators, m_services, m_hours, m_forecast})
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
