#include "OperatorConsole.h"

#include "ui_OperatorConsole.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "domain/Catalogue.h"
#include "domain/TicketLifecycle.h"
#include "live/LiveCenter.h"
#include "models/CurrentTicketModel.h"
#include "models/Display.h"
#include "models/QueueModel.h"
#include "reports/OperatorDay.h"
#include "operator/FinishDialog.h"
#include "operator/PauseDialog.h"
#include "operator/PostponeDialog.h"
#include "operator/TransferDialog.h"
#include "common/CancelTicketDialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QTimer>
#include <QInputDialog>
#include <QStyle>

namespace Kezek {

OperatorConsole::OperatorConsole(const Database &db, LiveCenter &center, const Clock &clock, const Session &session,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OperatorConsole>())
    , m_db(db)
    , m_center(center)
    , m_clock(clock)
    , m_session(session)
    , m_queue(db, clock)
    , m_queueModel(new QueueModel(center, clock, this))
    , m_currentModel(new CurrentTicketModel(center, clock, this))
    , m_flashEnd(new QTimer(this))
{
    m_ui->setupUi(this);
    m_callNextTip = m_ui->actionCallNext->toolTip();
    const int window = session.windowNumber.value_or(0);
    m_queueModel->setWindowNumber(window);
    m_currentModel->setWindowNumber(window);

    m_ui->queueView->setModel(m_queueModel);
    QHeaderView *header = m_ui->queueView->horizontalHeader();
    header->setSectionResizeMode(QueueModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QueueModel::ServiceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QueueModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QueueModel::WaitingColumn, QHeaderView::ResizeToContents);
    m_ui->queueView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    const std::pair<QToolButton *, QAction *> bindings[] = {
        {m_ui->callNextButton, m_ui->actionCallNext}, {m_ui->recallButton, m_ui->actionRecall},
        {m_ui->serveButton, m_ui->actionStartServing}, {m_ui->finishButton, m_ui->actionFinish},
        {m_ui->noShowButton, m_ui->actionNoShow},     {m_ui->postponeButton, m_ui->actionPostpone},
        {m_ui->transferButton, m_ui->actionTransfer}, {m_ui->pauseButton, m_ui->actionPause},
        {m_ui->resumeButton, m_ui->actionResume},
    };
    for (const auto &[button, action] : bindings)
        button->setDefaultAction(action);
    connect(m_ui->actionCallNext, &QAction::triggered, this, &OperatorConsole::callNext);
    // A chosen citizen: Enter or a double click on the queue's row, its context menu, or the number typed.
    m_ui->queueView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->queueView->addAction(m_ui->actionCallChosen);
    connect(m_ui->queueView, &QAbstractItemView::activated, this, &OperatorConsole::callRow);
    connect(m_ui->actionCallChosen, &QAction::triggered, this, [this] { callRow(m_ui->queueView->currentIndex()); });
    connect(m_ui->actionCallByNumber, &QAction::triggered, this, &OperatorConsole::callByNumber);
    // The citizen at the desk already, chosen in the queue or by number; a ticket cancelled with its reason.
    m_ui->queueView->addAction(m_ui->actionServeChosen);
    connect(m_ui->actionServeChosen, &QAction::triggered, this, &OperatorConsole::serveRow);
    connect(m_ui->actionServeByNumber, &QAction::triggered, this, &OperatorConsole::serveByNumber);
    connect(m_ui->actionCancelTicket, &QAction::triggered, this, &OperatorConsole::cancelTicket);
    // No buttons of their own: the keys work wherever the console is, and the Ticket menu has them.
    for (QAction *action : {m_ui->actionCallByNumber, m_ui->actionServeByNumber, m_ui->actionCancelTicket})
        addAction(action);
    connect(m_ui->queueView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OperatorConsole::updateActions);
    connect(m_ui->actionRecall, &QAction::triggered, this, &OperatorConsole::recall);
    connect(m_ui->actionStartServing, &QAction::triggered, this, &OperatorConsole::startServing);
    connect(m_ui->actionFinish, &QAction::triggered, this, &OperatorConsole::finish);
    connect(m_ui->actionNoShow, &QAction::triggered, this, &OperatorConsole::noShow);
    connect(m_ui->actionPostpone, &QAction::triggered, this, &OperatorConsole::postpone);
    connect(m_ui->actionTransfer, &QAction::triggered, this, &OperatorConsole::transfer);
    connect(m_ui->actionPause, &QAction::triggered, this, &OperatorConsole::pause);
    connect(m_ui->actionResume, &QAction::triggered, this, &OperatorConsole::resume);

    connect(m_currentModel, &CurrentTicketModel::stateChanged, this, &OperatorConsole::updatePanel);
    connect(m_currentModel, &QAbstractItemModel::dataChanged, this, &OperatorConsole::updatePanel);
    connect(m_queueModel, &QueueModel::summaryChanged, this, &OperatorConsole::updateSummary);

    // A read that failed is said here too; the picture catches up by itself once it can read again.
    connect(&center, &LiveCenter::readFailed, this, [this](const QString &text) { showNotice(text, true); });

    m_flashEnd->setSingleShot(true);
    m_flashEnd->setInterval(2500);
    connect(m_flashEnd, &QTimer::timeout, this,
            [this] { setStyleState(m_ui->waitingCountLabel, "flash", QStringLiteral("false")); });

    m_ui->noticeLabel->hide();
    updateMyDay();
    updatePanel();
    updateSummary();
    retranslate();
}

OperatorConsole::~OperatorConsole() = default;

QList<QAction *> OperatorConsole::ticketActions() const
{
    return {m_ui->actionCallNext,     m_ui->actionCallChosen,    m_ui->actionCallByNumber, m_ui->actionServeChosen,
            m_ui->actionServeByNumber, m_ui->actionRecall,       m_ui->actionStartServing, m_ui->actionFinish,
            m_ui->actionNoShow,       m_ui->actionPostpone,      m_ui->actionTransfer,     m_ui->actionCancelTicket};
}

QList<QAction *> OperatorConsole::windowActions() const
{
    return {m_ui->actionPause, m_ui->actionResume};
}

void OperatorConsole::setLanguage(const QString &language)
{
    m_queueModel->setLanguage(language);
    m_currentModel->setLanguage(language);
    updatePanel();
}

void OperatorConsole::refresh()
{
    // A failure is said through readFailed.
    (void)m_center.catchUp();
    updatePanel();
}

void OperatorConsole::tick()
{
    m_queueModel->tick();
    m_currentModel->tick();
}

QString OperatorConsole::pageTitle() const
{
    return tr("Window %1").arg(m_session.windowNumber.value_or(0));
}

QList<QAction *> OperatorConsole::menuActions(Menu menu) const
{
    return menu == Menu::Ticket ? ticketActions() : windowActions();
}

Actor OperatorConsole::actor() const
{
    const auto &window = m_currentModel->window();
    return Actor{m_session.user, window ? std::optional<int>(window->id) : std::nullopt};
}

void OperatorConsole::showNotice(const QString &text, bool problem)
{
    m_ui->noticeLabel->setText(text);
    setStyleState(m_ui->noticeLabel, "problem", problem ? QStringLiteral("true") : QStringLiteral("false"));
    m_ui->noticeLabel->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT message(text);
}

void OperatorConsole::report(const Status &status, const QString &done)
{
    if (status) {
        // The feed read this step's changes at its commit, and the models have them already.
        showNotice(done, false);
        return;
    }
    showNotice(status.message(), true);
    // Refused: the database may have moved on (another window took the ticket) before the feed's next poll.
    refresh();
}

template<typename T>
static Status statusOf(const Result<T> &result)
{
    return result ? success() : Status(result.failure());
}

bool OperatorConsole::calledCitizenDidNotCome() const
{
    const auto ticket = m_currentModel->ticket();
    return ticket && ticket->state == TicketState::Called
        && ticket->callCount >= m_currentModel->settings().recallMax;
}

void OperatorConsole::callNext()
{
    const int window = m_session.windowNumber.value_or(0);
    // F5 on a citizen who did not come to the last call: the no-show and the next call, two steps in one key.
    QString noShowDone;
    if (calledCitizenDidNotCome()) {
        auto marked = m_queue.markNoShow(m_currentModel->ticket()->id, actor());
        if (!marked) {
            report(marked.failure(), QString());
            return;
        }
        noShowDone = tr("%1 is marked as a no-show.").arg(marked->number);
        if (m_queueModel->waitingCount() == 0) {
            report(success(), noShowDone + QLatin1Char(' ') + tr("Nobody else waits."));
            return;
        }
    }
    auto called = m_queue.callNext(window, actor());
    if (!called && !noShowDone.isEmpty()) {
        report(success(), noShowDone + QLatin1Char(' ') + called.message());
        return;
    }
    const QString calledDone =
        called ? tr("%1 is called to window %2.").arg(called->ticket.number).arg(window) : QString();
    report(statusOf(called), noShowDone.isEmpty() ? calledDone : noShowDone + QLatin1Char(' ') + calledDone);
}

void OperatorConsole::reportCalled(const Result<Ticket> &called)
{
    report(statusOf(called), called ? tr("%1 is called to window %2.")
                                          .arg(called->number)
                                          .arg(m_session.windowNumber.value_or(0))
                                    : QString());
}

void OperatorConsole::callRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 ticketId = index.siblingAtColumn(QueueModel::NumberColumn).data(QueueModel::IdRole).toLongLong();
    reportCalled(m_queue.callChosen(m_session.windowNumber.value_or(0), ticketId, actor()));
}

