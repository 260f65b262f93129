#include "BookingPanel.h"

#include "ui_BookingPanel.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "domain/BookingCalendar.h"
#include "domain/Catalogue.h"
#include "live/LiveCenter.h"
#include "reception/CheckInPanel.h"
#include "reception/IinFeedback.h"
#include "reception/SlotModel.h"

#include <QHeaderView>
#include <QLocale>

namespace Kezek {

BookingPanel::BookingPanel(const Database &db, const LiveCenter &center, const Clock &clock, const Actor &actor,
                           QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BookingPanel>())
    , m_db(db)
    , m_center(center)
    , m_clock(clock)
    , m_actor(actor)
    , m_slots(new SlotModel(this))
{
    m_ui->setupUi(this);
    m_ui->checkInBookedButton->hide();
    m_ui->slotView->setModel(m_slots);
    m_ui->slotView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_ui->bookingServiceCombo, &QComboBox::currentIndexChanged, this, [this] {
        showSlots();
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

void BookingPanel::refresh(bool catalogueChanged)
{
    if (catalogueChanged || m_ui->bookingServiceCombo->count() == 0)
        fillServices();
    else
        showSlots();
}

void BookingPanel::fillServices()
{
    const int current = currentServiceId();
    const QSignalBlocker blocker(m_ui->bookingServiceCombo);
    m_ui->bookingServiceCombo->clear();
    for (const Service &service : m_center.services()) {
        if (service.bookable && !service.retired)
            m_ui->bookingServiceCombo->addItem(service.letter + QStringLiteral("  ") + service.name(m_language),
                                               service.id);
    }
    m_ui->bookingServiceCombo->setCurrentIndex(std::max(0, m_ui->bookingServiceCombo->findData(current)));
    showSlots();
}

int BookingPanel::currentServiceId() const
{
    return m_ui->bookingServiceCombo->currentData().toInt();
}

void BookingPanel::showSlots()
{
    const int serviceId = currentServiceId();
    if (serviceId == 0) {
        m_slots->clear();
        return;
    }
    const qint64 now = m_clock.now();
    const QDate today = LocalTime::dateOf(now);
    const QString day = tr("Slots of %1").arg(QLocale().toString(today, QLocale::LongFormat));
    // A day off has no slots: say why rather than show an empty list.
    const auto closed = m_center.settings().closedReason(today);
    m_ui->bookingDayLabel->setText(closed ? tr("%1: none, %2").arg(day, *closed) : day);
    m_slots->setSlots(serviceId, m_center.slotsOf(serviceId), now, m_center.settings().slotLength);
}

void BookingPanel::preselect(int serviceId, qint64 slotStart)
{
    m_ui->bookingServiceCombo->setCurrentIndex(std::max(0, m_ui->bookingServiceCombo->findData(serviceId)));
    showSlots();
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
    // A copy: the write below may change the picture's catalogue.
    const Service *found = m_center.service(currentServiceId());
    if (!found)
        return; // the catalogue changed under the list: the services are shown again already
    const Service service = *found;
    OnsiteBookingRequest request;
    request.serviceCode = service.code;
    request.iin = m_ui->bookingIinEdit->text().trimmed();
    request.fullName = m_ui->bookingNameEdit->text().trimmed();
    request.phone = m_ui->bookingPhoneEdit->text().trimmed();
    if (!next) {
        const QModelIndexList rows = m_ui->slotView->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        request.slotStart = m_slots->slot(rows.first().row()).start;
    }
    // The live picture has the new booking (or another desk's that took the place) by the time this returns.
    auto booking = BookingCalendar(m_db).book(request, m_clock.now(), m_actor);
    if (!booking) {
        m_ui->bookingResult->setText(booking.message());
        m_ui->checkInBookedButton->hide();
        return;
    }
    m_bookedCode = booking->code;
    m_ui->bookingResult->setText(tr("Booked %1: %2 at %3.")
                                     .arg(booking->code, service.name(m_language), LocalTime::hhmm(booking->slotStart)));
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
    m_ui->bookingResult->setText(CheckInPanel::outcome(*result, m_center.settings()));
    m_ui->checkInBookedButton->hide();
    m_bookedCode.clear();
    Q_EMIT ticketIssued(result->ticket);
}

void BookingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showSlots();
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
