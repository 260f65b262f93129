#pragma once

#include "auth/Actor.h"
#include "common/Page.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class HallPanel;
}

namespace Kezek {

class Clock;
class Database;
class HallModel;
class LiveCenter;
class QueueService;
class ServiceTotalsModel;

// The whole hall at a glance: every window with its state, ticket and operator, and how many people
// wait for each service. For those who manage windows (supervisors, administrators), a window's context menu (or
// the buttons under the list) pauses, closes, reopens or releases it; the model decides what is allowed.
class HallPanel final : public QWidget, public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HallPanel)

public:
    HallPanel(const LiveCenter &center, const Clock &clock, QWidget *parent = nullptr);
    ~HallPanel() override;

    HallModel *hallModel() const { return m_hallModel; }
    ServiceTotalsModel *totalsModel() const { return m_totalsModel; }

    QString pageTitle() const override;
    void setLanguage(const QString &language) override;
    void tick() override;
    // Lets `actor` change the windows' states from here; without it the list only shows them.
    void allowManaging(const Database &db, const Clock &clock, const Actor &actor);
    // The steps on the selected window, for the menu, the buttons and tests.
    void releaseSelected();
    void pauseSelected(PauseReason reason);
    void setSelectedState(WindowState state);
    QString lastOutcome() const;

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateTotal();
    std::optional<int> selectedWindow() const;
    void showMenu(const QPoint &position);
    void report(const Status &status, const QString &done);

    std::unique_ptr<Ui::HallPanel> m_ui;
    HallModel *m_hallModel;
    ServiceTotalsModel *m_totalsModel;
    std::unique_ptr<QueueService> m_queue; // set by allowManaging
    Actor m_actor;
};

} // namespace Kezek