QString OperatorConsole::askNumber(const QString &title)
{
    bool given = false;
    const QString number = QInputDialog::getText(this, title, tr("Ticket number (such as A017):"), QLineEdit::Normal,
                                                 QString(), &given);
    return given ? number.trimmed() : QString();
}

void OperatorConsole::callByNumber()
{
    const QString number = askNumber(tr("Call by number"));
    if (!number.isEmpty())
        reportCalled(m_queue.callNumber(m_session.windowNumber.value_or(0), number, actor()));
}

void OperatorConsole::reportServedAtOnce(const Result<Ticket> &serving)
{
    report(statusOf(serving),
           serving ? tr("Serving %1, who was at the desk (no call on the hall display).").arg(serving->number)
                   : QString());
}

void OperatorConsole::serveRow()
{
    const QModelIndex index = m_ui->queueView->currentIndex();
    if (!index.isValid())
        return;
    const qint64 ticketId = index.siblingAtColumn(QueueModel::NumberColumn).data(QueueModel::IdRole).toLongLong();
    reportServedAtOnce(m_queue.serveChosen(m_session.windowNumber.value_or(0), ticketId, actor()));
}

void OperatorConsole::serveByNumber()
{
    const QString number = askNumber(tr("Serve by number at the desk"));
    if (!number.isEmpty())
        reportServedAtOnce(m_queue.serveNumber(m_session.windowNumber.value_or(0), number, actor()));
}

