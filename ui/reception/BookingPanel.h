#pragma once

#include "domain/QueueService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class BookingPanel;
}

namespace Kezek {

class Clock;
class Database;
class LiveCenter;
class SlotModel;

// On-site booking: the day's slot calendar of a service with its free places, and booking a citizen into the
// chosen or the next free slot. The calendar refuses a full slot inside the write transaction, so two desks
// booking the last place at once cannot both get it; the loser is told here.
class BookingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingPanel)

public:
    BookingPanel(const Database &db, const LiveCenter &center, const Clock &clock, const Actor &actor,
                 QWidget *parent = nullptr);
    ~BookingPanel() override;

    SlotModel *slotModel() const { return m_slots; }

    void setLanguage(const QString &language);
    // Shows the picture's slots again (and the services, when the catalogue changed); reads nothing.
    void refresh(bool catalogueChanged = false);
    // Shows the service's calendar with `slotStart` chosen and puts the cursor in the IIN field.
    void preselect(int serviceId, qint64 slotStart);
    // Books into the chosen slot, or the next free one when `next`.
    void book(bool next);
    void checkInBooked();

Q_SIGNALS:
    void ticketIssued(const Kezek::Ticket &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillServices();
    void showSlots();
    int currentServiceId() const;
    void updateButtons();

    std::unique_ptr<Ui::BookingPanel> m_ui;
    const Database &m_db;
    const LiveCenter &m_center;
    const Clock &m_clock;
    Actor m_actor;
    SlotModel *m_slots;
    QString m_language = QStringLiteral("en");
    QString m_bookedCode;
};

} // namespace Kezek
