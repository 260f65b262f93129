#include "ReceptionWidget.h"

#include "ui_ReceptionWidget.h"

#include "common/CancelTicketDialog.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "display/Bilingual.h"
#include "domain/Catalogue.h"
#include "domain/QueueService.h"
#include "domain/WaitEstimator.h"
#include "live/LiveCenter.h"
#include "reception/BookingPanel.h"
#include "reception/CheckInPanel.h"
#include "reception/HallOccupancy.h"
#include "reception/ImportPanel.h"
#include "reception/TalonPrinter.h"
#include "reception/WalkInPanel.h"

#include <QAction>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStyle>

namespace Kezek {

ReceptionWidget::ReceptionWidget(const Database &db, const LiveCenter &center, const Clock &clock,
                                 const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReceptionWidget>())
    , m_cancelAction(new QAction(this))
    , m_db(db)
    , m_center(center)
    , m_clock(clock)
    , m_session(session)
    , m_bilingual(std::make_unique<Bilingual>())
{
    m_ui->setupUi(this);
    // Reception has no window: its steps are recorded with the receptionist only.
    const Actor actor{session.user, std::nullopt};
    m_walkIn = new WalkInPanel(db, center, clock, actor, this);
    m_walkIn->setObjectName(QStringLiteral("walkInPanel"));
    m_checkIn = new CheckInPanel(db, clock, actor, this);
    m_checkIn->setObjectName(QStringLiteral("checkInPanel"));
    m_booking = new BookingPanel(db, center, clock, actor, this);
    m_booking->setObjectName(QStringLiteral("bookingPanel"));
    m_import = new ImportPanel(db, clock, actor, this);
    m_import->setObjectName(QStringLiteral("importPanel"));
    m_ui->receptionTabs->addTab(m_walkIn, QString());
    m_ui->receptionTabs->addTab(m_checkIn, QString());
    m_ui->receptionTabs->addTab(m_booking, QString());
    m_ui->receptionTabs->addTab(m_import, QString());
    m_ui->occupancyWarning->hide();

    connect(m_walkIn, &WalkInPanel::ticketIssued, this, &ReceptionWidget::showTicket);
    connect(m_checkIn, &CheckInPanel::ticketIssued, this, &ReceptionWidget::showTicket);
    connect(m_booking, &BookingPanel::ticketIssued, this, &ReceptionWidget::showTicket);
    connect(m_walkIn, &WalkInPanel::bookingOffered, this, [this](int serviceId, qint64 slotStart) {
        m_ui->receptionTabs->setCurrentWidget(m_booking);
        m_booking->preselect(serviceId, slotStart);
    });
    // This desk's writes and every other's arrive through the live picture (the change feed reads the change log at
    // each commit); the occupancy, the tiles' estimates and the slots' places come from it.
    connect(&center, &LiveCenter::changed, this, &ReceptionWidget::follow);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReceptionWidget::printWithDialog);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancelAction);
    connect(m_cancelAction, &QAction::triggered, this, &ReceptionWidget::cancelTicket);
    connect(m_ui->cancelTicketButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);

    changeEvent(nullptr);
    m_walkIn->setLanguage(m_language);
    m_booking->setLanguage(m_language);
    refresh();
}

ReceptionWidget::~ReceptionWidget() = default;

QString ReceptionWidget::pageTitle() const
{
    return tr("Reception");
}

QList<QAction *> ReceptionWidget::menuActions(Menu menu) const
{
    return menu == Menu::Ticket ? QList<QAction *>{m_cancelAction} : QList<QAction *>{};
}

void ReceptionWidget::cancelTicket()
{
    CancelTicketDialog dialog(m_lastTalon ? m_lastTalon->number : QString(), CancelTicketDialog::Number::Editable,
                              this);
    if (dialog.exec() != QDialog::Accepted || !dialog.reason())
        return;
    auto cancelled = QueueService(m_db, m_clock).cancelNumber(dialog.number(), *dialog.reason(),
                                                              Actor{m_session.user, std::nullopt});
    if (!cancelled) {
        QMessageBox::warning(this, tr("Cancel a ticket"), cancelled.message());
        return;
    }
    Q_EMIT message(tr("%1 is cancelled: %2.").arg(cancelled->number, Names::display(*dialog.reason())));
}

void ReceptionWidget::setLanguage(const QString &language)
{
    m_language = language;
    m_walkIn->setLanguage(language);
    m_checkIn->setLanguage(language);
    m_booking->setLanguage(language);
}

void ReceptionWidget::refresh()
{
    follow(ChangeSet::all());
}