void OperatorConsole::cancelTicket()
{
    const auto ticket = m_currentModel->ticket();
    if (!ticket)
        return;
    CancelTicketDialog dialog(ticket->number, CancelTicketDialog::Number::Fixed, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.reason())
        return;
    auto cancelled = m_queue.cancel(ticket->id, *dialog.reason(), actor());
    report(statusOf(cancelled), cancelled ? tr("%1 is cancelled: %2.")
                                                .arg(cancelled->number, Names::display(*dialog.reason()))
                                          : QString());
}

void OperatorConsole::recall()
{
    const auto ticket = m_currentModel->ticket();
    if (!ticket)
        return;
    auto recalled = m_queue.recall(ticket->id, actor());
    report(statusOf(recalled), recalled ? tr("%1 is called again (call %2 of %3).")
                                              .arg(recalled->number)
                                              .arg(recalled->callCount)
                                              .arg(m_currentModel->settings().recallMax)
                                        : QString());
}

void OperatorConsole::startServing()
{
    const auto ticket = m_currentModel->ticket();
    if (!ticket)
        return;
    auto serving = m_queue.startServing(ticket->id, actor());
    report(statusOf(serving), serving ? tr("Serving %1.").arg(serving->number) : QString());
}

void OperatorConsole::finish()
{
    const auto ticket = m_currentModel->ticket();
    const auto &window = m_currentModel->window();
    if (!ticket || !window)
        return;
    // The ticket's and the window's services first, then the rest of the catalogue: a citizen at the desk may need
    // one this window does not usually serve, and it is recorded as served here.
    QList<Service> services;
    QList<Service> others;
    for (const Service &service : m_currentModel->services()) {
        if (window->serviceIds.contains(service.id) || service.id == ticket->serviceId)
            services.append(service);
        else if (!service.retired)
            others.append(service);
    }
    services += others;
    FinishDialog dialog(ticket->number, services, ticket->serviceId, m_queueModel->language(), this);
    const qint64 ticketId = ticket->id;
    QString done;
    dialog.setRecorder([&](const QList<ServedServiceInput> &served) -> Status {
        auto finished = m_queue.finish(ticketId, served, actor());
        if (!finished)
            return finished.failure();
        done = tr("%1 is finished: %n service(s) recorded.", nullptr, int(served.size())).arg(finished->number);
        return success();
    });
    if (dialog.exec() == QDialog::Accepted)
        report(success(), done);
    else if (dialog.failure())
        report(*dialog.failure(), QString());
}

