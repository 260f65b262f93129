#pragma once

#include "common/Page.h"
#include "common/Session.h"
#include "domain/Ticket.h"
#include "reception/Talon.h"

#include <QWidget>

class QAction;

#include <memory>
#include <optional>

namespace Ui {
class ReceptionWidget;
}

namespace Kezek {

class Bilingual;
class BookingPanel;
class CheckInPanel;
class Clock;
class Database;
class LiveCenter;
struct ChangeSet;
class ImportPanel;
class WalkInPanel;

// The reception desk (role reception): walk-in tickets, check-in of booked citizens, on-site booking, booking
// file import, and the hall occupancy against its capacity. Every ticket it issues can be printed as a talon.
class ReceptionWidget final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceptionWidget)

public:
    ReceptionWidget(const Database &db, const LiveCenter &center, const Clock &clock, const Session &session,
                    QWidget *parent = nullptr);
    ~ReceptionWidget() override;

    WalkInPanel *walkIn() const { return m_walkIn; }
    CheckInPanel *checkIn() const { return m_checkIn; }
    BookingPanel *booking() const { return m_booking; }
    ImportPanel *importer() const { return m_import; }
    // The talon of the last ticket issued here.
    const std::optional<Talon> &lastTalon() const { return m_lastTalon; }
    const Bilingual &bilingual() const { return *m_bilingual; }

    QString pageTitle() const override;
    QList<QAction *> menuActions(Menu menu) const override;
    // The UI language for catalogue names ("kk", "ru", "en").
    void setLanguage(const QString &language) override;
    // Reads the tiles' estimates and the slots again (the live picture changed).
    void refresh();
    // The clock moved on (slots end, the occupancy changes).
    void tick() override;

Q_SIGNALS:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Brings up to date what `changes` concern: the walk-in tiles, the slots, the occupancy.
    void follow(const ChangeSet &changes);
    void showTicket(const Ticket &ticket);
    void showTalonText();
    void updateOccupancy();
    void printWithDialog();
    void printAtOnce();
    // A waiting ticket cancelled with its reason: the last one issued is offered.
    void cancelTicket();

    std::unique_ptr<Ui::ReceptionWidget> m_ui;
    QAction *m_cancelAction;
    const Database &m_db;
    const LiveCenter &m_center;
    const Clock &m_clock;
    Session m_session;
    std::unique_ptr<Bilingual> m_bilingual;
    WalkInPanel *m_walkIn;
    CheckInPanel *m_checkIn;
    BookingPanel *m_booking;
    ImportPanel *m_import;
    std::optional<Talon> m_lastTalon;
    QString m_language = QStringLiteral("en");
};

} // namespace Kezek
