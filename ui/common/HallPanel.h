#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class HallPanel;
}

namespace Kezek {

class Clock;
class HallModel;
class LiveCenter;
class ServiceTotalsModel;

// The whole hall at a glance: every window with its state, ticket and operator, and how many people
// wait for each service.
class HallPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HallPanel)

public:
    HallPanel(const LiveCenter &center, const Clock &clock, QWidget *parent = nullptr);
    ~HallPanel() override;

    HallModel *hallModel() const { return m_hallModel; }
    ServiceTotalsModel *totalsModel() const { return m_totalsModel; }

    void setLanguage(const QString &language);
    void tick();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTotal();

    std::unique_ptr<Ui::HallPanel> m_ui;
    HallModel *m_hallModel;
    ServiceTotalsModel *m_totalsModel;
};

} // namespace Kezek
