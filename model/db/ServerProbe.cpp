#include "ServerProbe.h"

#include <QThreadPool>

#include <libpq-fe.h>

namespace Kezek {

void ServerProbe::start(const QByteArray &conninfo)
{
    int expected = int(Answer::None);
    if (!m_state->compare_exchange_strong(expected, int(Answer::Pending)))
        return;
    QThreadPool::globalInstance()->start([state = m_state, conninfo] {
        const bool up = PQping(conninfo.constData()) == PQPING_OK;
        state->store(int(up ? Answer::Up : Answer::Down));
    });
}

ServerProbe::Answer ServerProbe::answer() const
{
    return Answer(m_state->load());
}

void ServerProbe::reset()
{
    // A probe still running keeps its own state; this one starts afresh.
    if (answer() == Answer::Pending)
        m_state = std::make_shared<std::atomic<int>>(int(Answer::None));
    else
        m_state->store(int(Answer::None));
}

} // namespace Kezek
