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

// The hall display, a window for a TV: the ticket being announced and its window, the tickets called now, the
// last six calls and how many wait, in Kazakh and Russian together. Each call gets its moment (a highlight and a
// beep, announcementMs long); calls that arrive together wait their turn. Names and IINs never appear.
// It polls the database and retries by itself when a read fails, showing a discreet "reconnecting" line.
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
    bool isAnnouncing() const { return m_announceTimer.isActive(); }

    // Reads the calls and the waiting now (the change feed calls it at each change of a ticket).
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
    DisplayModel *m_model;
    ChangeFeed *m_feed;
    QTimer m_announceTimer;
    QTimer m_clockTimer;
};

} // namespace Kezek
