#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class HallDisplayWindow;
}

namespace Kezek {

class Clock;
class Database;
class ChangeFeed;
class DisplayModel;
class LiveCenter;

// The hall display, a window for a TV: the ticket being announced and its window, the tickets called now, the
// last six calls and how many wait, in Kazakh and Russian together. Each call gets its moment (a highlight and a
// beep, announcementMs long); calls that arrive together wait their turn. Names and IINs never appear.
// It follows the center through a change feed and a live picture of its own, and retries by itself when a read
// fails, showing a discreet "reconnecting" line.
class HallDisplayWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HallDisplayWindow)

public:
    static constexpr int announcementMs = 3000;

    HallDisplayWindow(const Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~HallDisplayWindow() override;

    DisplayModel *model() const { return m_model; }
    QTimer *announcementTimer() { return &m_announceTimer; }
    ChangeFeed *feed() const { return m_feed; }
    LiveCenter *center() const { return m_center; }
    bool isAnnouncing() const { return m_announceTimer.isActive(); }

    // Reads the new calls and shows the picture's waiting now (at each change of a ticket or a window).
    void refresh();
    // The current announcement's moment is over: the next queued call, if any, takes the stage.
    void advanceAnnouncement();

Q_SIGNALS:
    // A call is being announced now.
    void announced(const QString &number, int windowNumber);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void updateClock();
    void setHighlight(bool on);

    std::unique_ptr<Ui::HallDisplayWindow> m_ui;
    const Clock &m_clock;
    ChangeFeed *m_feed;
    LiveCenter *m_center;
    DisplayModel *m_model;
    QTimer m_announceTimer;
    QTimer m_clockTimer;
};

} // namespace Kezek
