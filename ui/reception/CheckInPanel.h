#pragma once

#include "domain/QueueService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CheckInPanel;
}

namespace Kezek {

class Clock;
class Database;
struct CenterSettings;
struct Service;

// Check-in of a booked citizen by booking code or IIN (validated as typed, check digit included): shows the
// booking and says in words how the early allowance and the late tolerance placed the ticket.
class CheckInPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInPanel)

public:
    CheckInPanel(const Database &db, const Clock &clock, const Actor &actor, QWidget *parent = nullptr);
    ~CheckInPanel() override;

    void setLanguage(const QString &language) { m_language = language; }
    // Checks in what the field holds.
    void checkIn();

    // "Ticket B004: slot 10:15, called in order." / "... late by 22 min, queued as a walk-in."
    static QString outcome(const CheckInResult &result, const CenterSettings &settings);
    // The booking behind a checked-in ticket, IIN masked.
    static QString bookingText(const Ticket &ticket, const Service &service, const QString &language);

Q_SIGNALS:
    void ticketIssued(const Kezek::Ticket &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHint();
    bool looksLikeIin() const;

    std::unique_ptr<Ui::CheckInPanel> m_ui;
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    QString m_language = QStringLiteral("en");
};

} // namespace Kezek
