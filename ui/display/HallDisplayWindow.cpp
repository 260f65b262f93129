#include "HallDisplayWindow.h"

#include "ui_HallDisplayWindow.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "display/Bilingual.h"
#include "display/DisplayModel.h"
#include "live/ChangeFeed.h"
#include "live/LiveCenter.h"

#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>

namespace Kezek {

namespace {

const char context[] = "HallDisplay";

void stretchColumns(QTableView *view)
{
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace

HallDisplayWindow::HallDisplayWindow(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HallDisplayWindow>())
    , m_clock(clock)
    , m_feed(new ChangeFeed(db, this))
    , m_center(new LiveCenter(db, clock, m_feed, this))
    , m_model(new DisplayModel(db, *m_center, clock, this))
{
    m_ui->setupUi(this);
    m_ui->recentView->setModel(m_model->recentCalls());
    m_ui->calledNowView->setModel(m_model->calledNow());
    stretchColumns(m_ui->recentView);
    stretchColumns(m_ui->calledNowView);
    m_ui->connectionLabel->hide();

    m_announceTimer.setSingleShot(true);
    m_announceTimer.setInterval(announcementMs);
    connect(&m_announceTimer, &QTimer::timeout, this, &HallDisplayWindow::advanceAnnouncement);
    connect(m_model, &DisplayModel::announcementsPending, this, [this] {
        if (!m_announceTimer.isActive())
            advanceAnnouncement();
    });
    connect(m_model, &DisplayModel::summaryChanged, this, &HallDisplayWindow::updateSummary);
    connect(m_model, &DisplayModel::connectionChanged, this, [this](bool connected) {
        m_ui->connectionLabel->setVisible(!connected);
    });
    connect(m_center, &LiveCenter::changed, this, [this](const ChangeSet &changes) {
        if (changes.touchesTickets() || changes.touchesWindows())
            refresh();
    });
    // Said at once; the calls on screen stay as they were.
    connect(m_feed, &ChangeFeed::connectionLost, m_ui->connectionLabel, &QWidget::show);
    connect(m_feed, &ChangeFeed::connectionRestored, m_ui->connectionLabel, &QWidget::hide);
    // The clock on screen; it reads the database only to try again after a read failed, and at a new day.
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_center->tick();
        if (!m_model->isConnected())
            refresh();
        updateClock();
    });

    retranslate();
    // The feed's position first, then the first read: a call in between is read twice, never missed.
    m_feed->start();
    // Its changed() shows the picture; after a failure the display says so and the clock tries again.
    if (!m_center->load())
        refresh();
    updateClock();
    m_clockTimer.start();
}

HallDisplayWindow::~HallDisplayWindow() = default;

void HallDisplayWindow::refresh()
{
    // A failure is shown by connectionChanged and retried by the next poll; nothing else to do here.
    (void)m_model->refresh();
    updateSummary();
}

void HallDisplayWindow::advanceAnnouncement()
{
    const auto call = m_model->takeAnnouncement();
    if (!call) {
        m_announceTimer.stop();
        setHighlight(false);
        return;
    }
    m_ui->announceNumber->setText(call->number);
    m_ui->announceWindow->setText(QString::number(call->windowNumber));
    setHighlight(true);
    // QtMultimedia is not part of Kezek's Qt; the system bell is the chime, the highlight the visible part.
    QApplication::beep();
    m_announceTimer.start();
    Q_EMIT announced(call->number, call->windowNumber);
}

void HallDisplayWindow::setHighlight(bool on)
{
    m_ui->announcementFrame->setProperty("highlight", on);
    for (QWidget *widget : m_ui->announcementFrame->findChildren<QWidget *>()) {
        style()->unpolish(widget);
        style()->polish(widget);
    }
    style()->unpolish(m_ui->announcementFrame);
    style()->polish(m_ui->announcementFrame);
}

void HallDisplayWindow::updateSummary()
{
    const Bilingual &b = m_model->bilingual();
    const int waiting = m_model->waitingCount();
    QString kk = b.kk(context, QT_TRANSLATE_NOOP("HallDisplay", "%n waiting"), waiting);
    QString ru = b.ru(context, QT_TRANSLATE_NOOP("HallDisplay", "%n waiting"), waiting);
    if (const auto wait = m_model->averageWait(); wait && waiting > 0) {
        kk += QStringLiteral(", ") + b.kk(context, QT_TRANSLATE_NOOP("HallDisplay", "wait about %n min"), wait->minutes());
        ru += QStringLiteral(", ") + b.ru(context, QT_TRANSLATE_NOOP("HallDisplay", "wait about %n min"), wait->minutes());
    }
    m_ui->waitingLabel->setText(kk == ru ? kk : kk + QStringLiteral("   ·   ") + ru);
}

void HallDisplayWindow::updateClock()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock.now());
    m_ui->clockLabel->setText(now.toString(QStringLiteral("dd.MM.yyyy  HH:mm")));
}

void HallDisplayWindow::retranslate()
{
    const Bilingual &b = m_model->bilingual();
    m_ui->titleLabel->setText(b.both(context, QT_TRANSLATE_NOOP("HallDisplay", "Electronic queue")));
    m_ui->announceTicketCaption->setText(b.both(context, QT_TRANSLATE_NOOP("HallDisplay", "Ticket")));
    m_ui->announceWindowCaption->setText(b.both(context, QT_TRANSLATE_NOOP("HallDisplay", "Window")));
    m_ui->calledNowCaption->setText(b.both(context, QT_TRANSLATE_NOOP("HallDisplay", "Called now")));
    m_ui->recentCaption->setText(b.both(context, QT_TRANSLATE_NOOP("HallDisplay", "Last calls")));
    m_ui->connectionLabel->setText(
        b.both(context, QT_TRANSLATE_NOOP("HallDisplay", "Reconnecting to the queue…")));
    updateSummary();
}

void HallDisplayWindow::keyPressEvent(QKeyEvent *event)
{
    // A TV has no window frame: F11 toggles full screen, Escape leaves it.
    if (event->key() == Qt::Key_F11) {
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void HallDisplayWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace Kezek
