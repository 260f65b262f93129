#include "IdleWatch.h"

#include <QApplication>
#include <QEvent>

namespace Kezek {

IdleWatch::IdleWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (QApplication::activeModalWidget()) {
            restart();
            return;
        }
        Q_EMIT idle();
    });
    qApp->installEventFilter(this);
}

IdleWatch::~IdleWatch()
{
    qApp->removeEventFilter(this);
}

void IdleWatch::setTimeout(int milliseconds)
{
    m_timeout = std::max(0, milliseconds);
    restart();
}

void IdleWatch::restart()
{
    if (m_timeout > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Kezek
