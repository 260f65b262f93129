#pragma once

#include "domain/QueueService.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QPushButton;
class QSortFilterProxyModel;

namespace Ui {
class WalkInPanel;
}

namespace Kezek {

class Clock;
class Database;
class LiveCenter;
class ServiceListModel;
class WaitEstimator;

// Walk-in tickets: a large button per service and the searchable catalogue, an optional out-of-turn category.
// In a booking-only center a bookable service is refused; the panel then offers the next free slot.
class WalkInPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkInPanel)

public:
    WalkInPanel(const Database &db, const LiveCenter &center, const Clock &clock, const Actor &actor,
                QWidget *parent = nullptr);
    ~WalkInPanel() override;

    ServiceListModel *serviceModel() const { return m_services; }
    QSortFilterProxyModel *searchModel() const { return m_search; }

    void setLanguage(const QString &language);
    // Shows the picture's services (and categories, when the catalogue changed); `estimator` (loaded) gives each
    // button its expected wait, and without one the waits shown stay as they were. Reads nothing.
    void refresh(const WaitEstimator *estimator, bool catalogueChanged = false);
    // Issues a walk-in ticket for the service with the category chosen in the panel.
    void issue(int serviceId);

Q_SIGNALS:
    void ticketIssued(const Kezek::Ticket &ticket);
    // The receptionist accepted the slot offered instead of a walk-in ticket.
    void bookingOffered(int serviceId, qint64 slotStart);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildButtons();
    void updateButtonTexts();
    void fillCategories();
    void offerSlot(int serviceId, const QString &refusal);
    int selectedServiceId() const;

    std::unique_ptr<Ui::WalkInPanel> m_ui;
    const Database &m_db;
    const LiveCenter &m_center;
    const Clock &m_clock;
    Actor m_actor;
    ServiceListModel *m_services;
    QSortFilterProxyModel *m_search;
    QHash<int, QPushButton *> m_buttons;
    QHash<int, QString> m_waitTexts;
    int m_offeredService = 0;
    qint64 m_offeredSlot = 0;
};

} // namespace Kezek
