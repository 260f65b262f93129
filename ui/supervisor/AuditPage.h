#pragma once

#include "auth/Actor.h"
#include "common/Page.h"

#include <QWidget>

#include <functional>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class AuditPage;
}

namespace Kezek {

class AuditTableModel;
class Clock;
class Database;

// The audit trail for supervisors and administrators: who did what and when over a period of days, narrowed by
// action and by any text (a login, a window, a file), and exported to CSV as shown.
class AuditPage final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    // `actor` exports.
    AuditPage(const Database &db, const Clock &clock, const Actor &actor, QWidget *parent = nullptr);
    ~AuditPage() override;

    QString pageTitle() const override;

    AuditTableModel *model() const { return m_model; }
    QSortFilterProxyModel *shown() const { return m_filter; }
    // Reads the period again.
    void refresh();
    // Writes what is shown to `path`; returns whether it was written (the page says why not).
    bool exportCsv(const QString &path);
    // Tests answer the save dialog here.
    void setSavePathProvider(std::function<QString(const QString &suggested)> provider) { m_savePath = std::move(provider); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillActions();
    void applyFilter();

    std::unique_ptr<Ui::AuditPage> m_ui;
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    AuditTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    std::function<QString(const QString &)> m_savePath;
};

} // namespace Kezek
