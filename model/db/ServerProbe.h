#pragma once

#include <QByteArray>

#include <atomic>
#include <memory>

namespace Kezek {

// Asks a PostgreSQL server whether it takes connections (libpq's PQping) in a worker thread, so that a screen
// waiting for its server never freezes for the connect timeout of a host that does not answer (a pulled cable).
// Only the answer "it is up" makes the caller connect, on its own thread, which then takes milliseconds.
class ServerProbe final
{
public:
    enum class Answer { None, Pending, Up, Down };

    // Starts a probe of `conninfo` (libpq's key=value string) unless one runs or has an answer waiting.
    void start(const QByteArray &conninfo);
    Answer answer() const;
    // Forgets the answer, so the next start() asks again.
    void reset();

private:
    // Shared with the worker, which may outlive the probe.
    std::shared_ptr<std::atomic<int>> m_state = std::make_shared<std::atomic<int>>(int(Answer::None));
};

} // namespace Kezek
