#include "BookingPanel.h"

#include "ui_BookingPanel.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"
#include "reception/CheckInPanel.h"
#include "reception/IinFeedback.h"
#include "reception/SlotModel.h"

#include <QHeaderView>
#include <QLocale>

namespace Kezek {

BookingPanel::BookingPanel(const Database &db, const Clock &clock, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BookingPanel>())
    , m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_slots(new SlotModel(db, this))
{
    m_ui->setupUi(this);
    m_ui->checkInBookedButton->hide();
    m_ui->slotView->setModel(m_slots);
    m_ui->slotView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_ui->bookingServiceCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (auto status = loadSlots(); !status)
            m_ui->bookingResult->setText(status.message());
        updateButtons();
    });
    connect(m_ui->slotView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BookingPanel::updateButtons);
    connect(m_ui->bookingIinEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        IinFeedback::of(text).showIn(m_ui->bookingIinHint);
        updateButtons();
    });
    connect(m_ui->bookSelectedButton, &QPushButton::clicked, this, [this] { book(false); });
    connect(m_ui->bookNextButton, &QPushButton::clicked, this, [this] { book(true); });
    connect(m_ui->checkInBookedButton, &QPushButton::clicked, this, &BookingPanel::checkInBooked);
}

BookingPanel::~BookingPanel() = default;

void BookingPanel::setLanguage(const QString &language)
{
    m_language = language;
    m_slots->setLanguage(language);
    fillServices();
}

Status BookingPanel::refresh()
{
    if (m_ui->bookingServiceCombo->count() == 0)
        fillServices();
    return loadSlots();
}

void BookingPanel::fillServices()
{
    const int current = currentServiceId();
    auto services = Catalogue(m_db).services();
    if (!services) {
        m_ui->bookingResult->setText(services.message());
        return;
    }
    const QSignalBlocker blocker(m_ui->bookingServiceCombo);
    m_ui->bookingServiceCombo->clear();
    for (const Service &service : *services) {
        if (service.bookable)
            m_ui->bookingServiceCombo->addItem(service.letter + QStringLiteral("  ") + service.name(m_language),
                                               service.id);
    }
    m_ui->bookingServiceCombo->setCurrentIndex(std::max(0, m_ui->bookingServiceCombo->findData(current)));
    (void)loadSlots();
}

int BookingPanel::currentServiceId() const
{
    return m_ui->bookingServiceCombo->currentData().toInt();
}

Status BookingPanel::loadSlots()
{
    const int serviceId = currentServiceId();
    if (serviceId == 0) {
        m_slots->clear();
        return success();
    }
    auto settings = Catalogue(m_db).settings();
    if (!settings)
        return settings.failure();
    const qint64 now = m_clock.now();
    const QDate today = LocalTime::dateOf(now);
    m_ui->bookingDayLabel->setText(tr("Slots of %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    return m_slots->load(serviceId, today, now, settings->slotLength);
}

void BookingPanel::preselect(int serviceId, qint64 slotStart)
{
    m_ui->bookingServiceCombo->setCurrentIndex(std::max(0, m_ui->bookingServiceCombo->findData(serviceId)));
    (void)loadSlots();
    const int row = m_slots->rowOfStart(slotStart);
    if (row >= 0) {
        m_ui->slotView->selectRow(row);
        m_ui->slotView->scrollTo(m_slots->index(row, 0));
    }
    m_ui->bookingResult->setText(tr("Type the citizen's IIN, then book the chosen slot."));
    m_ui->bookingIinEdit->setFocus();
    updateButtons();
}

void BookingPanel::updateButtons()
{
    const bool iinOk = IinFeedback::of(m_ui->bookingIinEdit->text()).isValid();
    const QModelIndexList rows = m_ui->slotView->selectionModel()->selectedRows();
    m_ui->bookSelectedButton->setEnabled(iinOk && !rows.isEmpty() && m_slots->isBookable(rows.first().row()));
    m_ui->bookNextButton->setEnabled(iinOk && currentServiceId() != 0);
}

void BookingPanel::book(bool next)
{
    auto service = Catalogue(m_db).service(currentServiceId());
    if (!service) {
        m_ui->bookingResult->setText(service.message());
        return;
    }
    OnsiteBookingRequest request;
    request.serviceCode = service->code;
    request.iin = m_ui->bookingIinEdit->text().trimmed();
    request.fullName = m_ui->bookingNameEdit->text().trimmed();
    request.phone = m_ui->bookingPhoneEdit->text().trimmed();
    if (!next) {
        const QModelIndexList rows = m_ui->slotView->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        request.slotStart = m_slots->slot(rows.first().row()).start;
    }
    auto booking = BookingCalendar(m_db).book(request, m_clock.now());
    (void)loadSlots();
    if (!booking) {
        m_ui->bookingResult->setText(booking.message());
        m_ui->checkInBookedButton->hide();
        return;
    }
    m_bookedCode = booking->code;
    m_ui->bookingResult->setText(tr("Booked %1: %2 at %3.")
                                     .arg(booking->code, service->name(m_language), LocalTime::hhmm(booking->slotStart)));
    m_ui->bookingIinEdit->clear();
    m_ui->bookingNameEdit->clear();
    m_ui->bookingPhoneEdit->clear();
    m_ui->checkInBookedButton->show();
}

void BookingPanel::checkInBooked()
{
    if (m_bookedCode.isEmpty())
        return;
    auto result = QueueService(m_db, m_clock).checkIn(m_bookedCode, m_actor);
    if (!result) {
        m_ui->bookingResult->setText(result.message());
        return;
    }
    auto settings = Catalogue(m_db).settings();
    m_ui->bookingResult->setText(settings ? CheckInPanel::outcome(*result, *settings) : settings.message());
    m_ui->checkInBookedButton->hide();
    m_bookedCode.clear();
    Q_EMIT ticketIssued(result->ticket);
}

void BookingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        (void)loadSlots();
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
