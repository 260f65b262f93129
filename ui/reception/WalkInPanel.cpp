#include "WalkInPanel.h"

#include "ui_WalkInPanel.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"
#include "live/LiveCenter.h"
#include "domain/WaitEstimator.h"
#include "reception/ServiceListModel.h"

#include <QGridLayout>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace Kezek {

namespace {
constexpr int buttonColumns = 2;
} // namespace

WalkInPanel::WalkInPanel(const Database &db, const LiveCenter &center, const Clock &clock, const Actor &actor,
                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WalkInPanel>())
    , m_db(db)
    , m_center(center)
    , m_clock(clock)
    , m_actor(actor)
    , m_services(new ServiceListModel(center, this))
    , m_search(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_search->setSourceModel(m_services);
    m_search->setFilterRole(ServiceListModel::SearchRole);
    m_search->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->serviceList->setModel(m_search);
    m_ui->offerSlotButton->hide();

    connect(m_ui->serviceSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_search->setFilterFixedString(text.trimmed());
        // One match left: choose it, so Enter issues the ticket.
        if (m_search->rowCount() == 1)
            m_ui->serviceList->setCurrentIndex(m_search->index(0, 0));
        m_ui->issueSelectedButton->setEnabled(selectedServiceId() != 0);
    });
    connect(m_ui->serviceSearch, &QLineEdit::returnPressed, this, [this] {
        if (const int id = selectedServiceId())
            issue(id);
    });
    connect(m_ui->serviceList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_ui->issueSelectedButton->setEnabled(selectedServiceId() != 0); });
    connect(m_ui->serviceList, &QAbstractItemView::doubleClicked, this, [this] {
        if (const int id = selectedServiceId())
            issue(id);
    });
    connect(m_ui->issueSelectedButton, &QPushButton::clicked, this, [this] {
        if (const int id = selectedServiceId())
            issue(id);
    });
    connect(m_ui->offerSlotButton, &QPushButton::clicked, this, [this] {
        m_ui->offerSlotButton->hide();
        Q_EMIT bookingOffered(m_offeredService, m_offeredSlot);
    });
}

WalkInPanel::~WalkInPanel() = default;

void WalkInPanel::setLanguage(const QString &language)
{
    m_services->setLanguage(language);
    updateButtonTexts();
    fillCategories();
}

void WalkInPanel::refresh(const WaitEstimator *estimator, bool catalogueChanged)
{
    m_services->refresh();
    QList<int> shown = m_buttons.keys();
    QList<int> services;
    for (const Service &service : m_services->services())
        services.append(service.id);
    std::sort(shown.begin(), shown.end());
    std::sort(services.begin(), services.end());
    if (shown != services)
        rebuildButtons();
    if (estimator) {
        m_waitTexts.clear();
        for (const Service &service : m_services->services()) {
            if (const auto estimate = estimator->forNewTicket(service.id))
                m_waitTexts.insert(service.id, tr("about %n min", nullptr, estimate->minutes()));
        }
    }
    updateButtonTexts();
    if (catalogueChanged || m_ui->priorityCombo->count() == 0)
        fillCategories();
}

void WalkInPanel::rebuildButtons()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    auto *grid = qobject_cast<QGridLayout *>(m_ui->serviceButtons->layout());
    int index = 0;
    for (const Service &service : m_services->services()) {
        auto *button = new QPushButton(m_ui->serviceButtons);
        button->setObjectName(QStringLiteral("serviceButton_") + service.code);
        button->setProperty("class", QStringLiteral("serviceButton"));
        button->setMinimumHeight(64);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        const int id = service.id;
        connect(button, &QPushButton::clicked, this, [this, id] { issue(id); });
        grid->addWidget(button, index / buttonColumns, index % buttonColumns);
        m_buttons.insert(id, button);
        ++index;
    }
}

void WalkInPanel::updateButtonTexts()
{
    for (const Service &service : m_services->services()) {
        QPushButton *button = m_buttons.value(service.id);
        if (!button)
            continue;
        QString text = service.letter + QStringLiteral("  ") + service.name(m_services->language());
        if (const QString wait = m_waitTexts.value(service.id); !wait.isEmpty())
            text += QLatin1Char('\n') + wait;
        button->setText(text);
    }
}

void WalkInPanel::fillCategories()
{
    const QString current = m_ui->priorityCombo->currentData().toString();
    m_ui->priorityCombo->clear();
    m_ui->priorityCombo->addItem(tr("No (regular queue)"), QString());
    for (const PriorityCategory &category : m_center.categories()) {
        if (category.active)
            m_ui->priorityCombo->addItem(category.name(m_services->language()), category.code);
    }
    m_ui->priorityCombo->setCurrentIndex(std::max(0, m_ui->priorityCombo->findData(current)));
}

int WalkInPanel::selectedServiceId() const
{
    const QModelIndex current = m_ui->serviceList->currentIndex();
    return current.isValid() ? current.data(ServiceListModel::IdRole).toInt() : 0;
}

void WalkInPanel::issue(int serviceId)
{
    m_ui->offerSlotButton->hide();
    const QString category = m_ui->priorityCombo->currentData().toString();
    auto ticket = QueueService(m_db, m_clock).issue(serviceId, category, m_actor);
    if (ticket) {
        m_ui->walkInResult->setText(tr("Ticket %1 issued.").arg(ticket->number));
        m_ui->priorityCombo->setCurrentIndex(0);
        Q_EMIT ticketIssued(*ticket);
        return;
    }
    const Service *service = m_center.service(serviceId);
    if (ticket.failure().kind == Failure::Kind::Conflict && service && service->bookable
        && m_center.settings().mode == CenterMode::BookingOnly) {
        offerSlot(serviceId, ticket.message());
        return;
    }
    m_ui->walkInResult->setText(ticket.message());
}

void WalkInPanel::offerSlot(int serviceId, const QString &refusal)
{
    auto slot = BookingCalendar(m_db).nextFreeSlot(serviceId, m_clock.now());
    if (!slot) {
        m_ui->walkInResult->setText(refusal + QLatin1Char('\n') + slot.message());
        return;
    }
    m_offeredService = serviceId;
    m_offeredSlot = slot->start;
    m_ui->walkInResult->setText(refusal + QLatin1Char('\n')
                                + tr("The next free slot is %1 (%n place(s) left).", nullptr, slot->room())
                                      .arg(LocalTime::hhmm(slot->start)));
    m_ui->offerSlotButton->setText(tr("Book %1 for this citizen").arg(LocalTime::hhmm(slot->start)));
    m_ui->offerSlotButton->show();
}

void WalkInPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCategories();
        updateButtonTexts();
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
