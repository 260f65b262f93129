#include "CheckInPanel.h"

#include "ui_CheckInPanel.h"

#include "core/LocalTime.h"
#include "domain/Catalogue.h"
#include "domain/Iin.h"
#include "reception/IinFeedback.h"

#include <QRegularExpression>

namespace Kezek {

CheckInPanel::CheckInPanel(const Database &db, const Clock &clock, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckInPanel>())
    , m_db(db)
    , m_clock(clock)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    connect(m_ui->checkInEdit, &QLineEdit::textChanged, this, &CheckInPanel::updateHint);
    connect(m_ui->checkInEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->checkInButton->isEnabled())
            checkIn();
    });
    connect(m_ui->checkInButton, &QPushButton::clicked, this, &CheckInPanel::checkIn);
}

CheckInPanel::~CheckInPanel() = default;

bool CheckInPanel::looksLikeIin() const
{
    // Booking codes carry a channel prefix (EG-…, TG-…, OS-…); only digits means an IIN.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(m_ui->checkInEdit->text().trimmed()).hasMatch();
}

void CheckInPanel::updateHint()
{
    const QString text = m_ui->checkInEdit->text().trimmed();
    if (text.isEmpty()) {
        IinFeedback{}.showIn(m_ui->checkInHint);
        m_ui->checkInButton->setEnabled(false);
        return;
    }
    if (looksLikeIin()) {
        const IinFeedback feedback = IinFeedback::of(text);
        feedback.showIn(m_ui->checkInHint);
        m_ui->checkInButton->setEnabled(feedback.isValid());
        return;
    }
    IinFeedback code;
    code.text = tr("Booking code %1.").arg(text);
    code.showIn(m_ui->checkInHint);
    m_ui->checkInButton->setEnabled(true);
}

void CheckInPanel::checkIn()
{
    const QString text = m_ui->checkInEdit->text().trimmed();
    if (text.isEmpty())
        return;
    QueueService queue(m_db, m_clock);
    auto result = looksLikeIin() ? queue.checkInByIin(text, m_actor) : queue.checkIn(text, m_actor);
    if (!result) {
        m_ui->bookingDetails->setText(tr("No booking checked in."));
        m_ui->checkInResult->setText(result.message());
        m_ui->checkInResult->setProperty("state", QStringLiteral("invalid"));
        return;
    }
    const Catalogue catalogue(m_db);
    auto settings = catalogue.settings();
    auto service = catalogue.service(result->ticket.serviceId);
    m_ui->bookingDetails->setText(service ? bookingText(result->ticket, *service, m_language) : service.message());
    m_ui->checkInResult->setText(settings ? outcome(*result, *settings) : settings.message());
    m_ui->checkInResult->setProperty("state", result->late ? QStringLiteral("late") : QStringLiteral("valid"));
    m_ui->checkInEdit->clear();
    Q_EMIT ticketIssued(result->ticket);
}

QString CheckInPanel::outcome(const CheckInResult &result, const CenterSettings &settings)
{
    const Ticket &ticket = result.ticket;
    const QString slot = ticket.slotStart ? LocalTime::hhmm(*ticket.slotStart) : QString();
    const int minutes = int(std::abs(result.lateBySeconds) / 60);
    if (result.late) {
        return tr("Ticket %1: late by %n min (slot %2), queued as a walk-in.", nullptr, minutes)
            .arg(ticket.number, slot);
    }
    if (result.lateBySeconds < -settings.earlyAllowance && ticket.slotStart) {
        return tr("Ticket %1: early by %n min; called from %2 (slot %3), sooner only if no walk-in waits.", nullptr,
                  minutes)
            .arg(ticket.number, LocalTime::hhmm(*ticket.slotStart - settings.earlyAllowance), slot);
    }
    if (result.lateBySeconds >= 60) {
        return tr("Ticket %1: slot %2, late by %n min but within the tolerance: called in order.", nullptr, minutes)
            .arg(ticket.number, slot);
    }
    return tr("Ticket %1: slot %2, called in order.").arg(ticket.number, slot);
}

QString CheckInPanel::bookingText(const Ticket &ticket, const Service &service, const QString &language)
{
    const QString name = ticket.fullName.isEmpty() ? tr("(no name)") : ticket.fullName;
    return tr("Booking %1 (%2): %3, IIN %4 — %5, slot %6.")
        .arg(ticket.bookingCode, Names::display(ticket.source), name, Iin::masked(ticket.iin),
             service.name(language), ticket.slotStart ? LocalTime::hhmm(*ticket.slotStart) : QString());
}

void CheckInPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateHint();
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
