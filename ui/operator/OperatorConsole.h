#pragma once

#include "common/Page.h"
#include "common/Session.h"
#include "core/Result.h"
#include "domain/QueueService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QTimer;
class QToolButton;

namespace Ui {
class OperatorConsole;
}

namespace Kezek {

class Clock;
class CurrentTicketModel;
class Database;
class LiveCenter;
class QueueModel;

// The operator's page: the ticket at this window, this window's queue, and every step on the ticket as
// an action (button, menu entry, shortcut) enabled only when the engine would allow it.
class OperatorConsole final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorConsole)

public:
    OperatorConsole(const Database &db, LiveCenter &center, const Clock &clock, const Session &session,
                    QWidget *parent = nullptr);
    ~OperatorConsole() override;

    QList<QAction *> ticketActions() const;
    QList<QAction *> windowActions() const;
    QueueModel *queueModel() const { return m_queueModel; }
    CurrentTicketModel *currentModel() const { return m_currentModel; }

    QString pageTitle() const override;
    QList<QAction *> menuActions(Menu menu) const override;
    void setLanguage(const QString &language) override;
    // Reads what changed now, rather than at the feed's next poll, and shows it.
    void refresh();
    // A second passed: live times.
    void tick() override;

Q_SIGNALS:
    // Something the operator should read (also shown on the page).
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void callNext();
    void recall();
    void startServing();
    void finish();
    void noShow();
    void postpone();
    void transfer();
    void pause();
    void resume();

    // Shows the outcome of a step in words; a refused one reads what changed meanwhile.
    void report(const Status &status, const QString &done);
    // Calls the ticket of the queue's row, or one typed by its number, out of call-next's order.
    void callRow(const QModelIndex &index);
    void callByNumber();
    void reportCalled(const Result<Ticket> &called);
    void serveRow();
    void serveByNumber();
    void reportServedAtOnce(const Result<Ticket> &serving);
    // The ticket number the operator types (such as A017), or empty when they gave up.
    QString askNumber(const QString &title);
    void cancelTicket();
    // Served today and my average against the norm, read again when a ticket leaves the window.
    void updateMyDay();
    // Someone joined the empty queue: a sound and a flash, so that an operator looking away notices.
    void announceArrival();
    // The citizen called to the window was called as often as allowed and has not come: F5 records the no-show first.
    bool calledCitizenDidNotCome() const;
    void showNotice(const QString &text, bool problem);
    Actor actor() const;

    void updatePanel();
    void updateActions();
    void updateSummary();
    void retranslate();
    static void setStyleState(QWidget *widget, const char *property, const QString &value);

    std::unique_ptr<Ui::OperatorConsole> m_ui;

    QString m_callNextTip; // the form's, while F5 only calls
    const Database &m_db;
    LiveCenter &m_center;
    const Clock &m_clock;
    Session m_session;
    QueueService m_queue;
    QueueModel *m_queueModel;
    CurrentTicketModel *m_currentModel;
    std::optional<qint64> m_shownTicketId; // the ticket at the window when the panel was last drawn
    int m_lastWaiting = -1;                // the queue's length when the summary was last drawn; -1 before that
    QTimer *m_flashEnd;
};

} // namespace Kezek
