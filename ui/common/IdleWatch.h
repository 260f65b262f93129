#pragma once

#include <QObject>
#include <QTimer>

namespace Kezek {

// Says when nobody has touched the program for a while: any key, click, wheel or touch anywhere in it starts the
// wait again. While a dialog is open the wait starts again instead of ending, so that the lock never comes between a
// person and what they are typing; it comes once the dialog is closed and the time has passed again.
class IdleWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatch)

public:
    explicit IdleWatch(QObject *parent = nullptr);
    ~IdleWatch() override;

    // 0 stops the watch.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }
    bool isWatching() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    int m_timeout = 0;
};

} // namespace Kezek
