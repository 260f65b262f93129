#include "HallPanel.h"

#include "ui_HallPanel.h"

#include "models/HallModel.h"
#include "models/ServiceTotalsModel.h"

#include <QHeaderView>

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
}

HallPanel::~HallPanel() = default;

void HallPanel::setLanguage(const QString &language)
{
    m_hallModel->setLanguage(language);
    m_totalsModel->setLanguage(language);
    updateTotal();
}

void HallPanel::tick()
{
    m_totalsModel->tick();
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
