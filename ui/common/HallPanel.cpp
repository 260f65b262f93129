#include "HallPanel.h"

#include "ui_HallPanel.h"

#include "auth/Access.h"
#include "domain/QueueService.h"
#include "models/HallModel.h"
#include "models/ServiceTotalsModel.h"

#include <QHeaderView>
#include <QMenu>

namespace Kezek {

HallPanel::HallPanel(const LiveCenter &center, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HallPanel>())
    , m_hallModel(new HallModel(center, this))
    , m_totalsModel(new ServiceTotalsModel(center, clock, this))
{
    m_ui->setupUi(this);
    m_ui->hallView->setModel(m_hallModel);
    m_ui->totalsView->setModel(m_totalsModel);
    QHeaderView *hall = m_ui->hallView->horizontalHeader();
    hall->setSectionResizeMode(HallModel::WindowColumn, QHeaderView::ResizeToContents);
    hall->setSectionResizeMode(HallModel::StateColumn, QHeaderView::ResizeToContents);
    hall->setSectionResizeMode(HallModel::TicketColumn, QHeaderView::ResizeToContents);
    hall->setSectionResizeMode(HallModel::OperatorColumn, QHeaderView::Stretch);
    QHeaderView *totals = m_ui->totalsView->horizontalHeader();
    totals->setSectionResizeMode(ServiceTotalsModel::ServiceColumn, QHeaderView::Stretch);
    totals->setSectionResizeMode(ServiceTotalsModel::WaitingColumn, QHeaderView::ResizeToContents);
    totals->setSectionResizeMode(ServiceTotalsModel::LongestWaitColumn, QHeaderView::ResizeToContents);
    // The models follow the live picture themselves; the total follows its model.
    connect(m_totalsModel, &QAbstractItemModel::rowsInserted, this, &HallPanel::updateTotal);
    connect(m_totalsModel, &QAbstractItemModel::rowsRemoved, this, &HallPanel::updateTotal);
    connect(m_totalsModel, &QAbstractItemModel::dataChanged, this, &HallPanel::updateTotal);
    updateTotal();
    m_ui->windowActions->hide();
    m_ui->windowOutcome->hide();
}

HallPanel::~HallPanel() = default;

void HallPanel::setLanguage(const QString &language)
{
    m_hallModel->setLanguage(language);
    m_totalsModel->setLanguage(language);
    updateTotal();
}

QString HallPanel::pageTitle() const
{
    return tr("Hall");
}

void HallPanel::tick()
{
    m_totalsModel->tick();
}

void HallPanel::allowManaging(const Database &db, const Clock &clock, const Actor &actor)
{
    m_queue = std::make_unique<QueueService>(db, clock);
    m_actor = actor;
    auto *reasons = new QMenu(m_ui->pauseWindowButton);
    for (PauseReason reason : {PauseReason::Break, PauseReason::Disinfection, PauseReason::Technical}) {
        QAction *action = reasons->addAction(Names::display(reason));
        connect(action, &QAction::triggered, this, [this, reason] { pauseSelected(reason); });
    }
    m_ui->pauseWindowButton->setMenu(reasons);
    connect(m_ui->closeWindowButton, &QPushButton::clicked, this, [this] { setSelectedState(WindowState::Closed); });
    connect(m_ui->reopenWindowButton, &QPushButton::clicked, this, [this] { setSelectedState(WindowState::Open); });
    connect(m_ui->releaseWindowButton, &QPushButton::clicked, this, &HallPanel::releaseSelected);
    m_ui->hallView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->hallView, &QWidget::customContextMenuRequested, this, &HallPanel::showMenu);
    m_ui->windowActions->show();
}

std::optional<int> HallPanel::selectedWindow() const
{
    const QModelIndexList rows = m_ui->hallView->selectionModel()->selectedRows(HallModel::WindowColumn);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(HallModel::RawRole).toInt();
}

void HallPanel::showMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->hallView->indexAt(position);
    if (!index.isValid())
        return;
    m_ui->hallView->selectRow(index.row());
    QMenu menu(this);
    QMenu *pause = menu.addMenu(tr("Pause"));
    for (PauseReason reason : {PauseReason::Break, PauseReason::Disinfection, PauseReason::Technical})
        pause->addAction(Names::display(reason), this, [this, reason] { pauseSelected(reason); });
    menu.addAction(tr("Close"), this, [this] { setSelectedState(WindowState::Closed); });
    menu.addAction(tr("Reopen"), this, [this] { setSelectedState(WindowState::Open); });
    menu.addSeparator();
    menu.addAction(tr("Release"), this, &HallPanel::releaseSelected);
    menu.exec(m_ui->hallView->viewport()->mapToGlobal(position));
}

void HallPanel::report(const Status &status, const QString &done)
{
    m_ui->windowOutcome->setText(status ? done : status.message());
    m_ui->windowOutcome->show();
    Q_EMIT message(m_ui->windowOutcome->text());
}

QString HallPanel::lastOutcome() const
{
    return m_ui->windowOutcome->text();
}

void HallPanel::releaseSelected()
{
    const auto window = selectedWindow();
    if (!m_queue || !window)
        return;
    report(m_queue->release(*window, m_actor), tr("Window %1 is free for the next operator.").arg(*window));
}

void HallPanel::pauseSelected(PauseReason reason)
{
    const auto window = selectedWindow();
    if (!m_queue || !window)
        return;
    report(m_queue->setWindowState(*window, WindowState::Paused, reason, m_actor),
           tr("Window %1 is paused: %2.").arg(*window).arg(Names::display(reason)));
}

void HallPanel::setSelectedState(WindowState state)
{
    const auto window = selectedWindow();
    if (!m_queue || !window)
        return;
    report(m_queue->setWindowState(*window, state, std::nullopt, m_actor),
           tr("Window %1 is %2.").arg(*window).arg(Names::display(state)));
}

void HallPanel::updateTotal()
{
    const int total = m_totalsModel->totalWaiting();
    m_ui->totalLabel->setText(tr("%n citizen(s) waiting in the hall", nullptr, total));
}

void HallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTotal();
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