void ReceptionWidget::follow(const ChangeSet &changes)
{
    // Everything comes from the picture; only the estimate reads today's service times.
    const bool catalogueChanged = changes.everything || changes.catalogue;
    if (changes.touchesTickets() || changes.touchesWindows()) {
        WaitEstimator estimator(m_db, m_clock);
        const Status estimated = m_center.estimate(estimator);
        if (!estimated)
            Q_EMIT message(estimated.message());
        m_walkIn->refresh(estimated ? &estimator : nullptr, catalogueChanged);
    }
    // The free places of the slots follow the bookings (and the windows set up for a service, in the catalogue).
    if (catalogueChanged || !changes.bookings.isEmpty())
        m_booking->refresh(catalogueChanged);
    updateOccupancy();
}

void ReceptionWidget::tick()
{
    // A slot that is over is no longer offered.
    m_booking->refresh();
    updateOccupancy();
}

void ReceptionWidget::updateOccupancy()
{
    const auto occupancy = HallOccupancy::of(m_center);
    m_ui->occupancyLabel->setText(tr("%1 of %2 inside").arg(occupancy.inside).arg(occupancy.capacity));
    m_ui->occupancyBar->setValue(occupancy.percent());
    m_ui->occupancyWarning->setVisible(occupancy.atLimit());
    m_ui->occupancyFrame->setProperty("state", occupancy.atLimit() ? QStringLiteral("full") : QString());
    style()->unpolish(m_ui->occupancyFrame);
    style()->polish(m_ui->occupancyFrame);
}

void ReceptionWidget::showTicket(const Ticket &ticket)
{
    const Catalogue catalogue(m_db);
    auto settings = catalogue.settings();
    auto service = catalogue.service(ticket.serviceId);
    if (!service) {
        Q_EMIT message(service.message());
        return;
    }
    WaitEstimator estimator(m_db, m_clock);
    std::optional<WaitEstimate> estimate;
    if (m_center.estimate(estimator))
        estimate = estimator.forTicket(ticket);
    m_lastTalon = Talon::make(settings ? settings->name : QString(), ticket, *service, estimate);
    m_ui->printButton->setEnabled(true);
    showTalonText();
    if (m_ui->autoPrintCheck->isChecked())
        printAtOnce();
}

void ReceptionWidget::showTalonText()
{
    if (!m_lastTalon) {
        m_ui->ticketNumberLabel->setText(QStringLiteral("—"));
        m_ui->ticketDetailsLabel->setText(tr("No ticket issued yet."));
        return;
    }
    const Talon &talon = *m_lastTalon;
    m_ui->ticketNumberLabel->setText(talon.number);
    // Both names, as on the printed talon.
    QStringList lines{talon.serviceKk, talon.serviceRu, tr("Issued at %1").arg(LocalTime::hhmm(talon.issuedAt))};
    if (talon.slotStart)
        lines << tr("Booked slot %1").arg(LocalTime::hhmm(*talon.slotStart));
    if (talon.estimate) {
        lines << tr("%n ahead", nullptr, talon.estimate->ahead)
              << tr("Expected wait: about %n min", nullptr, talon.estimate->minutes());
    } else {
        lines << tr("No window serving this service is open: no estimate.");
    }
    m_ui->ticketDetailsLabel->setText(lines.join(QLatin1Char('\n')));
}

void ReceptionWidget::printAtOnce()
{
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (info.isNull()) {
        // Said at each ticket: the citizen in front of the desk is waiting for this one.
        Q_EMIT message(tr("Ticket %1 was not printed: no printer is set up. Write the number down for the citizen, "
                          "or use \"Print ticket…\" to save a PDF.")
                           .arg(m_lastTalon->number));
        return;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    TalonPrinter::setUpPage(printer);
    if (!TalonPrinter::print(*m_lastTalon, *m_bilingual, printer))
        Q_EMIT message(tr("The ticket could not be printed on %1.").arg(info.printerName()));
}

void ReceptionWidget::printWithDialog()
{
    if (!m_lastTalon)
        return;
    QPrinter printer(QPrinter::HighResolution);
    TalonPrinter::setUpPage(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog hands the printer the chosen printer's default paper (A4, US Letter) and the PDF file its own: the
    // ticket is an 80 mm receipt on every one of them.
    TalonPrinter::setUpPage(printer);
    if (!TalonPrinter::print(*m_lastTalon, *m_bilingual, printer))
        Q_EMIT message(tr("The ticket could not be printed."));
}

void ReceptionWidget::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        if (event)
            m_ui->retranslateUi(this);
        m_ui->receptionTabs->setTabText(m_ui->receptionTabs->indexOf(m_walkIn), tr("Walk-in ticket"));
        m_ui->receptionTabs->setTabText(m_ui->receptionTabs->indexOf(m_checkIn), tr("Check-in"));
        m_ui->receptionTabs->setTabText(m_ui->receptionTabs->indexOf(m_booking), tr("On-site booking"));
        m_ui->receptionTabs->setTabText(m_ui->receptionTabs->indexOf(m_import), tr("Import bookings"));
        m_cancelAction->setText(tr("Ca&ncel a ticket…"));
        showTalonText();
        updateOccupancy();
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace Kezek
