#pragma once

#include "auth/Actor.h"
#include "common/Page.h"
#include "reports/Report.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QChartView;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class SupervisorDashboard;
}

namespace Kezek {

class DailySumsKeeper;

class Clock;
class Database;
class ChangeFeed;
class FigureTableModel;
class ForecastModel;

// The supervisor's page: today's figures live, or any day, week, month or custom period from history; the
// hourly chart; the per window, operator, service and hour tables (sortable, outliers marked); the staffing
// forecast; CSV and PDF exports. Every number comes from ReportEngine, as in `kezekctl report`.
class SupervisorDashboard final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorDashboard)

public:
    enum class Range { Today, Day, Week, Month, Custom };

    // `feed` says what changed (the main window's); without one the page makes its own. `actor` exports.
    SupervisorDashboard(const Database &db, const Clock &clock, const Actor &actor, ChangeFeed *feed = nullptr,
                        QWidget *parent = nullptr);
    ~SupervisorDashboard() override;

    // Catalogue names in "kk", "ru" or "en"; the rest follows the installed translator.
    QString pageTitle() const override;
    void setLanguage(const QString &language) override;
    // Picks the period as the range controls would; `anchor` is the day, or a day in the week or month.
    void setRange(Range range, QDate anchor = {}, QDate customEnd = {});
    Range range() const;
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const Report &report() const { return m_report; }

    // Reads the figures again (the live page does this on every database change).
    void refresh();

    // Writes the shown period's figures; false (with the reason shown on the page) when it could not.
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);
    // Test seam: supplies the file name the export buttons would ask for (empty = cancelled).
    void setSavePathProvider(std::function<QString(const QString &suggested)> provider);

    FigureTableModel *windowsModel() const { return m_windows; }
    FigureTableModel *operatorsModel() const { return m_operators; }
    FigureTableModel *servicesModel() const { return m_services; }
    FigureTableModel *hoursModel() const { return m_hours; }
    ForecastModel *forecastModel() const { return m_forecast; }

Q_SIGNALS:
    // After each refresh, with the period shown.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Checks that the signed-in person may export and records the export in the audit trail; false (and says why) if not.
    bool recordExport(const QString &path);
    void rangeControlsChanged();
    void updatePeriod();
    void showReport();
    void refreshForecast();
    void exportClicked(bool pdf);
    QString suggestedName(const QString &extension) const;
    QString centerName() const;
    void setupTable(QTableView *view, QSortFilterProxyModel *proxy, FigureTableModel *model);

    std::unique_ptr<Ui::SupervisorDashboard> m_ui;
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    ChangeFeed *m_feed;
    QString m_language = QStringLiteral("en");
    QDate m_from;
    QDate m_to;
    Report m_report;
    QTimer m_coalesce; // many changes in a burst: one refresh
    QTimer m_tick;     // the clock moves even when nobody writes
    QTimer m_keepSums; // sums closed days in idle moments, so long periods open from stored sums
    std::unique_ptr<DailySumsKeeper> m_keeper;
    QChartView *m_chartView = nullptr;
    FigureTableModel *m_windows;
    FigureTableModel *m_operators;
    FigureTableModel *m_services;
    FigureTableModel *m_hours;
    ForecastModel *m_forecast;
    std::function<QString(const QString &)> m_savePath;
    bool m_updatingControls = false;
};

} // namespace Kezek