void OperatorConsole::noShow()
{
    const auto ticket = m_currentModel->ticket();
    if (!ticket)
        return;
    auto marked = m_queue.markNoShow(ticket->id, actor());
    report(statusOf(marked), marked ? tr("%1 is marked as a no-show.").arg(marked->number) : QString());
}

void OperatorConsole::postpone()
{
    const auto ticket = m_currentModel->ticket();
    if (!ticket)
        return;
    const qint64 now = m_clock.now();
    const QDate today = LocalTime::dateOf(now);
    const qint64 closes = LocalTime::at(today, m_currentModel->settings().closingOn(today));
    PostponeDialog dialog(ticket->number, now, closes, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto postponed = m_queue.postpone(ticket->id, dialog.returnAt(), actor());
    report(statusOf(postponed), postponed ? tr("%1 waits again from %2.")
                                                .arg(postponed->number, Display::clockTime(dialog.returnAt()))
                                          : QString());
}

void OperatorConsole::transfer()
{
    const auto ticket = m_currentModel->ticket();
    if (!ticket)
        return;
    TransferDialog dialog(ticket->number, m_center.windows(), m_currentModel->services(), m_session.windowNumber.value_or(0),
                          m_queueModel->language(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto window = dialog.windowNumber()) {
        auto moved = m_queue.transferToWindow(ticket->id, *window, dialog.note(), actor());
        report(statusOf(moved), moved ? tr("%1 is transferred to window %2.").arg(moved->number).arg(*window)
                                      : QString());
    } else if (const auto service = dialog.serviceId()) {
        auto moved = m_queue.transferToService(ticket->id, *service, dialog.note(), actor());
        QString name;
        for (const Service &s : m_currentModel->services()) {
            if (s.id == *service)
                name = s.name(m_queueModel->language());
        }
        report(statusOf(moved), moved ? tr("%1 is transferred to %2.").arg(moved->number, name) : QString());
    }
}

void OperatorConsole::pause()
{
    PauseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.reason())
        return;
    const int window = m_session.windowNumber.value_or(0);
    report(m_queue.setWindowState(window, WindowState::Paused, dialog.reason(), actor()),
           tr("Window %1 is paused: %2.").arg(window).arg(Names::display(*dialog.reason())));
}

void OperatorConsole::resume()
{
    const int window = m_session.windowNumber.value_or(0);
    report(m_queue.setWindowState(window, WindowState::Open, std::nullopt, actor()),
           tr("Window %1 is open again.").arg(window));
}

void OperatorConsole::setStyleState(QWidget *widget, const char *property, const QString &value)
{
    if (widget->property(property).toString() == value)
        return;
    widget->setProperty(property, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void OperatorConsole::updatePanel()
{
    const auto ticket = m_currentModel->ticket();
    const auto field = [this](int column) {
        return m_currentModel->rowCount() > 0 ? m_currentModel->index(0, column).data().toString() : QString();
    };
    const QString dash = QStringLiteral("—");
    const auto orDash = [&dash](const QString &text) { return text.isEmpty() ? dash : text; };

    if (ticket) {
        m_ui->numberLabel->setText(ticket->number);
        QString badge = field(CurrentTicketModel::StateColumn).toUpper();
        if (ticket->state == TicketState::Called)
            badge += QStringLiteral(" · ") + field(CurrentTicketModel::CallsColumn);
        m_ui->stateBadge->setText(badge);
        m_ui->stateBadge->show();
        setStyleState(m_ui->stateBadge, "state", Names::key(ticket->state));
        m_ui->serviceLabel->setText(field(CurrentTicketModel::ServiceColumn));
    } else {
        m_ui->numberLabel->setText(dash);
        m_ui->stateBadge->hide();
        const auto &window = m_currentModel->window();
        m_ui->serviceLabel->setText(window && window->state != WindowState::Open
                                        ? tr("The window is not open. Resume it to call citizens.")
                                        : tr("The window is free. Call the next citizen (%1).")
                                              .arg(m_ui->actionCallNext->shortcut().toString(
                                                  QKeySequence::NativeText)));
    }
    const std::pair<QLabel *, int> values[] = {
        {m_ui->sourceValue, CurrentTicketModel::SourceColumn},
        {m_ui->slotValue, CurrentTicketModel::SlotColumn},
        {m_ui->categoryValue, CurrentTicketModel::CategoryColumn},
        {m_ui->iinValue, CurrentTicketModel::IinColumn},
        {m_ui->nameValue, CurrentTicketModel::NameColumn},
        {m_ui->callsValue, CurrentTicketModel::CallsColumn},
        {m_ui->waitedValue, CurrentTicketModel::WaitedColumn},
        {m_ui->serviceTimeValue, CurrentTicketModel::ServiceTimeColumn},
    };
    for (const auto &[label, column] : values)
        label->setText(ticket ? orDash(field(column)) : QString());
    if (ticket && ticket->state == TicketState::Called) {
        m_ui->callsValue->setText(tr("%1 · called %2 ago", "calls made of the most allowed, time since the last call")
                                      .arg(field(CurrentTicketModel::CallsColumn),
                                           field(CurrentTicketModel::SinceCallColumn)));
    }
    // A ticket left the window (finished, no-show, transferred…): my figures may have moved.
    const std::optional<qint64> shown = ticket ? std::optional(ticket->id) : std::nullopt;
    if (shown != m_shownTicketId) {
        if (m_shownTicketId)
            updateMyDay();
        m_shownTicketId = shown;
    }

    const auto &window = m_currentModel->window();
    if (window) {
        QString state = Names::display(window->state);
        if (window->state == WindowState::Paused && window->pauseReason)
            state = tr("%1: %2", "window state and pause reason").arg(state, Names::display(*window->pauseReason));
        m_ui->windowStateLabel->setText(
            tr("Window %1 · %2 · %3").arg(window->number).arg(state.toUpper(), m_session.user.fullName));
        setStyleState(m_ui->windowStateLabel, "state", Names::key(window->state));
    }
    updateActions();
}

void OperatorConsole::updateActions()
{
    const auto ticket = m_currentModel->ticket();
    const auto &window = m_currentModel->window();
    const CenterSettings &settings = m_currentModel->settings();
    const bool open = window && window->state == WindowState::Open;
    const auto allows = [&ticket](TicketAction action) {
        return ticket && TicketLifecycle::allows(ticket->state, action);
    };
    const bool noShowFirst = calledCitizenDidNotCome();
    m_ui->actionCallNext->setEnabled(open && ((!ticket && m_queueModel->waitingCount() > 0) || noShowFirst));
    m_ui->actionCallNext->setToolTip(noShowFirst ? tr("%1 did not come after %n call(s): record the no-show and call "
                                                      "the next citizen",
                                                      nullptr, settings.recallMax)
                                                       .arg(ticket->number)
                                                 : m_callNextTip);
    // Spacing is checked by the engine, which says how long to wait; the limit is plain to see.
    m_ui->actionRecall->setEnabled(allows(TicketAction::Recall) && ticket->callCount < settings.recallMax);
    m_ui->actionStartServing->setEnabled(allows(TicketAction::Serve));
    m_ui->actionFinish->setEnabled(allows(TicketAction::Finish));
    m_ui->actionNoShow->setEnabled(allows(TicketAction::NoShow) && ticket->callCount >= settings.recallMax);
    m_ui->actionPostpone->setEnabled(allows(TicketAction::Postpone));
    m_ui->actionTransfer->setEnabled(allows(TicketAction::Transfer));
    m_ui->actionCallChosen->setEnabled(open && !ticket && m_ui->queueView->currentIndex().isValid());
    m_ui->actionCallByNumber->setEnabled(open && !ticket);
    m_ui->actionServeChosen->setEnabled(m_ui->actionCallChosen->isEnabled());
    m_ui->actionServeByNumber->setEnabled(open && !ticket);
    m_ui->actionCancelTicket->setEnabled(ticket && ticket->state == TicketState::Called);
    m_ui->actionPause->setEnabled(open && !ticket);
    m_ui->actionResume->setEnabled(window && window->state != WindowState::Open);

    // Buttons show their key; the recall button also how many calls were made.
    const auto plain = [](const QAction *action) {
        QString text = action->text();
        return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    };
    for (QAction *action : ticketActions() + windowActions()) {
        QString text = plain(action);
        if (action == m_ui->actionRecall && ticket && ticket->state == TicketState::Called)
            text = tr("%1 (%2/%3)", "recall button: calls made of the most allowed")
                       .arg(text)
                       .arg(ticket->callCount)
                       .arg(settings.recallMax);
        action->setIconText(text + QLatin1Char('\n') + action->shortcut().toString(QKeySequence::NativeText));
    }
}

void OperatorConsole::updateMyDay()
{
    auto figures = OperatorDay::of(m_db, m_session.user.id, LocalTime::dayKey(m_clock.now()));
    if (!figures) {
        m_ui->myDayLabel->setText(figures.message());
        return;
    }
    m_ui->myDayLabel->setText(figures->text());
    setStyleState(m_ui->myDayLabel, "late", figures->overNorm() ? QStringLiteral("true") : QStringLiteral("false"));
}

void OperatorConsole::announceArrival()
{
    setStyleState(m_ui->waitingCountLabel, "flash", QStringLiteral("true"));
    m_flashEnd->start();
    // The taskbar entry flashes while the console is behind another window; the bell is the system's.
    QApplication::alert(window(), 3000);
    QApplication::beep();
}

void OperatorConsole::updateSummary()
{
    const int waiting = m_queueModel->waitingCount();
    if (m_lastWaiting == 0 && waiting > 0)
        announceArrival();
    m_lastWaiting = waiting;
    m_ui->waitingCountLabel->setText(tr("%n waiting", "people in this window's queue", waiting));
    const qint64 longest = m_queueModel->longestWaitSeconds();
    const bool late = longest > m_currentModel->settings().waitTarget;
    m_ui->longestWaitLabel->setText(waiting == 0 ? tr("nobody waits")
                                    : late       ? tr("longest wait %1 — over target").arg(Display::duration(longest))
                                                 : tr("longest wait %1").arg(Display::duration(longest)));
    setStyleState(m_ui->longestWaitLabel, "late", late ? QStringLiteral("true") : QStringLiteral("false"));
    // Call next depends on whether anyone waits.
    updateActions();
}

void OperatorConsole::retranslate()
{
    updatePanel();
    updateSummary();
}

void OperatorConsole::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_callNextTip = m_ui->actionCallNext->toolTip();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
